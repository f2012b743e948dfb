/** Issue 16.3: the clerk list with roles and passwords — admin-only changes, the last admin, history in the op log. */
import { describe, expect, it } from 'vitest';
import { T0, openHarness, type Harness } from './helpers';

async function withAdmin(): Promise<{ h: Harness; adminId: string }> {
  const h = await openHarness({ user: '' });
  const admin = await h.repos.clerks.createFirst({ name: '王丽', department: '客服部' }, 'admin-pass');
  h.ctx.clerkId = admin.id;
  h.ctx.user = admin.name;
  return { h, adminId: admin.id };
}

describe('clerk administration', () => {
  it('an admin adds a clerk with roles and a temporary password the clerk must change', async () => {
    const { h, adminId } = await withAdmin();
    const qe = await h.repos.clerks.create({ name: ' 张伟 ', department: '品质部', roles: ['qualityEngineer', 'service'] }, 'temp-123');
    expect(qe).toMatchObject({ name: '张伟', department: '品质部', roles: ['service', 'qualityEngineer'], active: true, hasPassword: true, mustChangePassword: true, createdBy: adminId });
    const [op] = await h.db.ops.where('[entity+entityId]').equals(['clerk', qe.id]).toArray();
    expect(op?.user).toBe('王丽'); // authored by the signed-in admin

    h.ctx.clerkId = qe.id;
    await expect(h.repos.clerks.changeOwnPassword('wrong-1', 'mine-456')).rejects.toMatchObject({ fieldErrors: { currentPassword: 'wrong' } });
    await expect(h.repos.clerks.changeOwnPassword('temp-123', 'short')).rejects.toMatchObject({ fieldErrors: { password: 'tooShort' } });
    expect(await h.repos.clerks.changeOwnPassword('temp-123', 'mine-456')).toMatchObject({ mustChangePassword: false });
    expect(await h.repos.clerks.signIn(qe.id, 'temp-123')).toMatchObject({ ok: false, reason: 'wrongPassword' });
    expect(await h.repos.clerks.signIn(qe.id, 'mine-456')).toMatchObject({ ok: true, clerk: { id: qe.id } });
  });

  it('refuses every admin change by a clerk who is not an admin, writing nothing', async () => {
    const { h } = await withAdmin();
    const qe = await h.repos.clerks.create({ name: '张伟', department: '', roles: ['qualityEngineer'] }, 'temp-123');
    h.ctx.clerkId = qe.id;
    const before = await h.db.ops.count();
    for (const attempt of [
      () => h.repos.clerks.create({ name: '李四', department: '', roles: [] }, 'temp-123'),
      () => h.repos.clerks.setRoles(qe.id, ['admin']),
      () => h.repos.clerks.setDepartment(qe.id, '仓库'),
      () => h.repos.clerks.resetPassword(qe.id, 'temp-999'),
      () => h.repos.clerks.setActive(qe.id, false),
    ]) await expect(attempt()).rejects.toMatchObject({ fieldErrors: { actor: 'notAdmin' } });
    h.ctx.clerkId = undefined; // nobody signed in
    await expect(h.repos.clerks.setRoles(qe.id, ['admin'])).rejects.toMatchObject({ fieldErrors: { actor: 'notAdmin' } });
    expect(await h.db.ops.count()).toBe(before);
  });

  it('never removes the last active admin; with a second admin it may', async () => {
    const { h, adminId } = await withAdmin();
    await expect(h.repos.clerks.setActive(adminId, false)).rejects.toMatchObject({ fieldErrors: { roles: 'lastAdmin' } });
    await expect(h.repos.clerks.setRoles(adminId, ['service'])).rejects.toMatchObject({ fieldErrors: { roles: 'lastAdmin' } });
    const second = await h.repos.clerks.create({ name: '赵敏', department: '', roles: ['admin'] }, 'temp-123');
    expect(await h.repos.clerks.setRoles(adminId, ['service'])).toMatchObject({ roles: ['service'] });
    // the former admin can no longer act as one
    await expect(h.repos.clerks.setActive(second.id, false)).rejects.toMatchObject({ fieldErrors: { actor: 'notAdmin' } });
  });

  it('deactivates a clerk (who then cannot sign in) and keeps their history; reactivates them', async () => {
    const { h } = await withAdmin();
    const clerk = await h.repos.clerks.create({ name: '张伟', department: '', roles: [] }, 'temp-123');
    h.setNow(T0 + 60_000);
    expect(await h.repos.clerks.setActive(clerk.id, false)).toMatchObject({ active: false });
    expect(await h.repos.clerks.signIn(clerk.id, 'temp-123')).toEqual({ ok: false, reason: 'deactivated' });
    expect((await h.repos.clerks.list()).map((c) => [c.name, c.active])).toEqual([['王丽', true], ['张伟', false]]);
    expect(await h.repos.clerks.setActive(clerk.id, true)).toMatchObject({ active: true });
    expect(await h.repos.clerks.signIn(clerk.id, 'temp-123')).toMatchObject({ ok: true });
    const ops = await h.db.ops.where('[entity+entityId]').equals(['clerk', clerk.id]).sortBy('hlc');
    expect(ops.map((o) => o.fields.active)).toEqual([true, false, true]);
  });

  it('a reset gives a temporary password; department and roles checked; bad input writes nothing', async () => {
    const { h } = await withAdmin();
    const clerk = await h.repos.clerks.create({ name: '张伟', department: '', roles: [] }, 'temp-123');
    expect(await h.repos.clerks.resetPassword(clerk.id, 'reset-77')).toMatchObject({ mustChangePassword: true });
    expect(await h.repos.clerks.signIn(clerk.id, 'reset-77')).toMatchObject({ ok: true });
    expect(await h.repos.clerks.setDepartment(clerk.id, ' 仓库 ')).toMatchObject({ department: '仓库' });
    const before = await h.db.ops.count();
    await expect(h.repos.clerks.setRoles(clerk.id, ['boss' as never])).rejects.toMatchObject({ fieldErrors: { roles: 'unknownRole' } });
    await expect(h.repos.clerks.setDepartment(clerk.id, '部'.repeat(61))).rejects.toMatchObject({ fieldErrors: { department: 'tooLong' } });
    await expect(h.repos.clerks.resetPassword(clerk.id, '123')).rejects.toMatchObject({ fieldErrors: { password: 'tooShort' } });
    await expect(h.repos.clerks.create({ name: '张伟', department: '', roles: [] }, 'temp-123')).rejects.toMatchObject({ fieldErrors: { name: 'taken' } });
    expect(await h.db.ops.count()).toBe(before);
  });
});

