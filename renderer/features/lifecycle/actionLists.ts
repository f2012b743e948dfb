/**
 * Which lifecycle actions the case page offers as buttons, and whose missing
 * reasons it lists. Approve/reject are made by approval records (decision
 * tab), not by a button; a rejection is not "missing" for moving on. Pure.
 */
import type { ActionAvailability, LifecycleAction, MissingReason } from '../../../shared/domain/lifecycle/states';

const NOT_A_BUTTON: ReadonlySet<LifecycleAction> = new Set(['approve', 'reject']);
/** Branches that are not the way forward: their missing reasons would only confuse. */
const NOT_FORWARD: ReadonlySet<LifecycleAction> = new Set(['reject', 'send_back', 'new_round', 'reopen']);

/** Buttons: the allowed actions, forward ones first, send back last. */
export function actionButtons(available: readonly ActionAvailability[]): ActionAvailability[] {
  return available
    .filter((a) => a.allowed && !NOT_A_BUTTON.has(a.action))
    .sort((a, b) => Number(a.action === 'send_back') - Number(b.action === 'send_back'));
}

/** What the forward actions that are not allowed yet still miss (e.g. closing while a follow-up is possible), without duplicates. */
export function forwardMissing(available: readonly ActionAvailability[]): MissingReason[] {
  const forward = available.filter((a) => !NOT_FORWARD.has(a.action) && !a.allowed);
  const seen = new Set<string>();
  const out: MissingReason[] = [];
  for (const a of forward)
    for (const m of a.missing) {
      const key = `${m.code}|${m.lineId ?? ''}|${JSON.stringify(m.params ?? {})}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
  return out;
}

/** Actions whose dialog asks for a reason. */
export const REASON_ACTIONS: ReadonlySet<LifecycleAction> = new Set(['send_back', 'reopen', 'new_round', 'reject']);
