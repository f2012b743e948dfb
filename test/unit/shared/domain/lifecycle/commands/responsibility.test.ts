import { describe, expect, it } from 'vitest';
import { addCost, removeCost, updateCost } from '../../../../../../shared/domain/lifecycle/commands/costs';
import { addShare, removeShare, updateClaim, updateShare } from '../../../../../../shared/domain/lifecycle/commands/responsibility';
import type { SupplierClaim } from '../../../../../../shared/domain/lifecycle/records';
import { view } from '../fixtures';
import { claim, contextOf, cost, share, shapeOf, writesOf } from './context';

const supplierShare = share({ id: 's2', department: 'purchasing', percent: 40, supplierName: '东莞某电子' });
const claimWrites = (writes: ReturnType<typeof writesOf>): SupplierClaim[] => writes.flatMap((w) => (w.entity === 'supplierClaim' ? [w.record] : []));

describe('responsibility shares', () => {
  it('a purchasing share naming a supplier brings a draft supplier claim of total cost × percent', () => {
    const ctx = contextOf(view({}, { shares: [share()], costs: [cost({ amountFen: 100_000 }), cost({ id: 'k2', amountFen: 50_000, round: 0 })] }));
    const done = addShare(ctx, { department: 'purchasing', percent: 40, supplierName: ' 东莞某电子 ', note: '' });
    expect(shapeOf(done)).toEqual(['responsibilityShare:new', 'supplierClaim:new']);
    expect(done.ok && done.value.claim).toEqual({ id: 'id2', caseId: 'c1', round: 1, shareId: 'id1', supplierName: '东莞某电子', amountFen: 40_000, status: 'draft', note: '', deleted: false });
    const inHouse = addShare(ctx, { department: 'quality', percent: 40, supplierName: '', note: '' });
    expect(shapeOf(inHouse)).toEqual(['responsibilityShare:new']);
  });

  it('refuses shares of the round summing over 100 %, and the same department twice', () => {
    const ctx = contextOf(view({}, { shares: [share({ percent: 66.7 }), share({ id: 'old', percent: 100, round: 0 })] }));
    expect(addShare(ctx, { department: 'quality', percent: 33.4, supplierName: '', note: '' })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { percent: 'sumOverHundred' } } });
    expect(addShare(ctx, { department: 'quality', percent: 33.3, supplierName: '', note: '' }).ok).toBe(true);
    expect(addShare(ctx, { department: 'production', percent: 10, supplierName: '', note: '' })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { department: 'duplicateDepartment' } } });
  });

  it('a share that stops naming a supplier removes its draft claim; a changed percent re-amounts it', () => {
    const ctx = contextOf(view({}, { shares: [share(), supplierShare], supplierClaims: [claim()], costs: [cost()] }));
    const dropped = writesOf(updateShare(ctx, supplierShare, { department: 'technical', supplierName: '' }));
    expect(claimWrites(dropped)).toEqual([{ ...claim(), deleted: true }]);
    const moved = writesOf(updateShare(ctx, supplierShare, { percent: 30 }));
    expect(claimWrites(moved).at(-1)?.amountFen).toBe(30_000);
  });

  it('a claim amount set by hand, or a claim already sent, stays as it is', () => {
    const ctx = contextOf(view({}, { shares: [supplierShare], supplierClaims: [claim({ amountFen: 12_345 })], costs: [cost()] }));
    expect(claimWrites(writesOf(updateShare(ctx, supplierShare, { percent: 30 }))).map((c) => c.amountFen)).toEqual([12_345]);
    const sent = contextOf(view({}, { shares: [supplierShare], supplierClaims: [claim({ status: 'sent' })], costs: [cost()] }));
    expect(claimWrites(writesOf(updateShare(sent, supplierShare, { percent: 30 })))).toEqual([]);
  });

  it('removing a share removes its draft claims only', () => {
    const ctx = contextOf(view({}, { shares: [supplierShare], supplierClaims: [claim(), claim({ id: 'sc2', status: 'accepted' })] }));
    expect(shapeOf(removeShare(ctx, supplierShare))).toEqual(['responsibilityShare:changed', 'supplierClaim:changed']);
  });

  it('a claim is edited with a trimmed supplier name, and refused without one', () => {
    const ctx = contextOf(view({}, { supplierClaims: [claim()] }));
    const done = updateClaim(ctx, claim(), { supplierName: ' 新供应商 ', status: 'sent' });
    expect(done.ok && done.value).toMatchObject({ supplierName: '新供应商', status: 'sent' });
    expect(updateClaim(ctx, claim(), { supplierName: ' ' })).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { supplierName: 'required' } } });
  });
});

describe('costs carry the draft claims along', () => {
  const ctx = contextOf(view({}, { shares: [supplierShare], supplierClaims: [claim()], costs: [cost()] }));

  it('adding, changing and removing a cost re-amount the draft claim', () => {
    const added = writesOf(addCost(ctx, { kind: 'freight', amountFen: 50_000, department: null, note: '' }));
    expect(added.map((w) => w.entity)).toEqual(['cost', 'supplierClaim']);
    expect(claimWrites(added)[0]?.amountFen).toBe(60_000);
    expect(claimWrites(writesOf(updateCost(ctx, cost(), { amountFen: 200_000 })))[0]?.amountFen).toBe(80_000);
    expect(claimWrites(writesOf(removeCost(ctx, cost())))[0]?.amountFen).toBe(0);
  });

  it('refuses a negative amount or an unknown department', () => {
    expect(addCost(ctx, { kind: 'loss', amountFen: -1, department: 'nowhere' as never, note: '' })).toEqual({
      ok: false,
      refusal: { kind: 'invalid', fieldErrors: { amountFen: 'negative', department: 'invalid' } },
    });
  });
});
