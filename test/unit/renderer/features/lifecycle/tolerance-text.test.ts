// The case page's tolerance warning names the tolerance it was checked against: the office's or the customer's own.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { toleranceLimitText } from '../../../../../renderer/features/lifecycle/toleranceText';
import { en } from '../../../../../renderer/i18n/en';
import { zhCN } from '../../../../../renderer/i18n/zh-CN';
import { officeTolerance, receivingToleranceOf } from '../../../../../shared/domain/master-data/customer-rules';

describe('tolerance warning text', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, interpolation: { escapeValue: false } });
  });
  const hw = receivingToleranceOf(5, { kind: 'customer', name: '华为电子', toleranceOverPercent: 3, toleranceUnderPercent: 2 });

  it("says the customer's agreed tolerance with its name, or the office's", () => {
    expect(toleranceLimitText(i18next.t, hw)).toBe('超出客户约定的允差 +3% / −2%（华为电子）');
    expect(toleranceLimitText(i18next.t, officeTolerance(5))).toBe('超出允许偏差 ±5%');
    expect(toleranceLimitText(i18next.t, { ...hw, customerName: '' })).toBe('超出客户约定的允差 +3% / −2%');
    expect(i18next.t('lc.returns.toleranceWarning', { line: '明细 1', received: 97, approved: 100, diff: -3, percent: -3, limit: toleranceLimitText(i18next.t, hw) })).toBe(
      '明细 1：实收 97，批准 100，差异 -3（-3%），超出客户约定的允差 +3% / −2%（华为电子）。',
    );
  });

  it('in English too', () => {
    const t = i18next.getFixedT('en');
    expect(toleranceLimitText(t, hw)).toBe("outside the customer's agreed tolerance of +3 % / −2 % (华为电子)");
    expect(toleranceLimitText(t, officeTolerance(2.5))).toBe('outside the tolerance of ±2.5 %');
  });
});
