/** Issue 16.3: a clerk created on PC A signs in on PC B offline once the ops are exchanged; passwords never leave in clear. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createRepositories, createSyncRepository, JournalQueue } from '../../../../renderer/db';
import type { WireOp } from '../../../../shared/sync/codec';
import { openHarness, T0, type Harness } from './helpers';

const allOps = async (h: Harness) => (await h.db.ops.toArray()).map(({ published: _p, ...op }) => op) as WireOp[];

describe('clerks across PCs', () => {
  it('a clerk created on PC A signs in on PC B (offline) after the ops are exchanged, and a password change follows', async () => {
    const a = await openHarness({ user: '' });
    const admin = await a.repos.clerks.createFirst({ name: '王丽', department: '客服部' }, 'admin-pass');
    a.ctx.clerkId = admin.id;
    const qe = await a.repos.clerks.create({ name: '张伟', department: '品质部', roles: ['qualityEngineer'] }, 'temp-123');

    const b = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C', user: '' }, new IDBFactory());
    const syncB = createSyncRepository(b.db, () => b.ctx);
    await syncB.applyRemote(await allOps(a), {}, { now: T0 });
    // B is offline from here on: everything it needs came with the ops.
    expect(await b.repos.clerks.get(qe.id)).toEqual(await a.repos.clerks.get(qe.id));
    expect(await b.repos.clerks.signIn(qe.id, 'wrong-1')).toMatchObject({ ok: false, reason: 'wrongPassword' });
    expect(await b.repos.clerks.signIn(qe.id, 'temp-123')).toMatchObject({ ok: true, clerk: { name: '张伟', roles: ['qualityEngineer'], mustChangePassword: true } });

    b.ctx.clerkId = qe.id;
    b.setNow(T0 + 60_000);
    await b.repos.clerks.changeOwnPassword('temp-123', 'mine-456');
    const syncA = createSyncRepository(a.db, () => a.ctx);
    await syncA.applyRemote(await allOps(b), {}, { now: T0 + 60_000 });
    expect(await a.repos.clerks.signIn(qe.id, 'temp-123')).toMatchObject({ ok: false });
    expect(await a.repos.clerks.signIn(qe.id, 'mine-456')).toMatchObject({ ok: true, clerk: { mustChangePassword: false } });
    // wrong attempts stayed on B: A does not know them
    expect(await a.db.signInFailures.count()).toBe(0);
    expect(await b.db.signInFailures.count()).toBe(0); // B's success cleared its own
  });

  it('a password appears in no op, no journal write and no stored record', async () => {
    const passwords = ['Первый-пароль-1', '第二个密码-2', 'temp-secret-3', 'reset-secret-4', 'changed-secret-5'];
    const journaled: string[] = [];
    const base = await openHarness({ user: '' });
    const queue = new JournalQueue((writes) => {
      journaled.push(JSON.stringify(writes));
      return Promise.resolve();
    });
    const repos = createRepositories(base.db, () => base.ctx, queue);
    const admin = await repos.clerks.createFirst({ name: '王丽', department: '' }, passwords[0]!);
    base.ctx.clerkId = admin.id;
    const clerk = await repos.clerks.create({ name: '张伟', department: '', roles: [] }, passwords[2]!);
    await repos.clerks.resetPassword(clerk.id, passwords[3]!);
    await repos.clerks.changeOwnPassword(passwords[0]!, passwords[1]!);
    base.ctx.clerkId = clerk.id;
    await repos.clerks.changeOwnPassword(passwords[3]!, passwords[4]!);
    await repos.clerks.signIn(clerk.id, 'typo-typo');

    const stored = JSON.stringify({
      ops: await base.db.ops.toArray(),
      clerks: await base.db.clerks.toArray(),
      meta: await base.db.meta.toArray(),
      failures: await base.db.signInFailures.toArray(),
      listed: await repos.clerks.list(),
    });
    expect(journaled.length).toBeGreaterThanOrEqual(5);
    for (const text of [stored, ...journaled]) {
      for (const password of [...passwords, 'typo-typo']) expect(text).not.toContain(password);
    }
    // what is stored instead: the KDF's parameters and output
    expect((await base.db.clerks.get(clerk.id))?.credential).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(JSON.stringify(await repos.clerks.list())).not.toContain('PBKDF2'); // the list never carries the credential
  });
});
