/** Commands on the costs of a case (损失核算): each change carries the draft supplier claims along. */
import { hasErrors, pick } from '../../field-checks';
import { validateCost } from '../costs';
import { DEPARTMENTS, type CostInput, type CostRecord } from '../records';
import { withTextLimits } from '../text-limits';
import { CaseChanges, invalid, type CommandContext, type Performed, type Seen } from './command';
import { claimBasis, followDraftClaims } from './supplier-claims';

const COST_KEYS = ['kind', 'amountFen', 'department', 'note'] as const;

function costErrors(fields: CostInput) {
  const errors = validateCost(fields);
  if (fields.department !== null && !DEPARTMENTS.includes(fields.department)) errors.department = 'invalid';
  return errors;
}

export function addCost(ctx: CommandContext, input: CostInput): Performed<CostRecord> {
  const fields: CostInput = { department: null, note: '', ...pick(input, COST_KEYS) } as CostInput;
  const errors = withTextLimits(costErrors(fields), fields);
  if (hasErrors(errors)) return invalid(errors);
  const record: CostRecord = { id: ctx.newId(), caseId: ctx.caseFacts.id, round: ctx.view.lifecycle.round, ...fields, deleted: false };
  const changes = new CaseChanges(ctx.view);
  changes.create('cost', record);
  followDraftClaims(changes, claimBasis(ctx.view));
  return changes.done(record);
}

export function updateCost(ctx: CommandContext, existing: CostRecord, patch: Partial<CostInput>, seen?: Seen): Performed<CostRecord> {
  const picked = pick(patch, COST_KEYS);
  const next: CostRecord = { ...existing, ...picked };
  const errors = withTextLimits(costErrors(next), picked);
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  const saved = changes.change('cost', existing, next, seen);
  followDraftClaims(changes, claimBasis(ctx.view));
  return changes.done(saved);
}

export function removeCost(ctx: CommandContext, existing: CostRecord): Performed<void> {
  const changes = new CaseChanges(ctx.view);
  changes.remove('cost', existing);
  followDraftClaims(changes, claimBasis(ctx.view));
  return changes.done(undefined);
}
