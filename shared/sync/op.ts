/**
 * Field-level change records ("ops"). Every write appends one op per changed
 * field to the outbox in the same transaction as the record itself; ops are
 * both what replicates between PCs and the audit trail (who, when, which PC).
 * All ops written by one repository call share one HLC timestamp, so a
 * write is one point in time; their op ids keep them apart.
 */
import { compareHlc, parseHlc } from './hlc';

/** Bumped when the meaning of ops changes; a PC keeps ops of newer versions it does not understand. */
export const OP_SCHEMA_VERSION = 1;

export const ENTITIES = [
  'case',
  'clerk',
  // The case lifecycle (renderer/db lifecycle repositories, shared/domain/lifecycle/records.ts).
  'caseLifecycle',
  'transition',
  'approval',
  'returnLine',
  'disposition',
  'responsibilityShare',
  'supplierClaim',
  'cost',
  'caseAction',
  'customerReply',
  'survey',
  'attachment',
  // Printing (issue 5; renderer/db/print-repository.ts, shared/domain/print-records.ts).
  'printRecord',
  'signedCopy',
  // 8D reports (issue 6; renderer/db/eightd-repository.ts, shared/domain/eightd/records.ts).
  'eightD',
  'eightDMember',
  'eightDContainment',
  'eightDCause',
  'eightDCorrective',
  'eightDPrevention',
] as const;
export type EntityName = (typeof ENTITIES)[number];

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Field name used for the tombstone of a deleted record. */
export const DELETED_FIELD = 'deleted';

export interface Op {
  /** Global UUID of the op itself (deduplicates repeated deliveries). */
  id: string;
  /** formatHlc() of the change. */
  hlc: string;
  deviceId: string;
  /** Display name of the clerk who made the change. */
  user: string;
  entity: EntityName;
  entityId: string;
  field: string;
  value: JsonValue;
  schemaVersion: number;
  /**
   * Replication (shared/sync/merge.ts): the op this PC held as the field's
   * value when it wrote this one — absent on ops from before replication.
   * A losing op that this base does not cover was not seen by the writer:
   * that is a conflict the clerk is shown.
   */
  base?: OpRef | null;
}

/** Enough of an op to order it (compareOps). */
export interface OpRef {
  hlc: string;
  deviceId: string;
  id: string;
}

/** Total order of ops: HLC, then device id, then op id — the same on every PC. */
export function compareOps(a: Pick<Op, 'hlc' | 'deviceId' | 'id'>, b: Pick<Op, 'hlc' | 'deviceId' | 'id'>): number {
  const byClock = compareHlc(parseHlc(a.hlc), parseHlc(b.hlc));
  if (byClock !== 0) return byClock;
  if (a.deviceId !== b.deviceId) return a.deviceId < b.deviceId ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}
