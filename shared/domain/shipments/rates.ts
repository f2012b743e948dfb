/**
 * 客诉率 and PPM (issue 17.3), one definition each:
 *  - complaint rate = complaints ÷ lots shipped (a share, e.g. 0.004 = 0.4 %);
 *  - PPM = defective pieces ÷ pieces shipped × 1,000,000;
 * both null (shown as —) when nothing was shipped: never a division by zero,
 * never a misleading 0. Complaints arrive months after the shipment, so both
 * are also given over a moving window of the last 6 or 12 months (sums of
 * the window's complaints and shipments, then the ratio). Pure.
 */

/** What one month (of one customer / model, or all) adds up to. */
export interface MonthFigures {
  complaints: number;
  defective: number;
  quantityShipped: number;
  lotsShipped: number;
}

export const EMPTY_FIGURES: MonthFigures = { complaints: 0, defective: 0, quantityShipped: 0, lotsShipped: 0 };

export function complaintRate(f: Pick<MonthFigures, 'complaints' | 'lotsShipped'>): number | null {
  return f.lotsShipped > 0 ? f.complaints / f.lotsShipped : null;
}

export function ppm(f: Pick<MonthFigures, 'defective' | 'quantityShipped'>): number | null {
  return f.quantityShipped > 0 ? (f.defective / f.quantityShipped) * 1_000_000 : null;
}

/** yyyy-mm of the month `offset` months after `month` (negative: before). */
export function addMonths(month: string, offset: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The sums of the `window` months ending with `month` (inclusive); a month without figures adds nothing. */
export function movingTotal(byMonth: ReadonlyMap<string, MonthFigures>, month: string, window: number): MonthFigures {
  const sum = { ...EMPTY_FIGURES };
  for (let i = 0; i < window; i++) {
    const f = byMonth.get(addMonths(month, -i));
    if (!f) continue;
    sum.complaints += f.complaints;
    sum.defective += f.defective;
    sum.quantityShipped += f.quantityShipped;
    sum.lotsShipped += f.lotsShipped;
  }
  return sum;
}

/** One month's rates: its own, and over the last 6 and 12 months. */
export interface MonthRates {
  month: string;
  figures: MonthFigures;
  complaintRate: number | null;
  ppm: number | null;
  complaintRate6: number | null;
  ppm6: number | null;
  complaintRate12: number | null;
  ppm12: number | null;
}

/** The rates of each month from `first` to `last` (yyyy-mm, inclusive), in order. */
export function monthlyRates(byMonth: ReadonlyMap<string, MonthFigures>, first: string, last: string): MonthRates[] {
  const out: MonthRates[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) {
    const figures = byMonth.get(month) ?? EMPTY_FIGURES;
    const six = movingTotal(byMonth, month, 6);
    const twelve = movingTotal(byMonth, month, 12);
    out.push({ month, figures, complaintRate: complaintRate(figures), ppm: ppm(figures), complaintRate6: complaintRate(six), ppm6: ppm(six), complaintRate12: complaintRate(twelve), ppm12: ppm(twelve) });
  }
  return out;
}
