import { describe, expect, it } from 'vitest';
import { buildDirectoryTimeline, verifySignature } from '../../../../../shared/domain/signatures/directory';
import type { SignatureRecord } from '../../../../../shared/domain/signatures/signature';
import { formatHlc } from '../../../../../shared/sync/hlc';
import type { WireOp } from '../../../../../shared/sync/op';
import { SnapshotFold } from '../../../../../shared/sync/merge';

/** 2026-12-01 00:00 at the factory (+08:00). */
const DAY1 = Date.parse('2026-12-01T00:00:00+08:00');
const HOUR = 3_600_000;
let seq = 0;

function op(entity: string, entityId: string, fields: WireOp['fields'], at: number, clerkId?: string): WireOp {
  const o: WireOp = { id: `op-${++seq}`, hlc: formatHlc({ wall: at, counter: 0 }), deviceId: 'pc-a', user: 'x', entity, entityId, fields, schemaVersion: 2 };
  if (clerkId) o.clerkId = clerkId;
  return o;
}

const T0 = DAY1 - 10 * 24 * HOUR;
const office = [
  op('clerk', 'A', { name: '管理员', createdAt: new Date(T0).toISOString(), roles: ['admin'], active: true, createdBy: 'A', deleted: false }, T0, 'A'),
  op('clerk', 'G', { name: '王总', createdAt: new Date(T0).toISOString(), roles: ['generalManager'], active: true, createdBy: 'A', deleted: false }, T0 + 1, 'A'),
  op('clerk', 'Z', { name: '张三', createdAt: new Date(T0).toISOString(), roles: ['qualityEngineer'], active: true, createdBy: 'A', deleted: false }, T0 + 2, 'A'),
];

/** The GM delegates his role to 张三 for 12-01 … 12-14, written by `author`. */
const delegate = (author: string, extra: WireOp['fields'] = {}) =>
  op('officeSettings', 'delegation-1', { delegatorId: 'G', delegatorName: '王总', delegateId: 'Z', delegateName: '张三', role: 'generalManager', from: '2026-12-01', to: '2026-12-14', reason: '出差', createdBy: author, createdAt: new Date(T0 + HOUR).toISOString(), endedAt: null, endedBy: null, ...extra }, T0 + HOUR, author);
const endAt = (author: string, at: number) => op('officeSettings', 'delegation-1', { endedAt: new Date(at).toISOString(), endedBy: author }, at, author);

function signedByZhang(at: number, over: Partial<SignatureRecord> = {}) {
  const record: SignatureRecord = { id: `sig-${++seq}`, caseId: 'c', step: 'approveReturn', subjectEntity: 'approval', subjectId: 'ap', clerkId: 'Z', clerkName: '张三', role: 'generalManager', amountFen: 20_000_000, meaning: '批准退货 200,000.00 元', at: new Date(at).toISOString(), delegationId: 'delegation-1', onBehalfOfId: 'G', onBehalfOfName: '王总', ...over };
  const { id: _id, ...fields } = record;
  return { record, op: op('signature', record.id, fields, at, 'Z') };
}
const verify = (ops: WireOp[], s: ReturnType<typeof signedByZhang>) => verifySignature(s.record, [s.op], buildDirectoryTimeline(ops));

describe('a signature on someone else’s authority (委托授权)', () => {
  it('is verified when the delegation to the signer was in force then, made by the delegator or an admin', () => {
    expect(verify([...office, delegate('G')], signedByZhang(DAY1 + 10 * HOUR))).toEqual({ status: 'verified' });
    expect(verify([...office, delegate('A')], signedByZhang(DAY1 + 13 * 24 * HOUR + 23 * HOUR))).toEqual({ status: 'verified' });
  });

  it('is not when the delegation was written by someone else (the delegate himself)', () => {
    expect(verify([...office, delegate('Z')], signedByZhang(DAY1 + 10 * HOUR))).toEqual({ status: 'unverified', reason: 'delegationInvalid' });
  });

  it('is not outside the dates, or after the delegation was ended early', () => {
    expect(verify([...office, delegate('G')], signedByZhang(DAY1 - HOUR))).toEqual({ status: 'unverified', reason: 'delegationInvalid' });
    expect(verify([...office, delegate('G')], signedByZhang(DAY1 + 14 * 24 * HOUR))).toEqual({ status: 'unverified', reason: 'delegationInvalid' });
    const ended = [...office, delegate('G'), endAt('G', DAY1 + 2 * 24 * HOUR)];
    expect(verify(ended, signedByZhang(DAY1 + 24 * HOUR))).toEqual({ status: 'verified' });
    expect(verify(ended, signedByZhang(DAY1 + 3 * 24 * HOUR))).toEqual({ status: 'unverified', reason: 'delegationInvalid' });
  });

  it('is not when the delegator wrote the delegation while deactivated', () => {
    const deactivated = op('clerk', 'G', { active: false }, T0 + HOUR / 2, 'A');
    const reactivated = op('clerk', 'G', { active: true }, T0 + 2 * HOUR, 'A');
    expect(verify([...office, deactivated, delegate('G'), reactivated], signedByZhang(DAY1 + HOUR))).toEqual({ status: 'unverified', reason: 'delegationInvalid' });
  });

  it('ignores an early end written by someone who may not end it', () => {
    const ops = [...office, delegate('G'), endAt('Z', DAY1 + 2 * 24 * HOUR)];
    expect(verify(ops, signedByZhang(DAY1 + 3 * 24 * HOUR))).toEqual({ status: 'verified' });
  });

  it('is not when the signature claims another role or another delegator than the delegation', () => {
    expect(verify([...office, delegate('G')], signedByZhang(DAY1 + HOUR, { role: 'deputyGeneralManager', amountFen: 12_000_000 }))).toEqual({ status: 'unverified', reason: 'delegationInvalid' });
    expect(verify([...office, delegate('G')], signedByZhang(DAY1 + HOUR, { onBehalfOfId: 'A' }))).toEqual({ status: 'unverified', reason: 'delegationInvalid' });
  });

  it('is not for a step other than approving or rejecting a return (a delegation is of approval authority)', () => {
    const closing = signedByZhang(DAY1 + HOUR, { step: 'closeCase', amountFen: null, role: 'generalManager' });
    expect(verify([...office, delegate('G')], closing)).toEqual({ status: 'unverified', reason: 'delegationInvalid' });
    expect(verify([...office, delegate('G')], signedByZhang(DAY1 + HOUR, { step: 'rejectReturn' }))).toEqual({ status: 'verified' });
  });

  it('without a delegation the signer’s own roles count, as before: 张三 is no GM', () => {
    expect(verify([...office, delegate('G')], signedByZhang(DAY1 + HOUR, { delegationId: undefined, onBehalfOfId: undefined, onBehalfOfName: undefined }))).toEqual({ status: 'unverified', reason: 'roleMissing' });
  });

  it('a PC that joins from a snapshot verifies the same: the snapshot keeps the delegation’s fields and its early end', () => {
    const history = [...office, delegate('G'), endAt('G', DAY1 + 2 * 24 * HOUR)];
    const snapshot = new SnapshotFold().add(history).ops();
    for (const ops of [history, snapshot]) {
      expect(verify(ops, signedByZhang(DAY1 + 24 * HOUR))).toEqual({ status: 'verified' });
      expect(verify(ops, signedByZhang(DAY1 + 3 * 24 * HOUR))).toEqual({ status: 'unverified', reason: 'delegationInvalid' });
    }
  });
});
