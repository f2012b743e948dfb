/**
 * Draft supplier claims follow the current round's cost total × the share's
 * percent: created with a purchasing share that names a supplier, and kept
 * up to date when costs or shares change — unless a clerk set the amount by
 * hand, or the claim left the draft status (sent/accepted/settled claims are
 * frozen). Used by the responsibility and cost commands.
 */
import { costTotals } from '../costs';
import type { ResponsibilityShare, SupplierClaim } from '../records';
import { supplierClaimAmount } from '../responsibility';
import { ofRound, type CaseLifecycleView } from '../states';
import { type CaseChanges, type CommandContext } from './command';
import { live } from '../../live-records';

/** What the draft claims' amounts were computed from (take it before a command changes costs or shares). */
export interface ClaimBasis {
  total: number;
  percent: Map<string, number>;
}

export function claimBasis(view: CaseLifecycleView): ClaimBasis {
  return { total: costTotals(ofRound(view, view.costs)).total, percent: new Map(live(view.shares).map((x) => [x.id, x.percent])) };
}

/** Brings the current round's draft claims whose amount still is what `before` gave to the new total × percent. */
export function followDraftClaims(changes: CaseChanges, before: ClaimBasis): void {
  const view = changes.view;
  const total = costTotals(ofRound(view, view.costs)).total;
  for (const claim of ofRound(view, view.supplierClaims)) {
    if (claim.status !== 'draft') continue;
    const share = live(view.shares).find((x) => x.id === claim.shareId);
    if (!share) continue;
    const previous = supplierClaimAmount(before.total, before.percent.get(share.id) ?? share.percent);
    if (claim.amountFen !== previous) continue;
    changes.change('supplierClaim', claim, { ...claim, amountFen: supplierClaimAmount(total, share.percent) });
  }
}

/** The draft claim of a share that names a supplier. */
export function createDraftClaim(changes: CaseChanges, ctx: CommandContext, share: ResponsibilityShare): SupplierClaim {
  const view = changes.view;
  const claim: SupplierClaim = {
    id: ctx.newId(),
    caseId: share.caseId,
    round: share.round,
    shareId: share.id,
    supplierName: share.supplierName.trim(),
    amountFen: supplierClaimAmount(costTotals(ofRound(view, view.costs)).total, share.percent),
    status: 'draft',
    note: '',
    deleted: false,
  };
  return changes.create('supplierClaim', claim);
}
