import { describe, expect, it } from 'vitest';
import { emptyIntake, type CaseIntake } from '../../../../shared/domain/case';
import { hasErrors, isPlainDate as isIsoDate } from '../../../../shared/domain/field-checks';
import { isIsoDateTime, showsCounter, TEXT_LIMITS, validateIntake, type ValidationCode } from '../../../../shared/domain/intakeValidation';

const NOW = new Date('2026-11-23T10:00:00+08:00');

function valid(over: Partial<CaseIntake> = {}): CaseIntake {
  return {
    ...emptyIntake('2026-11-23T09:30:00+08:00'),
    customerName: '宁波某电器有限公司',
    productModel: 'KX-200',
    defectDescription: '外壳开裂',
    customerRequests: ['return'],
    quantityDelivered: 1000,
    quantityInspected: 200,
    quantityDefective: 12,
    shipDate: '2026-11-01',
    ...over,
  };
}

/** Invalid input that is typed as valid (what a bad import or a tampered form could deliver). */
function loose<T>(value: unknown): T {
  return value as T;
}

describe('validateIntake', () => {
  it('accepts a complete intake', () => {
    expect(validateIntake(valid(), NOW)).toEqual({});
    expect(hasErrors(validateIntake(valid(), NOW))).toBe(false);
  });

  const cases: [string, Partial<CaseIntake>, Partial<Record<keyof CaseIntake, ValidationCode>>][] = [
    ['required customer', { customerName: '  ' }, { customerName: 'required' }],
    ['required model', { productModel: '' }, { productModel: 'required' }],
    ['required description', { defectDescription: '\n' }, { defectDescription: 'required' }],
    ['tooLong', { customerName: 'x'.repeat((TEXT_LIMITS.customerName ?? 0) + 1) }, { customerName: 'tooLong' }],
    ['tooLong description', { defectDescription: '缺'.repeat(10_001) }, { defectDescription: 'tooLong' }],
    ['a 10,000-character description (an email pasted whole)', { defectDescription: '缺'.repeat(10_000) }, {}],
    ['notAnInteger', { quantityDelivered: 10.5 }, { quantityDelivered: 'notAnInteger' }],
    ['negative', { quantityDefective: -1 }, { quantityDefective: 'negative' }],
    ['inspectedExceedsDelivered', { quantityInspected: 1001 }, { quantityInspected: 'inspectedExceedsDelivered' }],
    ['defectiveExceedsInspected', { quantityDefective: 201 }, { quantityDefective: 'defectiveExceedsInspected' }],
    ['defective against delivered when nothing was inspected', { quantityInspected: null, quantityDefective: 1001 }, { quantityDefective: 'defectiveExceedsInspected' }],
    ['invalidDate', { shipDate: '2026-02-30' }, { shipDate: 'invalidDate' }],
    ['invalidDate format', { shipDate: '2026/11/01' }, { shipDate: 'invalidDate' }],
    ['invalidDateTime', { receivedAt: '2026-11-23 09:30' }, { receivedAt: 'invalidDateTime' }],
    ['invalidDateTime without offset', { receivedAt: '2026-11-23T09:30:00' }, { receivedAt: 'invalidDateTime' }],
    ['invalidDateTime bad hour', { receivedAt: '2026-11-23T25:00:00+08:00' }, { receivedAt: 'invalidDateTime' }],
    ['required receivedAt', { receivedAt: '' }, { receivedAt: 'required' }],
    ['shipDateAfterReceived', { shipDate: '2026-11-24' }, { shipDate: 'shipDateAfterReceived' }],
    ['receivedInFuture', { receivedAt: '2026-11-23T10:11:00+08:00' }, { receivedAt: 'receivedInFuture' }],
    ['invalidChoice channel', { contactChannel: loose('telegram') }, { contactChannel: 'invalidChoice' }],
    ['invalidChoice market', { market: loose('moon') }, { market: 'invalidChoice' }],
    ['invalidChoice foundAt', { foundAt: loose('x') }, { foundAt: 'invalidChoice' }],
    ['invalidChoice occurrence', { occurrence: loose('x') }, { occurrence: 'invalidChoice' }],
    ['invalidChoice request', { customerRequests: loose(['return', 'free_beer']) }, { customerRequests: 'invalidChoice' }],
    ['requestRequired', { customerRequests: [] }, { customerRequests: 'requestRequired' }],
    ['quantityRequired', { quantityDefective: null }, { quantityDefective: 'quantityRequired' }],
  ];

  it.each(cases)('%s', (_name, over, expected) => {
    expect(validateIntake(valid(over), NOW)).toEqual(expected);
  });

  it('allows a few minutes of clock slack for receivedAt', () => {
    expect(validateIntake(valid({ receivedAt: '2026-11-23T10:09:00+08:00' }), NOW)).toEqual({});
  });

  it('compares the ship date with the received date as written (not UTC)', () => {
    // received 00:30 on the 24th China time is still the 23rd in UTC; shipping on the 24th is fine
    const now = new Date('2026-11-24T01:00:00+08:00');
    expect(validateIntake(valid({ receivedAt: '2026-11-24T00:30:00+08:00', shipDate: '2026-11-24' }), now)).toEqual({});
  });

  it('does not check the ship date against an invalid receivedAt', () => {
    expect(validateIntake(valid({ receivedAt: 'garbage', shipDate: '2999-01-01' }), NOW)).toEqual({ receivedAt: 'invalidDateTime' });
  });

  it('lets "quantity not yet known" (客户加工中未确定) go without a defective count', () => {
    expect(validateIntake(valid({ quantityPending: true, quantityDefective: null, quantityInspected: null, quantityDelivered: null }), NOW)).toEqual({});
  });

  it('does not report a second error against a sample size that is itself invalid', () => {
    expect(validateIntake(valid({ quantityInspected: 2.5, quantityDefective: 3 }), NOW)).toEqual({ quantityInspected: 'notAnInteger' });
    expect(validateIntake(valid({ quantityInspected: null, quantityDelivered: -5, quantityDefective: 3 }), NOW)).toEqual({ quantityDelivered: 'negative' });
  });

  it('reports several fields at once', () => {
    const errors = validateIntake(emptyIntake('2026-11-23T09:30:00+08:00'), NOW);
    expect(errors).toEqual({
      customerName: 'required',
      productModel: 'required',
      defectDescription: 'required',
      customerRequests: 'requestRequired',
      quantityDefective: 'quantityRequired',
    });
  });
});

describe('date helpers', () => {
  it('isIsoDate checks the calendar', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
  it('isIsoDateTime needs an offset and a real date', () => {
    expect(isIsoDateTime('2026-11-23T09:30Z')).toBe(true);
    expect(isIsoDateTime('2026-11-23T09:30:00.123+08:00')).toBe(true);
    expect(isIsoDateTime('2026-02-30T09:30:00+08:00')).toBe(false);
  });
});

describe('the counter under a limited text field', () => {
  it('shows from 80 % of the limit on, and over it', () => {
    expect(showsCounter(7_999, 10_000)).toBe(false);
    expect(showsCounter(8_000, 10_000)).toBe(true);
    expect(showsCounter(12_000, 10_000)).toBe(true);
    expect(showsCounter(500, undefined)).toBe(false);
  });
});
