import { describe, expect, it } from 'vitest';
import { buildDirectoryTimeline, clerkAt, matrixAt, verifySignature, type DirectoryTimeline } from '../../../../../shared/domain/signatures/directory';
import type { SignatureRecord } from '../../../../../shared/domain/signatures/signature';
import type { SignedStep } from '../../../../../shared/domain/signatures/steps';
import type { ClerkRole } from '../../../../../shared/domain/clerks/roles';
import { formatHlc } from '../../../../../shared/sync/hlc';
import type { WireOp } from '../../../../../shared/sync/op';
import { SnapshotFold } from '../../../../../shared/sync/merge';

const T0 = Date.UTC(2026, 10, 1, 1, 0);
let seq = 0;

function op(entity: string, entityId: string, fields: WireOp['fields'], at: number, author: { clerkId?: string; user?: string } = {}): WireOp {
  const o: WireOp = { id: `op-${++seq}`, hlc: formatHlc({ wall: at, counter: 0 }), deviceId: 'pc-a', user: author.user ?? 'someone', entity, entityId, fields, schemaVersion: 2 };
  if (author.clerkId) o.clerkId = author.clerkId;
  return o;
}

/** The first admin creating themself (createFirst). */
const createFirst = (id: string, name: string, at: number) => op('clerk', id, { name, createdAt: new Date(at).toISOString(), department: '', roles: ['admin'], active: true, passwordTemporary: false, createdBy: id, deleted: false }, at, { clerkId: id, user: name });
const createBy = (authorId: string, id: string, name: string, roles: ClerkRole[], at: number) => op('clerk', id, { name, createdAt: new Date(at).toISOString(), department: '', roles, active: true, passwordTemporary: true, createdBy: authorId, deleted: false }, at, { clerkId: authorId });
const setRoles = (authorId: string | undefined, id: string, roles: ClerkRole[], at: number, user?: string) => op('clerk', id, { roles }, at, { clerkId: authorId, user });
const setActive = (authorId: string, id: string, active: boolean, at: number) => op('clerk', id, { active }, at, { clerkId: authorId });
const setMatrix = (authorId: string | undefined, upToManager: number, at: number) =>
  op('officeSettings', 'office', { authorityMatrix: { rows: [{ upToFen: upToManager, role: 'department_manager' }, { upToFen: 15_000_000, role: 'deputy_gm' }], aboveRole: 'gm' } }, at, { clerkId: authorId });

function signed(clerkId: string, role: ClerkRole, step: SignedStep, amountFen: number | null, at: number, author: string | undefined = clerkId): { record: SignatureRecord; op: WireOp } {
  const id = `sig-${++seq}`;
  const record: SignatureRecord = { id, caseId: 'case-1', step, subjectEntity: 'approval', subjectId: 'ap-1', clerkId, clerkName: 'X', role, amountFen, meaning: '批准退货', at: new Date(at).toISOString() };
  const { id: _id, ...fields } = record;
  return { record, op: op('signature', id, fields, at, { clerkId: author }) };
}

const check = (s: { record: SignatureRecord; op: WireOp }, tl: DirectoryTimeline) => verifySignature(s.record, [s.op], tl);
const verified = { status: 'verified' };
const unverified = (reason: string) => ({ status: 'unverified', reason });

/** An office: admin A (first clerk), manager M, deputy D, GM G, service clerk S, all created by A. */
function office() {
  return [
    createFirst('A', '管理员', T0),
    createBy('A', 'M', '经理', ['departmentManager'], T0 + 1000),
    createBy('A', 'D', '副总', ['deputyGeneralManager'], T0 + 2000),
    createBy('A', 'G', '总经理', ['generalManager'], T0 + 3000),
    createBy('A', 'S', '客服', ['service'], T0 + 4000),
  ];
}
const later = T0 + 60_000;

