/**
 * Money on return lines (issue 19.2; seed 000 RMA §4.2, 002 销货退回): each
 * line's unit price (fen, per piece) and currency; the amount credited for a
 * line is its unit price × the quantity credited — what was received into
 * stock once counted (the goods accepted back), else the approved quantity
 * (the amount expected). The refund / credit-note total is summed per
 * currency (never adding yuan to dollars). Lines without a price count
 * nowhere and are reported as such. Pure.
 */
import { CURRENCIES, DEFAULT_CURRENCY, type Currency } from './currency';
import type { Fen } from './money';
import type { ReturnLine } from './records';


type PricedLine = Pick<ReturnLine, 'quantityApproved' | 'quantityReceived' | 'unitPriceFen' | 'currency' | 'deleted'>;

export const creditedQuantity = (line: Pick<ReturnLine, 'quantityApproved' | 'quantityReceived'>): number => line.quantityReceived ?? line.quantityApproved;

/** The line's amount in fen of its currency, or null when it has no price. */
export function lineAmountFen(line: PricedLine): Fen | null {
  if (line.unitPriceFen === null || line.unitPriceFen === undefined) return null;
  return line.unitPriceFen * creditedQuantity(line);
}

export interface LineMoney {
  /** Per currency, in the order of CURRENCIES. */
  totals: { currency: Currency; amountFen: Fen }[];
  /** Live lines without a unit price. */
  unpriced: number;
}

export function returnLineMoney(lines: readonly PricedLine[]): LineMoney {
  const sums = new Map<Currency, Fen>();
  let unpriced = 0;
  for (const line of lines) {
    if (line.deleted) continue;
    const amount = lineAmountFen(line);
    if (amount === null) {
      unpriced++;
      continue;
    }
    const currency = line.currency ?? DEFAULT_CURRENCY;
    sums.set(currency, (sums.get(currency) ?? 0) + amount);
  }
  return { totals: CURRENCIES.filter((c) => sums.has(c)).map((currency) => ({ currency, amountFen: sums.get(currency)! })), unpriced };
}
