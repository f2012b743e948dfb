/**
 * The conflicts table: values that lost to an edit whose writer had not seen
 * them (shared/sync/merge.ts fieldConflicts), kept for the case page until the
 * clerk picks one. Owns the row shape and how a row is made from a losing and
 * a winning op; the merge (sync-repository.ts) recomputes them for the fields
 * it touches, and a local write made from a stale form adds them at once
 * (ops-writer.ts), so both PCs list the same conflict.
 */
import type { FieldChange, JsonValue } from '../../shared/sync/op';
import type { Dexie } from 'dexie';

export interface ConflictRow {
  /** conflictId(): the losing op's id and the field (one op may lose on several fields). */
  id: string;
  /** The losing op's id. */
  opId: string;
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

/** The table (typed against Dexie, not DeskDatabase: schema.ts's upgrade uses conflictId). */
export const conflictsTable = (db: Dexie) => db.table<ConflictRow, string>('conflicts');

type ChangeFacts = Pick<FieldChange, 'id' | 'entity' | 'entityId' | 'field' | 'value' | 'user' | 'deviceId' | 'hlc'>;

export function conflictId(loser: Pick<FieldChange, 'id' | 'field'>): string {
  return `${loser.id}/${loser.field}`;
}

export function conflictRow(loser: ChangeFacts, winner: ChangeFacts): ConflictRow {
  return {
    id: conflictId(loser),
    opId: loser.id,
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
