/**
 * Commands of the effect check after closure (effect-check.ts): setting its
 * due date on a closed case, and recording the check — effective (the case
 * stays closed), or not effective, which re-opens the case as a new round
 * (transition effect_failed, the note as its reason) in the same write.
 * Closing sets the due date (effect-check.ts closedEffectCheck, in transitionInto).
 */
import { factoryDate } from '../../factory-calendar';
import { hasErrors } from '../../field-checks';
import { validateEffectCheck, validateEffectCheckDue, type EffectCheck, type EffectCheckInput } from '../effect-check';
import { closedAtOf } from '../projection';
import { transitionInto } from './case-lifecycle';
import { CaseChanges, invalid, isRefused, type CommandContext, type Performed } from './command';

const notClosed = () => invalid({ effectCheck: 'notClosed' });

export function setEffectCheckDue(ctx: CommandContext, date: string): Performed<string> {
  const lc = ctx.view.lifecycle;
  if (lc.state !== 'closed') return notClosed();
  if (lc.effectCheck) return invalid({ effectCheck: 'alreadyChecked' });
  const closedAt = closedAtOf(ctx.view);
  const errors = validateEffectCheckDue(date, closedAt ? factoryDate(Date.parse(closedAt)) : '');
  if (hasErrors(errors)) return invalid(errors);
  const changes = new CaseChanges(ctx.view);
  changes.setLifecycle({ effectCheckDueDate: date });
  return changes.done(date);
}

export function recordEffectCheck(ctx: CommandContext, input: EffectCheckInput): Performed<EffectCheck> {
  const lc = ctx.view.lifecycle;
  if (lc.state !== 'closed') return notClosed();
  if (lc.effectCheck) return invalid({ effectCheck: 'alreadyChecked' });
  const clean: EffectCheckInput = { result: input.result, checkedOn: input.checkedOn, note: typeof input.note === 'string' ? input.note.trim() : input.note };
  const errors = validateEffectCheck(clean, factoryDate(Date.parse(ctx.at)));
  if (hasErrors(errors)) return invalid(errors);
  const check: EffectCheck = { ...clean, checkedBy: ctx.user };
  const changes = new CaseChanges(ctx.view);
  changes.setLifecycle({ effectCheck: check });
  if (check.result === 'ineffective') {
    const reopened = transitionInto(changes, ctx, { action: 'effect_failed', reason: check.note });
    if (isRefused(reopened)) return reopened;
  }
  return changes.done(check);
}
