/**
 * Responsibility with ratios (责任归属及比率, seed 003 §九.10), over the
 * selected complaints:
 *  - a case's weight for a department = its share's percent ÷ the sum of
 *    the case's percents (shares sum to 100 once decided, so 70 % 采购 +
 *    30 % 品质 counts 0.7 + 0.3); a case counts 1 in all, so the department
 *    counts sum to casesWithShares; ratio = count ÷ casesWithShares;
 *  - by supplier: the weights of the purchasing shares, grouped by supplier
 *    name (master data merges spellings; '' = no supplier named);
 *  - casesWithoutShares: selected complaints with no responsibility yet.
 * Percents are summed in tenths (they have at most one decimal), so the
 * weights of one case are exact fractions of its total.
 */
import type { Department } from '../lifecycle/records';
import type { NameResolver } from './names';
import type { StatsRow } from './rows';
import { Tally, type BreakdownItem } from './tally';

export interface RatioItem extends BreakdownItem {
  /** count ÷ casesWithShares (0–1); null when no case has shares. */
  ratio: number | null;
}

export interface ResponsibilityStats {
  casesWithShares: number;
  casesWithoutShares: number;
  /** key = department; count = weighted cases. */
  byDepartment: RatioItem[];
  /** Purchasing shares only; key = names.ts supplier group. */
  bySupplier: RatioItem[];
}

const tenths = (percent: number): number => (Number.isFinite(percent) ? Math.round(percent * 10) : 0);

/** The weight of each share of a case: percent ÷ Σ percents; [] when the case has no (positive) shares. */
export function shareWeights(shares: readonly { percent: number }[]): number[] {
  let total = 0;
  for (const s of shares) total += Math.max(0, tenths(s.percent));
  return total > 0 ? shares.map((s) => Math.max(0, tenths(s.percent)) / total) : [];
}

export function responsibilityCollector(supplier: NameResolver) {
  let withShares = 0;
  let without = 0;
  const department = new Tally();
  const suppliers = new Tally();
  return {
    add(row: StatsRow): void {
      const shares = row.shares ?? [];
      let total = 0;
      for (const s of shares) total += Math.max(0, tenths(s.percent));
      if (total <= 0) {
        without++;
        return;
      }
      withShares++;
      for (const s of shares) {
        const w = Math.max(0, tenths(s.percent)) / total;
        if (w === 0) continue;
        department.add(s.department, s.department, w);
        if (s.department === ('purchasing' satisfies Department)) {
          const g = supplier.resolve('', s.supplierName);
          suppliers.add(g.key, g.label, w);
        }
      }
    },
    result(): ResponsibilityStats {
      const ratio = (items: BreakdownItem[]): RatioItem[] => items.map((i) => ({ ...i, ratio: withShares > 0 ? i.count / withShares : null }));
      return { casesWithShares: withShares, casesWithoutShares: without, byDepartment: ratio(department.items()), bySupplier: ratio(suppliers.items()) };
    },
  };
}