describe('sign-in lockout', () => {
  it('five wrong passwords lock the clerk at this PC; the right one is refused until the lock ends', async () => {
    const { h, adminId } = await withAdmin();
    for (let i = 1; i <= 4; i++) {
      h.setNow(T0 + i * 1000);
      expect(await h.repos.clerks.signIn(adminId, `wrong-${i}`)).toEqual({ ok: false, reason: 'wrongPassword', attemptsLeft: 5 - i });
    }
    h.setNow(T0 + 5000);
    expect(await h.repos.clerks.signIn(adminId, 'wrong-5')).toEqual({ ok: false, reason: 'locked', lockedUntil: T0 + 5000 + 15 * 60_000 });
    h.setNow(T0 + 10 * 60_000);
    expect(await h.repos.clerks.signIn(adminId, 'admin-pass')).toEqual({ ok: false, reason: 'locked', lockedUntil: T0 + 5000 + 15 * 60_000 });
    h.setNow(T0 + 5000 + 15 * 60_000);
    expect(await h.repos.clerks.signIn(adminId, 'admin-pass')).toMatchObject({ ok: true });
    expect(await h.db.signInFailures.count()).toBe(0); // a success clears them
  });

  it('keeps failures at this PC only: no op, nothing replicated', async () => {
    const { h, adminId } = await withAdmin();
    const ops = await h.db.ops.count();
    await h.repos.clerks.signIn(adminId, 'wrong-1');
    expect(await h.db.ops.count()).toBe(ops);
    expect(await h.db.signInFailures.get(adminId)).toEqual({ clerkId: adminId, times: [T0] });
  });
});