describe('the verified directory timeline', () => {
  it('knows the first admin and the clerks an admin created, from their ops', () => {
    const tl = buildDirectoryTimeline(office());
    const at = op('signature', 'x', {}, later);
    expect(clerkAt(tl, 'A', at)).toMatchObject({ roles: ['admin'], active: true });
    expect(clerkAt(tl, 'M', at)).toMatchObject({ name: '经理', roles: ['departmentManager'], active: true });
    expect(clerkAt(tl, 'M', op('signature', 'x', {}, T0 + 500))).toBeNull(); // not yet created
    expect(tl.ignored.size).toBe(0);
  });

  it('does not count a second first clerk once an admin exists (two PCs set up apart)', () => {
    const tl = buildDirectoryTimeline([...office(), createFirst('B', '另一个', T0 + 5000)]);
    expect(clerkAt(tl, 'B', op('signature', 'x', {}, later))).toBeNull();
  });

  it('counts grants by an op without clerkId only through the one admin named op.user', () => {
    const ops = [...office(), setRoles(undefined, 'S', ['generalManager'], T0 + 5000, '管理员')];
    expect(clerkAt(buildDirectoryTimeline(ops), 'S', op('signature', 'x', {}, later))?.roles).toEqual(['generalManager']);
    const anonymous = [...office(), setRoles(undefined, 'S', ['generalManager'], T0 + 5000, '不认识')];
    expect(clerkAt(buildDirectoryTimeline(anonymous), 'S', op('signature', 'x', {}, later))?.roles).toEqual(['service']);
  });

  it('ignores the grants of an admin after they were demoted', () => {
    const ops = [...office(), setRoles('A', 'D', ['deputyGeneralManager', 'admin'], T0 + 5000), setRoles('D', 'A', [], T0 + 6000), setRoles('A', 'S', ['generalManager'], T0 + 7000)];
    const tl = buildDirectoryTimeline(ops);
    expect(clerkAt(tl, 'S', op('signature', 'x', {}, later))?.roles).toEqual(['service']);
    expect(tl.ignored.has(ops[7]!.id)).toBe(true);
  });

  it('keeps clerks of before passwords by name, and lets the first of them claim the admin role', () => {
    const legacy = op('clerk', 'L', { name: '老员工', createdAt: new Date(T0).toISOString(), deleted: false }, T0, { user: '老员工' });
    const selfGrant = op('clerk', 'L2', { name: '自封', roles: ['generalManager'], deleted: false }, T0 + 10, { user: '自封' });
    const claim = op('clerk', 'L', { credential: { algorithm: 'PBKDF2-SHA256' }, passwordTemporary: false, active: true, roles: ['admin'] }, T0 + 1000, { clerkId: 'L' });
    const tl = buildDirectoryTimeline([claim, selfGrant, legacy]);
    const at = op('signature', 'x', {}, later);
    expect(clerkAt(tl, 'L', at)).toMatchObject({ name: '老员工', roles: ['admin'], active: true });
    // Before the first admin a clerk is known, but no role is granted without an admin.
    expect(clerkAt(tl, 'L2', at)).toMatchObject({ name: '自封', roles: [] });
  });

  it('takes the migrated matrix (HLC wall 0) and an admin’s matrix, not a non-admin’s', () => {
    const migrated = setMatrix(undefined, 5_000_000, 0);
    const ops = [migrated, ...office(), setMatrix('S', 20_000_000, T0 + 5000)];
    const tl = buildDirectoryTimeline(ops);
    expect(matrixAt(tl, op('signature', 'x', {}, later)).rows[0]!.upToFen).toBe(5_000_000);
    const byAdmin = buildDirectoryTimeline([...ops, setMatrix('A', 8_000_000, T0 + 6000)]);
    expect(matrixAt(byAdmin, op('signature', 'x', {}, later)).rows[0]!.upToFen).toBe(8_000_000);
    expect(matrixAt(buildDirectoryTimeline([]), op('signature', 'x', {}, later)).rows[0]!.upToFen).toBe(10_000_000);
  });

  it('skips malformed ops without throwing', () => {
    const junk = [null, 7, 'x', {}, { ...createFirst('Z', 'z', T0 - 10), hlc: 'yesterday' }, { ...createBy('A', 'Q', 'q', ['admin'], T0 + 10), fields: null }, { ...setMatrix('A', 1, T0 + 20), fields: { authorityMatrix: { rows: 'all' } } }];
    const tl = buildDirectoryTimeline([...office(), ...junk]);
    const at = op('signature', 'x', {}, later);
    expect(clerkAt(tl, 'Z', at)).toBeNull();
    expect(clerkAt(tl, 'Q', at)).toBeNull();
    expect(matrixAt(tl, at).rows[0]!.upToFen).toBe(10_000_000);
  });
});

