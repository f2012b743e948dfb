/**
 * Pareto (柏拉图) of a breakdown: groups largest first with their share and
 * the cumulative share; `vital` marks the groups up to and including the
 * one where the cumulative share first reaches 80 % (the "vital few").
 * share = count ÷ Σ counts; cumulative = Σ shares so far. Empty when Σ = 0.
 */
import { byCountThenKey, type BreakdownItem } from './tally';

export interface ParetoItem extends BreakdownItem {
  share: number;
  cumulative: number;
  vital: boolean;
}

export const PARETO_MARK = 0.8;

export function pareto(items: readonly BreakdownItem[]): ParetoItem[] {
  const total = items.reduce((sum, i) => sum + i.count, 0);
  if (!(total > 0)) return [];
  let running = 0;
  let reached = false;
  return [...items].sort(byCountThenKey).map((i) => {
    running += i.count;
    const vital = !reached;
    const cumulative = running / total;
    if (cumulative >= PARETO_MARK - 1e-12) reached = true;
    return { key: i.key, label: i.label, count: i.count, share: i.count / total, cumulative, vital };
  });
}
