/**
 * 责任判定逾期 → 销售部 (seed 000 §四.6: "对于由于销售员未及时反馈，造成呆滞时间过长
 * 导致无法认定责任的，一律视为销售部责任"). A case still in the responsibility
 * step when its 'responsibility' deadline passes (deadlines.ts: settable
 * working days from entering the step, 0 = off) gets the percent nobody
 * was given yet as a sales share, by rule: added to the round's sales share
 * when it has one, else a new share. The clerk is warned from the
 * deadline's warnAt on (workbench, case page).
 *
 * Every PC may apply the rule, offline and at the same time: the share it
 * creates has an id derived from the case and the round, and the same
 * values everywhere, so the copies merge into one record without a
 * conflict. The note names the rule, so the case's history says why.
 */
import { sha256Hex } from '../../sync/sha256';
import { utf8Encode } from '../../utf8';
import type { LedgerRow } from '../ledger-row';
import type { DeadlineFact } from './projection';
import type { ResponsibilityShare } from './records';
import { percentTenths } from './responsibility';
import type { CaseState } from './states';

/** The rule's name and source, kept as the note of the share it writes (and so in the history). */
export const RESPONSIBILITY_RULE_NOTE = '按规则：责任判定逾期，未认定部分视为销售部责任（客户退货管理制度 四.6）';

/** Where a case stands against the rule: off (not in the step, rule off, or decided), waiting, warned (reminder shown), due (the rule applies now). */
export type ResponsibilityRuleStage = 'off' | 'waiting' | 'warned' | 'due';

export interface ResponsibilityRuleStatus {
  stage: ResponsibilityRuleStage;
  /** The open responsibility deadline (absent when off). */
  dueAt?: string;
  /** The percent the rule would give to sales, in tenths (1000 = 100 %); 0 when off. */
  remainderTenths: number;
}

/** The shares of the current round as the rule counts them. */
export type CountedShare = Pick<ResponsibilityShare, 'department' | 'percent'>;

/** What the rule looks at; from the case's records or from its ledger row alike. */
export interface ResponsibilityRuleFacts {
  state: CaseState;
  /** Live shares of the current round. */
  shares: readonly CountedShare[];
  /** The case's 'responsibility' deadline; undefined when none applies (not reached, or the rule is off). */
  deadline: Pick<DeadlineFact, 'dueAt' | 'doneAt' | 'warnAt'> | undefined;
  /** The rule was applied in the current round already. */
  applied: boolean;
}

/** The rule's stage for a case at `nowMs`. */
export function responsibilityRuleStatus(facts: ResponsibilityRuleFacts, nowMs: number): ResponsibilityRuleStatus {
  const deadline = facts.deadline;
  if (facts.state !== 'responsibility' || facts.applied || !deadline || deadline.doneAt !== null) return { stage: 'off', remainderTenths: 0 };
  const given = facts.shares.reduce((sum, s) => sum + (percentTenths(s.percent) ?? 0), 0);
  const remainderTenths = Math.max(0, 1000 - given);
  if (remainderTenths === 0) return { stage: 'off', remainderTenths };
  const due = Date.parse(deadline.dueAt);
  const warn = deadline.warnAt ? Date.parse(deadline.warnAt) : due;
  const stage: ResponsibilityRuleStage = nowMs >= due ? 'due' : nowMs >= warn ? 'warned' : 'waiting';
  return { stage, dueAt: deadline.dueAt, remainderTenths };
}

/** The id of the share the rule writes for a case's round: the same on every PC (a UUID-shaped digest). */
export function ruleShareId(caseId: string, round: number): string {
  const hex = sha256Hex(utf8Encode(`responsibility-rule\u0000${caseId}\u0000${round}`));
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The 'responsibility' deadline among a case's deadlines. */
export function responsibilityDeadline<D extends Pick<DeadlineFact, 'kind'>>(deadlines: readonly D[] | undefined): D | undefined {
  return deadlines?.find((d) => d.kind === 'responsibility');
}

/** The rule's facts from a ledger row (its projection: shares of the current round, deadlines). */
export function ruleFactsOfRow(row: Pick<LedgerRow, 'state' | 'shares' | 'deadlines' | 'responsibilityRuleApplied'>): ResponsibilityRuleFacts {
  return { state: row.state, shares: row.shares, deadline: responsibilityDeadline(row.deadlines), applied: row.responsibilityRuleApplied === true };
}
