/**
 * Writes signatures and tampered ops straight into a PC's database (records
 * and outbox ops, as the signing code or an older app would), so the checks
 * of issue 16.5 are tested without depending on the lifecycle commands.
 */
import { formatHlc } from '../../../../shared/sync/hlc';
import type { ClerkRole } from '../../../../shared/domain/clerks/roles';
import type { SignatureRecord } from '../../../../shared/domain/signatures/signature';
import type { SignedStep } from '../../../../shared/domain/signatures/steps';
import { META_LAST_HLC, type DeskDatabase, type StoredOp } from '../../../../renderer/db/schema';
import type { JsonValue } from '../../../../shared/sync/op';

let seq = 0;

export interface RawPc {
  db: DeskDatabase;
  ctx: { deviceId: string; now: () => number };
}

/**
 * A raw op in the outbox at the PC's clock (wall = now, counter 0xff00 + seq:
 * after anything the PC stamped this ms), and the PC's lastHlc moved past it
 * as its writer would (a push with ops ahead of lastHlc is refused).
 */
export async function rawOp(pc: RawPc, entity: StoredOp['entity'], entityId: string, fields: Record<string, JsonValue>, author: { clerkId?: string; user?: string } = {}): Promise<StoredOp> {
  const op: StoredOp = { id: `raw-${++seq}-${entityId}`, hlc: formatHlc({ wall: pc.ctx.now(), counter: 0xff00 + (seq % 0xff) }), deviceId: pc.ctx.deviceId, user: author.user ?? '', entity, entityId, fields, schemaVersion: 2, published: 0 };
  if (author.clerkId) op.clerkId = author.clerkId;
  await pc.db.transaction('rw', [pc.db.ops, pc.db.meta], async () => {
    await pc.db.ops.add(op);
    const last = (await pc.db.meta.get(META_LAST_HLC))?.value;
    if (typeof last !== 'string' || last < op.hlc) await pc.db.meta.put({ key: META_LAST_HLC, value: op.hlc });
  });
  return op;
}

/** A signature record and its op, written by the signer (op.clerkId) in one transaction, as the signing code does. */
export async function writeSignature(pc: RawPc, s: { caseId: string; clerkId: string; clerkName: string; role: ClerkRole; step?: SignedStep; amountFen?: number | null }): Promise<SignatureRecord> {
  const id = `sig-${++seq}`;
  const record: SignatureRecord = {
    id,
    caseId: s.caseId,
    step: s.step ?? 'approveReturn',
    subjectEntity: 'approval',
    subjectId: `ap-${seq}`,
    clerkId: s.clerkId,
    clerkName: s.clerkName,
    role: s.role,
    amountFen: s.amountFen === undefined ? 5_000_000 : s.amountFen,
    meaning: '批准退货 50,000.00 元',
    at: new Date(pc.ctx.now()).toISOString(),
  };
  const { id: _id, ...fields } = record;
  await pc.db.transaction('rw', [pc.db.signatures, pc.db.ops, pc.db.meta], async () => {
    await pc.db.signatures.put(record);
    await rawOp(pc, 'signature', id, fields, { clerkId: s.clerkId, user: s.clerkName });
  });
  return record;
}
