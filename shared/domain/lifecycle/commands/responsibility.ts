/**
 * Commands on responsibility (责任判定): shares of the current round that
 * sum to no more than 100 %, a department (with the same supplier) only
 * once; a purchasing share naming a supplier gets a draft supplier claim;
 * editing a claim; the rule that gives what is left to sales when
 * responsibility stays open too long.
 */
import { hasErrors, pick } from '../../field-checks';
import type { ResponsibilityShare, ResponsibilityShareInput, SupplierClaim } from '../records';
import type { DeadlineFact } from '../projection';
import { needsSupplierClaim, percentTenths, validateShare } from '../responsibility';
import { responsibilityRuleStatus, RESPONSIBILITY_RULE_NOTE, ruleShareId } from '../responsibility-rule';
import { validateClaim } from '../validation';
import { withTextLimits } from '../text-limits';
import { ofRound } from '../states';
import { CaseChanges, invalid, type CommandContext, type Performed, type Refused, type Seen } from './command';
import { live } from '../../live-records';
import { claimBasis, createDraftClaim, followDraftClaims } from './supplier-claims';

const SHARE_KEYS = ['department', 'percent', 'supplierName', 'note'] as const;
const CLAIM_KEYS = ['supplierName', 'amountFen', 'status', 'note'] as const;

/** Shares of the current round must not sum over 100; a department (with the same supplier) only once. */
function shareSumRefusal(ctx: CommandContext, candidate: ResponsibilityShare): Refused | null {
  const others = ofRound(ctx.view, ctx.view.shares).filter((x) => x.id !== candidate.id);
  const tenths = others.reduce((sum, x) => sum + (percentTenths(x.percent) ?? 0), 0) + (percentTenths(candidate.percent) ?? 0);
  if (tenths > 1000) return invalid({ percent: 'sumOverHundred' });
  const key = (x: ResponsibilityShare) => `${x.department}|${x.supplierName.trim()}`;
  if (others.some((x) => key(x) === key(candidate))) return invalid({ department: 'duplicateDepartment' });
  return null;
}

export function addShare(ctx: CommandContext, input: ResponsibilityShareInput): Performed<{ share: ResponsibilityShare; claim: SupplierClaim | null }> {
  const fields: ResponsibilityShareInput = { supplierName: '', note: '', ...pick(input, SHARE_KEYS) } as ResponsibilityShareInput;
  const errors = withTextLimits(validateShare(fields), fields);
  if (hasErrors(errors)) return invalid(errors);
  const share: ResponsibilityShare = { id: ctx.newId(), caseId: ctx.caseFacts.id, round: ctx.view.lifecycle.round, ...fields, supplierName: fields.supplierName.trim(), deleted: false };
  const refusal = shareSumRefusal(ctx, share);
  if (refusal) return refusal;
  const changes = new CaseChanges(ctx.view);
  changes.create('responsibilityShare', share);
  const claim = needsSupplierClaim(share) ? createDraftClaim(changes, ctx, share) : null;
  return changes.done({ share, claim });
}

/** Edits a share; its draft claims follow (created, renamed, re-amounted, or removed when the share no longer needs one). */
export function updateShare(ctx: CommandContext, existing: ResponsibilityShare, patch: Partial<ResponsibilityShareInput>, seen?: Seen): Performed<ResponsibilityShare> {
  const before = claimBasis(ctx.view);
  const picked = pick(patch, SHARE_KEYS);
  const next: ResponsibilityShare = { ...existing, ...picked, supplierName: (picked.supplierName ?? existing.supplierName).trim() };
  const errors = withTextLimits(validateShare(next), picked);
  if (hasErrors(errors)) return invalid(errors);
  const refusal = shareSumRefusal(ctx, next);
  if (refusal) return refusal;
  const changes = new CaseChanges(ctx.view);
  const saved = changes.change('responsibilityShare', existing, next, seen);
  const claims = live(changes.view.supplierClaims).filter((c) => c.shareId === existing.id);
  if (needsSupplierClaim(saved)) {
    if (claims.length === 0) createDraftClaim(changes, ctx, saved);
    for (const claim of claims.filter((c) => c.status === 'draft')) changes.change('supplierClaim', claim, { ...claim, supplierName: saved.supplierName });
    followDraftClaims(changes, before);
  } else {
    for (const claim of claims.filter((c) => c.status === 'draft')) changes.remove('supplierClaim', claim);
  }
  return changes.done(saved);
}

/** Removes a share and its draft claims. */
export function removeShare(ctx: CommandContext, existing: ResponsibilityShare): Performed<void> {
  const changes = new CaseChanges(ctx.view);
  changes.remove('responsibilityShare', existing);
  for (const claim of live(ctx.view.supplierClaims).filter((c) => c.shareId === existing.id && c.status === 'draft')) changes.remove('supplierClaim', claim);
  return changes.done(undefined);
}

export function updateClaim(ctx: CommandContext, existing: SupplierClaim, patch: Partial<Pick<SupplierClaim, (typeof CLAIM_KEYS)[number]>>, seen?: Seen): Performed<SupplierClaim> {
  const picked = pick(patch, CLAIM_KEYS);
  const next: SupplierClaim = { ...existing, ...picked };
  const errors = withTextLimits(validateClaim(next), picked);
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.change('supplierClaim', existing, { ...next, supplierName: next.supplierName.trim() }, seen));
}

/**
 * 责任判定逾期 (responsibility-rule.ts): when the rule is due at the time of
 * this write, the percent nobody was given goes to sales — added to the
 * round's sales share, or as a new share with the rule's own id — its note
 * naming the rule. `deadline`: the case's 'responsibility' deadline.
 * Refused (responsibility: 'ruleNotDue') when the rule does not apply now.
 */
export function applyResponsibilityRule(ctx: CommandContext, deadline: Pick<DeadlineFact, 'dueAt' | 'doneAt' | 'warnAt'> | undefined): Performed<ResponsibilityShare> {
  const lc = ctx.view.lifecycle;
  const round = ofRound(ctx.view, ctx.view.shares);
  const status = responsibilityRuleStatus({ state: lc.state, shares: round, deadline, applied: lc.responsibilityRuleRound === lc.round }, Date.parse(ctx.at));
  if (status.stage !== 'due') return invalid({ responsibility: 'ruleNotDue' });
  const changes = new CaseChanges(ctx.view);
  changes.setLifecycle({ responsibilityRuleRound: lc.round });
  const sales = round.find((s) => s.department === 'sales' && s.supplierName.trim() === '');
  if (sales) {
    const percent = ((percentTenths(sales.percent) ?? 0) + status.remainderTenths) / 10;
    const note = sales.note.trim() === '' ? RESPONSIBILITY_RULE_NOTE : `${sales.note}；${RESPONSIBILITY_RULE_NOTE}`;
    return changes.done(changes.change('responsibilityShare', sales, { ...sales, percent, note }));
  }
  const share: ResponsibilityShare = {
    id: ruleShareId(ctx.caseFacts.id, lc.round),
    caseId: ctx.caseFacts.id,
    round: lc.round,
    department: 'sales',
    percent: status.remainderTenths / 10,
    supplierName: '',
    note: RESPONSIBILITY_RULE_NOTE,
    deleted: false,
  };
  changes.create('responsibilityShare', share);
  return changes.done(share);
}
