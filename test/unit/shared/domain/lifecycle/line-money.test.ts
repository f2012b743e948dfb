import { describe, expect, it } from 'vitest';
import { creditedQuantity, lineAmountFen, returnLineMoney } from '../../../../../shared/domain/lifecycle/line-money';
import { validateReturnLine } from '../../../../../shared/domain/lifecycle/returns';

const line = (over: Parameters<typeof returnLineMoney>[0][number] extends infer L ? Partial<L> : never) => ({ quantityApproved: 100, quantityReceived: null, unitPriceFen: 1250, currency: 'CNY' as const, deleted: false, ...over });

describe('money on return lines', () => {
  it('credits the unit price × what was received once counted, else × the approved quantity', () => {
    expect(creditedQuantity({ quantityApproved: 100, quantityReceived: null })).toBe(100);
    expect(creditedQuantity({ quantityApproved: 100, quantityReceived: 97 })).toBe(97);
    expect(lineAmountFen(line({}))).toBe(125_000);
    expect(lineAmountFen(line({ quantityReceived: 97 }))).toBe(121_250);
    expect(lineAmountFen(line({ quantityReceived: 0 }))).toBe(0);
    expect(lineAmountFen(line({ unitPriceFen: null }))).toBeNull();
    // A line written before prices existed has none.
    expect(lineAmountFen({ quantityApproved: 5, quantityReceived: null, deleted: false })).toBeNull();
  });

  it('sums per currency, never yuan with dollars, and counts the lines without a price', () => {
    const money = returnLineMoney([
      line({}),
      line({ currency: 'USD', unitPriceFen: 300, quantityApproved: 10 }),
      line({ quantityReceived: 10 }),
      line({ unitPriceFen: null }),
      line({ deleted: true }),
      { quantityApproved: 1, quantityReceived: null, unitPriceFen: 99, deleted: false },
    ]);
    expect(money).toEqual({ totals: [{ currency: 'CNY', amountFen: 125_000 + 12_500 + 99 }, { currency: 'USD', amountFen: 3_000 }], unpriced: 1 });
  });

  it('a price is fen ≥ 0 and the currency one of the list', () => {
    const base = { productModel: 'HX-1', partNumber: '', lotNumber: '', quantityApproved: 10, reason: '' };
    expect(validateReturnLine({ ...base, unitPriceFen: 1250, currency: 'USD' })).toEqual({});
    expect(validateReturnLine({ ...base, unitPriceFen: null })).toEqual({});
    expect(validateReturnLine({ ...base, unitPriceFen: -1 })).toEqual({ unitPriceFen: 'negative' });
    expect(validateReturnLine({ ...base, unitPriceFen: 12.5 })).toEqual({ unitPriceFen: 'notFen' });
    expect(validateReturnLine({ ...base, currency: 'GBP' as 'CNY' })).toEqual({ currency: 'invalid' });
  });
});
