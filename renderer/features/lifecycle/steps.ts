/**
 * The step indicator's view model: which steps the case walks (path A skips
 * approval and the return steps; B/C go through them; before the decision
 * the full path is shown), and where the case is now. Pure.
 */
import type { Decision } from '../../../shared/domain/lifecycle/records';
import { CASE_STATES, type CaseState } from '../../../shared/domain/lifecycle/states';

const RETURN_STEPS: ReadonlySet<CaseState> = new Set(['approval', 'return_logistics', 'receiving', 'inspection', 'disposition']);

export type LifecyclePath = 'A' | 'BC' | 'unknown';

export interface StepsView {
  path: LifecyclePath;
  steps: CaseState[];
  /** Index of the current state in `steps` (-1 never happens: the full path is used then). */
  activeIndex: number;
}

export function lifecycleSteps(state: CaseState, decision: Decision | null): StepsView {
  const path: LifecyclePath = decision === null ? 'unknown' : decision === 'A' ? 'A' : 'BC';
  let steps = path === 'A' ? CASE_STATES.filter((s) => !RETURN_STEPS.has(s)) : [...CASE_STATES];
  if (!steps.includes(state)) steps = [...CASE_STATES];
  return { path, steps, activeIndex: steps.indexOf(state) };
}