describe('verifying a signature at the time of signing', () => {
  it('verifies a manager approving within their authority', () => {
    const tl = buildDirectoryTimeline(office());
    expect(check(signed('M', 'departmentManager', 'approveReturn', 10_000_000, later), tl)).toEqual(verified);
  });

  it('a signature by a deactivated clerk (signed while inactive) is unverified', () => {
    const s = signed('M', 'departmentManager', 'approveReturn', 5_000_000, later);
    const tl = buildDirectoryTimeline([...office(), setActive('A', 'M', false, later - 1000)]);
    expect(check(s, tl)).toEqual(unverified('inactiveClerk'));
  });

  it('a role removed or a clerk deactivated after signing keeps the signature verified', () => {
    const s = signed('M', 'departmentManager', 'approveReturn', 5_000_000, later);
    const tl = buildDirectoryTimeline([...office(), setRoles('A', 'M', ['service'], later + 1000), setActive('A', 'M', false, later + 2000)]);
    expect(check(s, tl)).toEqual(verified);
  });

  it('a role granted by a non-admin op or by an op without an author is unverified', () => {
    const s = signed('S', 'generalManager', 'approveReturn', 20_000_000, later);
    expect(check(s, buildDirectoryTimeline([...office(), setRoles('S', 'S', ['generalManager'], later - 1000)]))).toEqual(unverified('roleMissing'));
    expect(check(s, buildDirectoryTimeline([...office(), setRoles('M', 'S', ['generalManager'], later - 1000)]))).toEqual(unverified('roleMissing'));
    expect(check(s, buildDirectoryTimeline([...office(), setRoles(undefined, 'S', ['generalManager'], later - 1000)]))).toEqual(unverified('roleMissing'));
    expect(check(s, buildDirectoryTimeline([...office(), setRoles('A', 'S', ['generalManager'], later - 1000)]))).toEqual(verified);
  });

  it('a role granted after signing does not verify an earlier signature', () => {
    const s = signed('S', 'generalManager', 'approveReturn', 20_000_000, later);
    expect(check(s, buildDirectoryTimeline([...office(), setRoles('A', 'S', ['generalManager'], later + 1000)]))).toEqual(unverified('roleMissing'));
  });

  it('a matrix changed later does not unverify; a matrix raised by a non-admin is ignored', () => {
    const s = signed('M', 'departmentManager', 'approveReturn', 12_000_000, later);
    // An admin raised the manager's limit before the signature: verified, and stays so when lowered afterwards.
    const raised = [...office(), setMatrix('A', 12_000_000, later - 1000)];
    expect(check(s, buildDirectoryTimeline(raised))).toEqual(verified);
    expect(check(s, buildDirectoryTimeline([...raised, setMatrix('A', 1_000_000, later + 1000)]))).toEqual(verified);
    // The same raise by a service clerk counts for nothing.
    expect(check(s, buildDirectoryTimeline([...office(), setMatrix('S', 12_000_000, later - 1000)]))).toEqual(unverified('roleNotAllowed'));
  });

  it('follows the default matrix at 100,000 / 100,000.01 / 100,001 / 150,000 / 150,001 yuan', () => {
    const tl = buildDirectoryTimeline(office());
    const sign = (id: string, role: ClerkRole, fen: number) => check(signed(id, role, 'approveReturn', fen, later), tl).status;
    expect(sign('M', 'departmentManager', 10_000_000)).toBe('verified');
    expect(sign('M', 'departmentManager', 10_000_001)).toBe('unverified');
    expect(sign('D', 'deputyGeneralManager', 10_000_001)).toBe('verified');
    expect(sign('M', 'departmentManager', 10_000_100)).toBe('unverified');
    expect(sign('D', 'deputyGeneralManager', 10_000_100)).toBe('verified');
    expect(sign('D', 'deputyGeneralManager', 15_000_000)).toBe('verified');
    expect(sign('D', 'deputyGeneralManager', 15_000_100)).toBe('unverified');
    expect(sign('G', 'generalManager', 15_000_100)).toBe('verified');
    // A higher role may sign what a lower one may.
    expect(sign('G', 'generalManager', 10_000_000)).toBe('verified');
    expect(check(signed('M', 'departmentManager', 'rejectReturn', 15_000_100, later), tl)).toEqual(unverified('roleNotAllowed'));
  });

  it('checks the fixed roles of the other steps', () => {
    const tl = buildDirectoryTimeline([...office(), createBy('A', 'Q', '品质主管', ['qualityHead'], T0 + 5000)]);
    expect(check(signed('Q', 'qualityHead', 'approveEightD', null, later), tl)).toEqual(verified);
    expect(check(signed('M', 'departmentManager', 'approveEightD', null, later), tl)).toEqual(unverified('roleNotAllowed'));
  });

  it('reports who wrote it: author missing or not the signer, unknown clerk', () => {
    const tl = buildDirectoryTimeline([...office(), createBy('S', 'X', '冒名', ['generalManager'], T0 + 5000)]);
    expect(check(signed('M', 'departmentManager', 'approveReturn', 1, later, 'D'), tl)).toEqual(unverified('authorMismatch'));
    const anonymous = signed('M', 'departmentManager', 'approveReturn', 1, later);
    delete anonymous.op.clerkId;
    expect(check(anonymous, tl)).toEqual(unverified('authorMismatch'));
    expect(check(signed('X', 'generalManager', 'approveReturn', 1, later), tl)).toEqual(unverified('unknownClerk'));
    expect(check(signed('nobody', 'generalManager', 'approveReturn', 1, later), tl)).toEqual(unverified('unknownClerk'));
  });

  it('reports malformed records, missing ops and altered signatures, never throwing', () => {
    const tl = buildDirectoryTimeline(office());
    const s = signed('M', 'departmentManager', 'approveReturn', 1, later);
    for (const bad of [null, 'sig', {}, { ...s.record, role: 'king' }, { ...s.record, amountFen: 1.5 }, { ...s.record, at: 'soon' }]) expect(verifySignature(bad, [s.op], tl)).toEqual(unverified('malformed'));
    expect(verifySignature(s.record, [], tl)).toEqual(unverified('missingOp'));
    expect(verifySignature(s.record, [s.op, { ...s.op, id: 'op-again', fields: { role: 'generalManager' } }], tl)).toEqual(unverified('altered'));
    expect(verifySignature({ ...s.record, role: 'generalManager' }, [s.op], tl)).toEqual(unverified('altered'));
    expect(verifySignature(s.record, [{ ...s.op, hlc: 'bad' }], tl)).toEqual(unverified('missingOp'));
  });

  it('gives the same verdicts on a PC that joined from a snapshot (the directory’s history is kept whole there)', () => {
    const signedWhileHeld = signed('M', 'departmentManager', 'approveReturn', 12_000_000, later);
    const signedBeforeGrant = signed('S', 'generalManager', 'approveReturn', 20_000_000, later);
    const history = [
      ...office(),
      setMatrix('A', 12_000_000, later - 1000),
      // Each value replaced knowingly afterwards (bases name the op replaced), as the writer does.
      setRoles('A', 'M', ['service'], later + 1000),
      setMatrix('A', 1_000_000, later + 2000),
      setRoles('A', 'S', ['generalManager'], later + 3000),
      setRoles('A', 'A', ['admin', 'generalManager'], later + 4000),
    ];
    // Bases: every later op of a field names the previous op of it (sequential edits).
    const lastOf = new Map<string, WireOp>();
    for (const o of history) {
      for (const field of Object.keys(o.fields)) {
        const prev = lastOf.get(`${o.entity}/${o.entityId}/${field}`);
        if (prev) (o.bases ??= {})[field] = { hlc: prev.hlc, deviceId: prev.deviceId, id: prev.id };
        lastOf.set(`${o.entity}/${o.entityId}/${field}`, o);
      }
    }
    const snapshot = new SnapshotFold().add(history).ops();
    for (const tl of [buildDirectoryTimeline(history), buildDirectoryTimeline(snapshot)]) {
      expect(check(signedWhileHeld, tl)).toEqual(verified);
      expect(check(signedBeforeGrant, tl)).toEqual(unverified('roleMissing'));
    }
  });
});
