/**
 * How a stored field value reads to a clerk: choices translated, lists
 * joined, dates local, empty as —. Used by the case view and its history.
 */
import type { TFunction } from 'i18next';
import type { JsonValue } from '../../shared/sync/op';
import { formatDateTime } from './dates';

const CHOICE_FIELDS = new Set(['contactChannel', 'market', 'foundAt', 'occurrence', 'customerRequests']);
const DATE_TIME_FIELDS = new Set(['receivedAt', 'createdAt', 'updatedAt']);

function choice(field: string, value: string, t: TFunction): string {
  const key = `choices.${field}.${value}`;
  return t(key as 'common.empty', { defaultValue: value });
}

export function formatFieldValue(field: string, value: JsonValue | undefined, t: TFunction): string {
  const empty = t('common.empty');
  if (value === undefined || value === null || value === '') return empty;
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    return value.map((item) => (typeof item === 'string' && CHOICE_FIELDS.has(field) ? choice(field, item, t) : formatFieldValue(field, item, t))).join(t('common.listSeparator'));
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (CHOICE_FIELDS.has(field)) return choice(field, value, t);
    if (DATE_TIME_FIELDS.has(field)) return formatDateTime(value);
    return value;
  }
  return JSON.stringify(value);
}

/** The translated label of a field, or its name when it has none. */
export function fieldLabel(field: string, t: TFunction): string {
  return t(`fields.${field}` as 'fields.id', { defaultValue: field });
}
