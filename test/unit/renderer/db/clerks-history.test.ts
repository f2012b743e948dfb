/** The clerk list's history (issue 16.3 "history kept"): every admin change, in order, and never a password or its hash. */
import { describe, expect, it } from 'vitest';
import { openAdminHarness, SIGNER_PASSWORD } from './helpers';

describe('clerk history', () => {
  it('lists who added, re-roled, deactivated a clerk and reset their password — newest first, no credential in it', async () => {
    const h = await openAdminHarness({ user: '王丽' });
    const zhang = await h.repos.clerks.create({ name: '张伟', department: '品质部', roles: ['qualityEngineer'] }, 'temp-pass-1');
    h.setNow(h.ctx.now() + 60_000);
    await h.repos.clerks.setRoles(zhang.id, ['qualityEngineer', 'qualityHead']);
    await h.repos.clerks.setDepartment(zhang.id, '质量部');
    await h.repos.clerks.resetPassword(zhang.id, 'temp-pass-2');
    await h.repos.clerks.setActive(zhang.id, false);
    const history = await h.repos.clerks.history();
    expect(history.filter((e) => e.clerkId === zhang.id).map((e) => [e.by, e.change])).toEqual([
      ['王丽', { kind: 'active', after: false }],
      ['王丽', { kind: 'password', how: 'reset' }],
      ['王丽', { kind: 'department', before: '品质部', after: '质量部' }],
      ['王丽', { kind: 'roles', before: ['qualityEngineer'], after: ['qualityEngineer', 'qualityHead'] }],
      ['王丽', { kind: 'created', name: '张伟', department: '品质部', roles: ['qualityEngineer'] }],
    ]);
    expect(history.at(-1)).toMatchObject({ clerkId: h.ctx.clerkId, change: { kind: 'created', name: '王丽', roles: ['admin'] } });
    const stored = await h.db.clerks.get(zhang.id);
    const text = JSON.stringify(history);
    expect(text).not.toContain(String((stored?.credential as { hash: string }).hash));
    expect(text).not.toContain('temp-pass');
    expect(text).not.toContain(SIGNER_PASSWORD);
    expect(text).not.toMatch(/salt|hash|PBKDF2/);
  });
});
