// Issue 19.4: responsibility left open past its deadline goes to sales by
// rule. Two PCs apply the rule to the same case while apart: the share each
// writes has the same id and the same values, so after replication every PC
// holds ONE sales share of 100 %, with no conflict, and the case moves on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSIBILITY_RULE_NOTE, ruleShareId } from '../../../shared/domain/lifecycle/responsibility-rule';
import { ValidationFailedError } from '../../../renderer/db';
import { intake } from '../renderer/db/helpers';
import { makePc, T0 } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

const DAY = 86_400_000;

describe('the responsibility rule on two PCs', () => {
  it('both apply it offline; one share of 100 % for sales everywhere, no conflict', async () => {
    const dir = await folder.fresh();
    const clock = { now: T0 }; // Mon 2026-11-23 10:00 at the factory
    const a = await makePc('a', dir, { clock });
    const b = await makePc('b', dir, { clock });
    const c = await a.repos.cases.create(intake());
    await a.repos.lifecycle.update(c.id, { triage: 'production_quality', severity: 'general', category: 'product_quality' });
    await a.repos.lifecycle.transition(c.id, { action: 'start_analysis' });
    await a.repos.lifecycle.update(c.id, { analysisSummary: '原因待销售确认' });
    await a.repos.lifecycle.transition(c.id, { action: 'finish_analysis' });
    await a.repos.lifecycle.update(c.id, { decision: 'A' });
    await a.repos.lifecycle.transition(c.id, { action: 'confirm_decision' });
    await a.round();
    await b.round();

    // Due 5 working days later: Mon 11-30 10:00. Not yet on Friday.
    clock.now = T0 + 4 * DAY;
    await expect(a.repos.lifecycle.applyResponsibilityRule(c.id)).rejects.toBeInstanceOf(ValidationFailedError);
    clock.now = T0 + 7 * DAY + 1;
    const onA = await a.repos.lifecycle.applyResponsibilityRule(c.id);
    clock.now += 60_000;
    const onB = await b.repos.lifecycle.applyResponsibilityRule(c.id);
    expect(onA).toEqual(onB);
    expect(onA).toMatchObject({ id: ruleShareId(c.id, 1), department: 'sales', percent: 100, note: RESPONSIBILITY_RULE_NOTE });
    for (const pc of [a, b, a]) await pc.round();

    for (const pc of [a, b]) {
      const file = await pc.repos.lifecycle.getCaseFile(c.id);
      expect(file.view.shares.filter((s) => !s.deleted).map((s) => [s.department, s.percent]), pc.name).toEqual([['sales', 100]]);
      expect(file.lifecycle.responsibilityRuleRound, pc.name).toBe(1);
      expect(await pc.sync.conflictsOfCase(c.id), pc.name).toEqual([]);
      expect(file.availableActions.find((x) => x.action === 'confirm_responsibility')?.allowed, pc.name).toBe(true);
      // Once per round: applying again is refused.
      await expect(pc.repos.lifecycle.applyResponsibilityRule(c.id), pc.name).rejects.toBeInstanceOf(ValidationFailedError);
    }
    expect(await a.sync.digest()).toBe(await b.sync.digest());
  }, 60_000);
});
