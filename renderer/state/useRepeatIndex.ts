/**
 * The repeat complaints of the loaded ledger for a page (ledger chips and
 * filter, case page). The index is the ledger store's, computed once per
 * change of the rows, the master data or the office's window; this hook only
 * subscribes to those three so the page redraws when it changes.
 */
import type { RepeatIndex } from '../../shared/domain/repeats';
import { ledgerStore, useLedgerStore } from './ledger-store';
import { useMasterDataStore } from './master-data-store';
import { useSessionStore } from './session-store';

export function useRepeatIndex(): RepeatIndex {
  useLedgerStore((s) => s.rowsVersion);
  useMasterDataStore((s) => s.entries);
  useSessionStore((s) => s.settings?.repeatWindowDays);
  return ledgerStore.getState().repeats();
}
