/**
 * What the case page shows beside the records: the actions available now and
 * what each lacks, the approver the amount needs, cost totals, receiving
 * tolerance, disposition and share sums, follow-up and complaint counting.
 * Pure: computed from the case's records (CaseLifecycleView) and the rules.
 */
import { requiredApprover, type ApproverRole } from './authority';
import { live } from '../live-records';
import { costTotals, type CostTotals } from './costs';
import { availableActions, followUpRequired } from './machine';
import { checkShares, type SharesCheck } from './responsibility';
import { officeTolerance, type ReceivingTolerance } from '../master-data/customer-rules';
import { checkDispositionSums, checkReceivingTolerance, type DispositionSumError, type ToleranceCheck } from './returns';
import { ofRound, type ActionAvailability, type CaseLifecycleView, type LifecycleRules } from './states';
import { countsAsComplaint } from './triage';

export interface CaseFileFacts {
  availableActions: ActionAvailability[];
  /** The role required for the current decision amount (null without an amount). */
  requiredApprover: ApproverRole | null;
  /** Totals of the current round's costs, and of all rounds. */
  costTotals: CostTotals;
  costTotalsAllRounds: CostTotals;
  /** Receiving tolerance per line id (lines of the round that were counted). */
  tolerance: Record<string, ToleranceCheck>;
  /** The tolerance that applies to the case (its customer's or the office's; the 收货数量确认单 prints it). */
  receivingTolerance: ReceivingTolerance;
  /** Disposition sum problems of the current round's lines. */
  dispositionErrors: DispositionSumError[];
  sharesCheck: SharesCheck;
  followUpRequired: boolean;
  countsAsComplaint: boolean;
}

/** `receivingTolerance`: the office's ±percent, or the tolerance of the case's customer (master-data/customer-rules.ts receivingToleranceOf). */
export function caseFileFacts(view: CaseLifecycleView, rules: LifecycleRules, receivingTolerance: number | ReceivingTolerance): CaseFileFacts {
  const lc = view.lifecycle;
  const lines = ofRound(view, view.returnLines);
  const tolerance: Record<string, ToleranceCheck> = {};
  for (const line of lines) if (line.quantityReceived !== null) tolerance[line.id] = checkReceivingTolerance(line.quantityApproved, line.quantityReceived, receivingTolerance);
  return {
    availableActions: availableActions(view, rules),
    requiredApprover: lc.decisionAmountFen === null ? null : requiredApprover(lc.decisionAmountFen, rules.authorityMatrix),
    costTotals: costTotals(ofRound(view, view.costs)),
    costTotalsAllRounds: costTotals(live(view.costs)),
    tolerance,
    receivingTolerance: typeof receivingTolerance === 'number' ? officeTolerance(receivingTolerance) : receivingTolerance,
    dispositionErrors: checkDispositionSums(lines, ofRound(view, view.dispositions)),
    sharesCheck: checkShares(ofRound(view, view.shares)),
    followUpRequired: followUpRequired(lc),
    countsAsComplaint: countsAsComplaint(lc),
  };
}
