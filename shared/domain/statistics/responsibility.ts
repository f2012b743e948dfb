/**
 * Responsibility with ratios (责任归属及比率, seed 003 §九.10), over the
 * selected complaints:
 *  - a case's weight for a department = its share's percent ÷ 100 (70 %
 *    采购 + 30 % 品质 counts 0.7 + 0.3); while a case's shares sum to less
 *    than 100 the rest counts under key '' (not decided yet); if they sum
 *    to more (two PCs' shares merged) each is percent ÷ the sum. So a case
 *    counts 1 in all and the department counts sum to casesWithShares;
 *    ratio = count ÷ casesWithShares;
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
  /** key = department, '' = the part of cases not decided yet; count = weighted cases. */
  byDepartment: RatioItem[];
  /** Purchasing shares only; key = names.ts supplier group. */
  bySupplier: RatioItem[];
}

const tenths = (percent: number): number => (Number.isFinite(percent) ? Math.round(percent * 10) : 0);

/** Tenths of a percent that make a whole case. */
const WHOLE = 1000;

/** The divisor of a case's share tenths: 100 %, or their sum when it is larger; 0 when the case has no (positive) shares. */
function caseTotal(shares: readonly { percent: number }[]): number {
  let sum = 0;
  for (const s of shares) sum += Math.max(0, tenths(s.percent));
  return sum <= 0 ? 0 : Math.max(sum, WHOLE);
}

export function responsibilityCollector(supplier: NameResolver) {
  let withShares = 0;
  let without = 0;
  const department = new Tally();
  const suppliers = new Tally();
  return {
    add(row: StatsRow): void {
      const shares = row.shares ?? [];
      const total = caseTotal(shares);
      if (total === 0) {
        without++;
        return;
      }
      withShares++;
      let assigned = 0;
      for (const s of shares) {
        const t = Math.max(0, tenths(s.percent));
        if (t === 0) continue;
        assigned += t;
        const w = t / total;
        department.add(s.department, s.department, w);
        if (s.department === ('purchasing' satisfies Department)) {
          const g = supplier.resolve('', s.supplierName);
          suppliers.addGroup(g, w);
        }
      }
      if (assigned < total) department.add('', '', (total - assigned) / total);
    },
    result(): ResponsibilityStats {
      const ratio = (items: BreakdownItem[]): RatioItem[] => items.map((i) => ({ ...i, ratio: withShares > 0 ? i.count / withShares : null }));
      return { casesWithShares: withShares, casesWithoutShares: without, byDepartment: ratio(department.items()), bySupplier: ratio(suppliers.items()) };
    },
  };
}
