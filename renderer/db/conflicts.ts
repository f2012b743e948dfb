/**
 * The conflicts table: values that lost to an edit whose writer had not seen
 * them (shared/sync/merge.ts fieldConflicts), kept for the case page until the
 * clerk picks one. Owns the row shape and how a row is made from a losing and
 * a winning op; the merge (sync-repository.ts) recomputes them for the fields
 * it touches, and a local write made from a stale form adds them at once
 * (ops-writer.ts), so both PCs list the same conflict.
 */
import type { WireOp } from '../../shared/sync/codec';
import type { JsonValue } from '../../shared/sync/op';
import type { DeskDatabase } from './schema';

export interface ConflictRow {
  /** The losing op's id. */
  id: string;
  entity: string;
  entityId: string;
  field: string;
  value: JsonValue;
  user: string;
  deviceId: string;
  hlc: string;
  /** The value that won (shown side by side). */
  winnerValue: JsonValue;
  winnerUser: string;
  winnerHlc: string;
}

export const conflictsTable = (db: DeskDatabase) => db.table<ConflictRow, string>('conflicts');

type OpFacts = Pick<WireOp, 'id' | 'entity' | 'entityId' | 'field' | 'value' | 'user' | 'deviceId' | 'hlc'>;

export function conflictRow(loser: OpFacts, winner: OpFacts): ConflictRow {
  return {
    id: loser.id,
    entity: loser.entity,
    entityId: loser.entityId,
    field: loser.field,
    value: loser.value,
    user: loser.user,
    deviceId: loser.deviceId,
    hlc: loser.hlc,
    winnerValue: winner.value,
    winnerUser: winner.user,
    winnerHlc: winner.hlc,
  };
}
