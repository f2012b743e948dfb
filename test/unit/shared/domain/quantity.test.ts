import { describe, expect, it } from 'vitest';
import { parsePercent, parseQuantity, parseRequiredQuantity } from '../../../../shared/domain/quantity';
import { validateIntake } from '../../../../shared/domain/intakeValidation';

describe('the one quantity parser (intake, lifecycle and 8D forms)', () => {
  it('reads ASCII and full-width digits, signs and points', () => {
    expect(parseQuantity('12')).toBe(12);
    expect(parseQuantity('１２')).toBe(12);
    expect(parseQuantity('２．５')).toBe(2.5);
    expect(parseQuantity('－３')).toBe(-3);
  });

  it('drops thousands separators and blanks (full-width ones too)', () => {
    expect(parseQuantity('1,000')).toBe(1000);
    expect(parseQuantity('１，０００')).toBe(1000);
    expect(parseQuantity(' 1 000\u3000')).toBe(1000);
  });

  it("blank is not given; the required form of it is NaN ('required')", () => {
    expect(parseQuantity('')).toBeNull();
    expect(parseQuantity('  ')).toBeNull();
    expect(parseRequiredQuantity('')).toBeNaN();
  });

  it('passes negatives and decimals on for validation to refuse; anything else is NaN', () => {
    expect(parseQuantity('-3')).toBe(-3);
    expect(parseQuantity('2.5')).toBe(2.5);
    expect(parseQuantity('12件')).toBeNaN();
    expect(parseQuantity('1e3')).toBeNaN();
    expect(parseQuantity('--3')).toBeNaN();
  });

  it('a percent may end in % or ％', () => {
    expect(parsePercent('33.3%')).toBe(33.3);
    expect(parsePercent('５０％')).toBe(50);
    expect(parsePercent('')).toBeNaN();
  });

  it('the intake refuses what the parser passes on: a negative, a fraction', () => {
    const now = new Date('2026-11-23T12:00:00+08:00');
    const intake = (quantityDelivered: number | null) =>
      validateIntake(
        {
          customerName: '客户', contactPerson: '', contactChannel: 'phone', contactDetail: '', market: 'domestic', productModel: 'KX', partNumber: '',
          orderNumber: '', lotNumber: '', shipDate: null, receivedAt: '2026-11-23T09:00:00+08:00', foundAt: 'incoming_inspection', occurrence: 'first',
          quantityDelivered, quantityInspected: null, quantityDefective: 1, quantityPending: false, defectDescription: '开裂', customerRequests: ['analysis'],
        } as never,
        now,
      ).quantityDelivered;
    expect(intake(parseQuantity('－３'))).toBe('negative');
    expect(intake(parseQuantity('２．５'))).toBe('notAnInteger');
    expect(intake(parseQuantity('１２'))).toBeUndefined();
  });
});
