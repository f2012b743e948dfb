/**
 * How a stored field value reads to a clerk: choices translated, lists
 * joined, dates local, empty as —. Used by the case view and its history.
 */
import type { TFunction } from 'i18next';
import type { JsonValue } from '../../shared/sync/op';
import { entryLabel } from '../../shared/domain/master-data/entry';
import { useMasterDataStore } from '../state/master-data-store';
import { formatDateTime } from './dates';

const CHOICE_FIELDS = new Set(['contactChannel', 'market', 'foundAt', 'occurrence', 'customerRequests']);
const DATE_TIME_FIELDS = new Set(['receivedAt', 'createdAt', 'updatedAt']);
/** Master-data entry ids of a case: shown as the entry ("外观 / 划伤"), the id itself while the entries are not loaded. */
const ENTRY_FIELDS = new Set(['customerId', 'productModelId', 'defectTypeId']);

function entryName(id: string): string {
  const { entries } = useMasterDataStore.getState();
  const entry = entries.find((e) => e.id === id);
  return entry ? entryLabel(entry, entries) : id;
}

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
    if (ENTRY_FIELDS.has(field)) return entryName(value);
    return value;
  }
  return JSON.stringify(value);
}

/** The translated label of a field, or its name when it has none. */
export function fieldLabel(field: string, t: TFunction): string {
  return t(`fields.${field}` as 'fields.id', { defaultValue: field });
}
