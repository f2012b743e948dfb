/** Supplier claims (供应商扣款单) made from a purchasing share with a supplier. */
import { describe, expect, it } from 'vitest';
import type { ValidationFailedError } from '../../../../renderer/db';
import { caseAtDecision } from './lifecycle-helpers';
import { openHarness } from './helpers';

async function atResponsibility() {
  const h = await openHarness();
  const id = await caseAtDecision(h);
  await h.repos.lifecycle.update(id, { decision: 'A' });
  await h.repos.lifecycle.transition(id, { action: 'confirm_decision' });
  return { h, id };
}

describe('supplier claims', () => {
  it('a draft claim follows costs and the percent; a hand-set or sent amount stays', async () => {
    const { h, id } = await atResponsibility();
    await h.repos.costs.add(id, { kind: 'loss', amountFen: 100_000, department: null, note: '' });
    const { share, claim } = await h.repos.responsibility.addShare(id, { department: 'purchasing', percent: 50, supplierName: ' 东莞某电子 ', note: '' });
    expect(claim).toMatchObject({ supplierName: '东莞某电子', amountFen: 50_000, status: 'draft' });
    const cost = await h.repos.costs.add(id, { kind: 'freight', amountFen: 20_000, department: null, note: '' });
    expect((await h.db.supplierClaims.get(claim!.id))?.amountFen).toBe(60_000);
    await h.repos.responsibility.updateShare(share.id, { percent: 25 });
    expect((await h.db.supplierClaims.get(claim!.id))?.amountFen).toBe(30_000);
    // set by hand: later cost changes leave it alone
    await h.repos.responsibility.updateClaim(claim!.id, { amountFen: 33_300 });
    await h.repos.costs.update(cost.id, { amountFen: 40_000 });
    expect((await h.db.supplierClaims.get(claim!.id))?.amountFen).toBe(33_300);
    const bad = await h.repos.responsibility.updateClaim(claim!.id, { amountFen: -1, status: 'lost' as never }).catch((e: unknown) => e);
    expect((bad as ValidationFailedError).fieldErrors).toEqual({ amountFen: 'negative', status: 'required' });
  });

  it('confirming needs a claim for every supplier share; removing the share removes its draft claim', async () => {
    const { h, id } = await atResponsibility();
    const { share, claim } = await h.repos.responsibility.addShare(id, { department: 'purchasing', percent: 100, supplierName: '东莞某电子', note: '' });
    await h.db.supplierClaims.update(claim!.id, { deleted: true }); // e.g. a merge tombstoned it
    const refused = await h.repos.lifecycle.transition(id, { action: 'confirm_responsibility' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ missing: [{ code: 'supplierClaimMissing', params: { shareId: share.id, supplier: '东莞某电子' } }] });
    await h.repos.responsibility.updateShare(share.id, { note: '来料不良' }); // re-creates the missing claim
    expect((await h.repos.lifecycle.transition(id, { action: 'confirm_responsibility' })).to).toBe('costs');
    await h.repos.lifecycle.transition(id, { action: 'send_back', to: 'responsibility', reason: '重新判定' });
    await h.repos.responsibility.removeShare(share.id);
    expect((await h.repos.lifecycle.getCaseFile(id)).view.supplierClaims.filter((c) => !c.deleted)).toEqual([]);
  });
});
