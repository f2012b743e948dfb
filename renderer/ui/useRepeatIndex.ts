/**
 * The repeat complaints of the loaded ledger for a page (ledger marks and
 * filter, case page). The index is the ledger store's: built once per load or
 * change of the master data or the office's window, then kept up to date by
 * each save. This hook subscribes to those so the page redraws when it
 * changes. A large ledger's build waits for the task after the render that
 * shows its rows (the marks come a moment after the rows, the rows do not
 * wait for them); meanwhile the previous index is shown.
 */
import { useEffect, useRef, useState } from 'react';
import { findRepeats, type RepeatIndex } from '../../shared/domain/repeats';
import { ledgerStore, useLedgerStore } from '../state/ledger-store';
import { useMasterDataStore } from '../state/master-data-store';
import { useSessionStore } from '../state/session-store';

/** Up to this many rows the index is built during the render (a few ms). */
const BUILD_IN_RENDER_MAX_ROWS = 20_000;
const NO_REPEATS = findRepeats([], () => null);

export function useRepeatIndex(): RepeatIndex {
  const version = useLedgerStore((s) => s.rowsVersion);
  const rowCount = useLedgerStore((s) => s.entries.length);
  const master = useMasterDataStore((s) => s.entries);
  const windowDays = useSessionStore((s) => s.settings?.repeatWindowDays);
  const [, built] = useState(0);
  const shown = useRef<RepeatIndex>(NO_REPEATS);
  const store = ledgerStore.getState();
  const ready = store.repeatsIfReady() ?? (rowCount <= BUILD_IN_RENDER_MAX_ROWS ? store.repeats() : null);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => {
      ledgerStore.getState().repeats();
      built((n) => n + 1);
    }, 0);
    return () => clearTimeout(timer);
  }, [ready, version, master, windowDays]);
  if (ready) shown.current = ready;
  return shown.current;
}
