/** Which receiving tolerance a warning was checked against, in words: the office's ±% or the case customer's own +% / −% (with its name). */
import type { TFunction } from 'i18next';
import type { ReceivingTolerance } from '../../../shared/domain/master-data/customer-rules';

export function toleranceLimitText(t: TFunction, tolerance: ReceivingTolerance): string {
  if (tolerance.source === 'office') return t('lc.returns.toleranceOffice', { tolerance: tolerance.overPercent });
  const limits = { over: tolerance.overPercent, under: tolerance.underPercent };
  return tolerance.customerName ? t('lc.returns.toleranceCustomer', { ...limits, customer: tolerance.customerName }) : t('lc.returns.toleranceCustomerUnnamed', limits);
}
