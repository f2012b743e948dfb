/** How the statistics page writes its numbers: rates as percent, money in yuan, durations in hours or days; '—' where there is nothing to divide. Pure. */
import type { TFunction } from 'i18next';
import { formatYuan } from '../../../shared/domain/lifecycle/money';

export const rateText = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
export const yuanText = (fen: number): string => formatYuan(fen);
/** Weighted case counts (responsibility ratios) with up to two decimals. */
export const weightText = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(2));

const HOUR = 3_600_000;
export function durationText(ms: number | null, t: TFunction): string {
  if (ms === null) return '—';
  if (ms < 48 * HOUR) return t('statistics.hours', { count: Math.round((ms / HOUR) * 10) / 10 });
  return t('statistics.days', { count: Math.round((ms / (24 * HOUR)) * 10) / 10 });
}
