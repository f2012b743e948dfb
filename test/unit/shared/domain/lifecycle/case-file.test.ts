import { describe, expect, it } from 'vitest';
import { caseFileFacts } from '../../../../../shared/domain/lifecycle/case-file';
import { DEFAULT_LIFECYCLE_RULES } from '../../../../../shared/domain/lifecycle/machine';
import { cost, line, share } from './commands/context';
import { view } from './fixtures';

describe('case file facts', () => {
  it('are computed from the current round of the records and the rules', () => {
    const v = view(
      { state: 'approval', decision: 'C', decisionAmountFen: 10_000_001 },
      { returnLines: [line({ quantityReceived: 12 }), line({ id: 'l0', round: 0, quantityReceived: 1 })], costs: [cost(), cost({ id: 'k0', round: 0 })], shares: [share()] },
    );
    const facts = caseFileFacts(v, DEFAULT_LIFECYCLE_RULES, 5);
    expect(facts.requiredApprover).toBe('deputy_gm');
    expect(Object.keys(facts.tolerance)).toEqual(['l1']);
    expect(facts.tolerance.l1?.warning).toBe('receivedOverTolerance');
    expect(facts.receivingTolerance).toEqual({ overPercent: 5, underPercent: 5, source: 'office', customerName: '' });
    const customer = { overPercent: 3, underPercent: 2, source: 'customer' as const, customerName: '宏达' };
    expect(caseFileFacts(v, DEFAULT_LIFECYCLE_RULES, customer).receivingTolerance).toBe(customer);
    expect([facts.costTotals.total, facts.costTotalsAllRounds.total]).toEqual([100_000, 200_000]);
    expect(facts.sharesCheck.error).toBe('sharesNotHundred');
    expect(facts.dispositionErrors).toEqual([{ lineId: 'l1', code: 'under', received: 12, disposed: 0 }]);
    expect(facts.availableActions.find((a) => a.action === 'approve')?.allowed).toBe(false);
  });
});
