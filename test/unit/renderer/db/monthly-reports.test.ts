/** The monthly report's issue marks (issue 17.6): marked once by a quality clerk or admin, replicated as one record per month. */
import { describe, expect, it } from 'vitest';
import type { ValidationFailedError } from '../../../../renderer/db';
import { openHarness, sign, signInWithRoles } from './helpers';

describe('monthly report marks', () => {
  it('a quality clerk marks a month issued once (the first mark stays); other roles and bad months are refused', async () => {
    const h = await openHarness();
    await sign(h); // the admin
    await signInWithRoles(h, '仓库小王', ['warehouse']);
    expect(((await h.repos.monthlyReports.markIssued('2026-11').catch((e: unknown) => e)) as ValidationFailedError).fieldErrors).toEqual({ actor: 'notAllowed' });
    await signInWithRoles(h, '李娜', ['qualityEngineer']);
    expect(((await h.repos.monthlyReports.markIssued('2026-13').catch((e: unknown) => e)) as ValidationFailedError).fieldErrors).toEqual({ month: 'invalid' });
    const first = await h.repos.monthlyReports.markIssued('2026-11');
    expect(first).toMatchObject({ id: 'report|2026-11', month: '2026-11', issuedBy: '李娜' });
    h.setNow(h.ctx.now() + 60_000);
    expect(await h.repos.monthlyReports.markIssued('2026-11')).toEqual(first);
    expect(await h.repos.monthlyReports.issued()).toEqual([first]);
    expect((await h.db.ops.where('[entity+entityId]').equals(['monthlyReport', 'report|2026-11']).toArray()).length).toBe(1);
  });
});
