/**
 * From a statistics group to the ledger: the ledger's filters that show the
 * cases a breakdown row counts — received in the period and in the group
 * (a master-data entry by its id, free text by its name, an enum by its
 * value). Only for the 'received' basis: the ledger filters by the date
 * received, not by the date closed. Pure.
 */
import { factoryDate, type InstantRange } from '../../../shared/domain/factory-calendar';
import type { Department } from '../../../shared/domain/lifecycle/records';
import type { Severity } from '../../../shared/domain/lifecycle/triage';
import { EMPTY_FILTERS, type LedgerFilters } from '../../state/ledger-filter';

export type LinkedGroup = 'customer' | 'model' | 'defectType' | 'severity' | 'department';

/** The filters of one group's cases, or null when the ledger cannot show exactly them (no group recorded). */
export function ledgerFiltersFor(group: LinkedGroup, key: string, label: string, range: InstantRange): LedgerFilters | null {
  if (key === '') return null;
  const base: LedgerFilters = { ...EMPTY_FILTERS, receivedFrom: factoryDate(range.from), receivedTo: factoryDate(range.to - 1) };
  const entryId = key.startsWith('id:') ? key.slice(3) : '';
  switch (group) {
    case 'customer':
      return entryId ? { ...base, customerEntry: entryId } : { ...base, customer: label };
    case 'model':
      return entryId ? { ...base, modelEntry: entryId } : { ...base, model: label };
    case 'defectType':
      return entryId ? { ...base, defectTypeEntry: entryId } : null;
    case 'severity':
      return { ...base, severity: key as Severity };
    case 'department':
      return { ...base, department: key as Department };
  }
}
