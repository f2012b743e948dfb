/**
 * Loss amounts (损失核算) of the selected complaints, in fen (integers, so
 * sums are exact): total = Σ of every live cost of every round; byKind =
 * that sum per cost kind; byDepartment = per bearing department (key '' =
 * not assigned yet). Both breakdowns sum to total.
 */
import type { StatsRow } from './rows';
import { Tally, type BreakdownItem } from './tally';

export interface LossStats {
  totalFen: number;
  /** count = fen. */
  byKind: BreakdownItem[];
  /** count = fen; key = department, '' = not assigned. */
  byDepartment: BreakdownItem[];
  /** Selected complaints with at least one cost. */
  casesWithCosts: number;
}

export function lossCollector() {
  let total = 0;
  let cases = 0;
  const kind = new Tally();
  const department = new Tally();
  return {
    add(row: StatsRow): void {
      const costs = row.costs ?? [];
      if (costs.length > 0) cases++;
      for (const c of costs) {
        total += c.amountFen;
        kind.add(c.kind, c.kind, c.amountFen);
        const d = c.department ?? '';
        department.add(d, d, c.amountFen);
      }
    },
    result: (): LossStats => ({ totalFen: total, byKind: kind.items(), byDepartment: department.items(), casesWithCosts: cases }),
  };
}
