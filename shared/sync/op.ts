/**
 * Change records ("ops"). Every write of a record appends ONE op to the
 * outbox, in the same transaction as the record itself, carrying the fields
 * it changed and their new values under one HLC; ops are both what
 * replicates between PCs and the audit trail (who, when, which PC).
 *
 * Merge and conflicts stay per field (merge.ts): an op is read as one
 * FieldChange per field it carries (changesOf), each compared on its own, so
 * two PCs that edit different fields of a record in one write each both keep
 * their edit. Ops written before format 2 (one op per field: `field`,
 * `value`, `base`) are read as one-field ops with the same id (fromLegacyOp).
 */
import { compareHlc, parseHlc } from './hlc';

/**
 * Bumped when the meaning of ops changes; a PC keeps ops of newer versions it does not understand.
 * 2: one op per record write (`fields`, `bases`); 1: one op per field.
 */
export const OP_SCHEMA_VERSION = 2;

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
  // The outbound leg (issue 19.1; shared/domain/lifecycle/outbound.ts): 返修单 and goods sent back to the customer.
  'repairOrder',
  'outboundShipment',
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
  // 举一反三 rows and approved revisions (issue 19.6/19.7).
  'eightDHorizontalCheck',
  'eightDRevision',
  // The office's shared rules (issue 16; renderer/db/office-settings-repository.ts, shared/domain/office-settings.ts).
  'officeSettings',
  // Master data (issue 16; renderer/db/master-data-repository.ts, shared/domain/master-data/entry.ts).
  'masterEntry',
  // Electronic signatures of signed steps (issue 16.4; shared/domain/signatures/signature.ts).
  'signature',
  // Shipped quantities per month, customer and model (issue 17.3; shared/domain/shipments/shipment.ts).
  'shipment',
  // The monthly report's issue marks (issue 17.6; shared/domain/statistics/monthly-report.ts).
  'monthlyReport',
  // Retention: an archive file of closed cases and the admin's confirmation to remove them (issue 20.6; shared/domain/retention/batch.ts).
  'archiveBatch',
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
  /**
   * Id of the signed-in clerk who made the change (issue 16.5: role grants
   * and signatures are checked against who wrote them). Absent in ops of
   * apps before it and in writes made before anyone signed in.
   */
  clerkId?: string;
  entity: EntityName;
  entityId: string;
  /** The fields this write set and their new values (at least one). */
  fields: Record<string, JsonValue>;
  schemaVersion: number;
  /**
   * Replication (shared/sync/merge.ts), per written field: the op this PC
   * held as the field's value when it wrote this one. A field without an
   * entry had none (a new record, or an op from before replication). A
   * losing op that the base does not cover was not seen by the writer: that
   * is a conflict the clerk is shown.
   */
  bases?: Record<string, OpRef>;
}

/** One field of an op, read on its own: what the merge compares, folds and lists as a conflict. */
export interface FieldChange extends OpRef {
  user: string;
  clerkId?: string;
  entity: string;
  entityId: string;
  field: string;
  value: JsonValue;
  /** The op its writer held for this field (null: none). */
  base: OpRef | null;
  schemaVersion: number;
}

/** An op as it travels: the entity may be one this version does not know (kept, never dropped). */
export type WireOp = Omit<Op, 'entity'> & { entity: string };

/** The field changes of an op, one per field it carries. */
export function changesOf(op: WireOp): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of Object.keys(op.fields)) {
    const change: FieldChange = { id: op.id, hlc: op.hlc, deviceId: op.deviceId, user: op.user, entity: op.entity, entityId: op.entityId, field, value: op.fields[field]!, base: op.bases?.[field] ?? null, schemaVersion: op.schemaVersion };
    if (typeof op.clerkId === 'string') change.clerkId = op.clerkId;
    out.push(change);
  }
  return out;
}

/**
 * Field changes grouped back into ops (by op id, in order of first
 * appearance): a snapshot keeps of an op only the fields it still needs.
 */
export function opsOfChanges(changes: Iterable<FieldChange>): WireOp[] {
  const byId = new Map<string, WireOp>();
  for (const c of changes) {
    let op = byId.get(c.id);
    if (!op) {
      byId.set(c.id, (op = { id: c.id, hlc: c.hlc, deviceId: c.deviceId, user: c.user, entity: c.entity, entityId: c.entityId, fields: {}, schemaVersion: c.schemaVersion }));
      if (c.clerkId !== undefined) op.clerkId = c.clerkId;
    }
    op.fields[c.field] = c.value;
    if (c.base) (op.bases ??= {})[c.field] = { hlc: c.base.hlc, deviceId: c.base.deviceId, id: c.base.id };
  }
  return [...byId.values()];
}

/** An op as format 1 wrote it: one field per op. */
export interface LegacyOp extends Omit<WireOp, 'fields' | 'bases'> {
  field: string;
  value: JsonValue;
  base?: OpRef | null;
}

/** A format-1 op as a one-field op with the same id (the local upgrade, old segments, snapshots and journals). */
export function fromLegacyOp(old: LegacyOp): WireOp {
  const { field, value, base, ...rest } = old;
  return { ...rest, fields: { [field]: value }, ...(base ? { bases: { [field]: { hlc: base.hlc, deviceId: base.deviceId, id: base.id } } } : {}) };
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

/** An op as read from a file an older app may have written (a journal), in the current shape. */
export function inCurrentFormat(op: WireOp | LegacyOp): WireOp {
  return 'fields' in op ? op : fromLegacyOp(op);
}
