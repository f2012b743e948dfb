/**
 * The ledger slice (台账): every live case as a LedgerRow, kept sorted, with
 * a precomputed search key per row, plus the current query and sort. Owns
 * nothing persistent: rows come from the case repository and are patched
 * through one path, apply(), with the rows of the cases the database's
 * change feed names after each committed write or merge (renderer/app/
 * useBackgroundRefresh.ts) — the ledger never re-reads 100,000 cases
 * because one was saved here or ten arrived from the share.
 *
 * load() paints the newest 200 first, then replaces them with the full list,
 * made ready a slice per task (ledger-full-load.ts); changes applied while
 * the full list is being read are re-applied on top of it.
 *
 * Repeat complaints (shared/domain/repeats.ts) are derived from the rows:
 * repeats() builds the index once (after a load, or when the master data or
 * the office's window changed) and hands back the same object until the rows
 * change; apply() then updates only the groups of the changed cases and the
 * index gets a new identity (its maps are shared with the previous one, which
 * must not be kept). Sorting does not touch it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LedgerRow } from '../../shared/domain/ledger-row';
import type { CaseRepository } from '../db/types';
import {
  comparatorFor,
  DEFAULT_SORT,
  EMPTY_FILTERS,
  filterLedger,
  indexRow,
  insertSorted,
  removeSorted,
  matchesLedger,
  narrows,
  sameFilters,
  sortRows,
  type IndexedRow,
  type LedgerFilters,
  type LedgerSort,
  type LedgerSortField,
  type SortDirection,
} from './ledger-filter';
import { searchIndexOf } from './ledger-search-index';
import { applyPending, FULL_LOAD_SLICES, fullLedgerInSlices, indexInto, type FullLedger, type FullLoadSlices } from './ledger-full-load';
import { yieldToEventLoop } from '../../shared/event-loop';
import { sortInSlices } from './sort-in-slices';
import type { MasterEntry } from '../../shared/domain/master-data/entry';
import { useMasterDataStore } from './master-data-store';
import { sessionStore } from './session-store';
import { applyRepeatChanges, DEFAULT_REPEAT_WINDOW_DAYS, findRepeats, repeatKeyer, type RepeatIndex } from '../../shared/domain/repeats';

export const FIRST_PAINT_ROWS = 200;
/** From this many rows, a column click sorts a slice per task instead of in one go (~5 µs a row at once). */
export const SLICED_SORT_MIN_ROWS = 20_000;

export type LedgerStatus = 'idle' | 'loading' | 'partial' | 'complete' | 'error';

export interface LedgerState {
  /** All loaded rows with their search keys, sorted by `sort`. */
  entries: IndexedRow[];
  /** The entries matching `query` and `filters`, in sort order: what the table shows. */
  matched: IndexedRow[];
  query: string;
  /** The filter bar (state, severity, department, overdue, customer, model, received dates). */
  filters: LedgerFilters;
  sort: LedgerSort;
  /** 'partial' while only the newest FIRST_PAINT_ROWS are in. */
  status: LedgerStatus;
  error: string | null;
  /** Bumped whenever rows are added, changed or removed (not by a sort): what derived data (repeats) is keyed by. */
  rowsVersion: number;
  /** The repeat complaints among all loaded rows: built once per load / master data / window change, then kept up to date by apply(). */
  repeats(): RepeatIndex;
  /** The repeat index when it is current (no build needed), else null. */
  repeatsIfReady(): RepeatIndex | null;

  load(repos: { cases: Pick<CaseRepository, 'listRecent' | 'listAll'> }): Promise<void>;
  setQuery(query: string): void;
  /** Changes some filters (the rest stay). */
  setFilters(patch: Partial<LedgerFilters>): void;
  /** Replaces all filters (a saved view, or EMPTY_FILTERS to clear). */
  replaceFilters(filters: LedgerFilters): void;
  /** Sorts by a column; without a direction, clicking the same column again flips it. */
  setSort(field: LedgerSortField, direction?: SortDirection): void;
  /** The one update path: adds or replaces `rows`, drops the cases in `removed` (change feed). */
  apply(rows: readonly LedgerRow[], removed?: readonly string[]): void;
  /** Reads the rows of these cases and applies them (what the change feed calls). */
  refreshRows(repos: { cases: Pick<CaseRepository, 'rowsOf'> }, ids: Iterable<string>): Promise<void>;
}

/** Newest/largest first is what a clerk wants for these columns on first click. */
const DESC_FIRST: readonly LedgerSortField[] = ['receivedAt', 'updatedAt', 'quantityDefective'];

/**
 * `now` gives the time the overdue filter compares deadlines with (tests pass a fixed clock);
 * `slices`, how much of the full load each task does (tests pass small ones);
 * `masterEntries`, the master data the customer / model / defect-type filters match by (names and aliases);
 * `repeatWindow`, the office's repeat-complaint window in days.
 */
export function createLedgerStore(
  now: () => number = Date.now,
  slices: FullLoadSlices = FULL_LOAD_SLICES,
  masterEntries: () => readonly MasterEntry[] = () => useMasterDataStore.getState().entries,
  repeatWindow: () => number = () => sessionStore.getState().settings?.repeatWindowDays ?? DEFAULT_REPEAT_WINDOW_DAYS,
): StoreApi<LedgerState> {
  let loadToken = 0;
  /** Saves made while a load is in flight: id → row, or null for removed. */
  let pending: Map<string, LedgerRow | null> | null = null;
  /** The entry of each loaded case (apply() finds a changed row's old entry without a pass over all rows). */
  let byId = new Map<string, IndexedRow>();
  /** Bumped by every click on a column: a sort running in slices goes on only while it is the latest. */
  let sortToken = 0;
  /** The sort a click asked for while its slices run (the next click toggles from it, not from the one shown). */
  let sortWanted: LedgerSort | null = null;
  /** Bumped by every apply(): a sort running in slices started from rows that have changed since. */
  let changeCount = 0;
  /** The rows' version (LedgerState.rowsVersion) the next set() will carry. */
  let version = 0;
  let repeatCache: { version: number; master: readonly MasterEntry[]; window: number; index: RepeatIndex } | null = null;

  /** The repeat index of `entries` (which are the rows of `rowsVersion`), from the cache when nothing it depends on changed. */
  function repeatsOf(entries: readonly IndexedRow[], rowsVersion: number): RepeatIndex {
    const master = masterEntries();
    const window = repeatWindow();
    if (repeatCache && repeatCache.version === rowsVersion && repeatCache.master === master && repeatCache.window === window) return repeatCache.index;
    const index = findRepeats(
      entries.map((e) => e.row),
      repeatKeyer(master),
      window,
    );
    repeatCache = { version: rowsVersion, master, window, index };
    return index;
  }

  return createStore<LedgerState>()((set, get) => {
    /** Search and filters over `entries` (the rows of version `rowsVersion`). */
    function filterAll(entries: readonly IndexedRow[], rowsVersion: number, query: string, filters: LedgerFilters): IndexedRow[] {
      return filterLedger(entries, query, filters, now(), masterEntries(), () => repeatsOf(entries, rowsVersion));
    }

    function view(entries: IndexedRow[], matched: IndexedRow[]): Pick<LedgerState, 'entries' | 'matched'> {
      return { entries, matched };
    }

    /**
     * A column clicked on a large ledger: every row sorted again a slice per
     * task (one sort of 100,000 rows froze the window for ~0.5 s). The list
     * keeps its order until the new one is ready; a save meanwhile (apply)
     * starts the sort again from the rows as they are then, another click
     * or a load drops it.
     */
    async function sortWholeLedgerInSlices(sort: LedgerSort): Promise<void> {
      const token = sortToken;
      sortWanted = sort;
      for (;;) {
        const changesAtStart = changeCount;
        const { entries } = get();
        const pause = async () => {
          await yieldToEventLoop();
          return token === sortToken && changesAtStart === changeCount && get().status === 'complete';
        };
        const sorted = await sortInSlices(entries, comparatorFor(sort), pause, slices);
        if (token !== sortToken) return;
        if (get().status !== 'complete') {
          sortWanted = null; // a new load sorts by the sort shown
          return;
        }
        if (sorted === null || changesAtStart !== changeCount) continue; // rows changed meanwhile: sort them as they are now
        const { query, filters } = get();
        sortWanted = null;
        set({ sort, ...view(sorted, filterAll(sorted, get().rowsVersion, query, filters)) });
        return;
      }
    }

    /** The full list, indexed, sorted and searchable, a slice per task; null when a newer load started meanwhile. */
    function fullInSlices(rows: readonly LedgerRow[], token: number, indexed?: Map<string, IndexedRow>): Promise<FullLedger | null> {
      const pause = async () => {
        await yieldToEventLoop();
        return token === loadToken;
      };
      // The saves made so far go in before the search index is built; later ones, in complete().
      const takePending = () => {
        const taken = pending ?? new Map<string, LedgerRow | null>();
        pending = new Map();
        return taken;
      };
      return fullLedgerInSlices(rows, () => get().sort, takePending, pause, slices, indexed);
    }

    /** The last task of a load: the saves of the last slices, then the whole list is shown. */
    function complete(ledger: FullLedger): void {
      let { entries } = ledger;
      const { sort, query, filters } = get();
      if (pending && pending.size > 0) {
        // A copy: the search index cached for `entries` must not describe a list changed in place.
        ledger.entries = entries = entries.slice();
        applyPending(ledger, pending);
      }
      if (ledger.sort.field !== sort.field || ledger.sort.direction !== sort.direction) entries = sortRows(entries, sort);
      byId = ledger.byId;
      const rowsVersion = ++version;
      set({ ...view(entries, filterAll(entries, rowsVersion, query, filters)), status: 'complete', error: null, rowsVersion });
      // Made in slices already unless saves or a sort came in the very last slice.
      setTimeout(() => searchIndexOf(get().entries), 0);
    }

    /** Every row at once (a load): the saves made meanwhile win; the id map is the one apply() uses. */
    function replaceAll(indexed: readonly IndexedRow[], status: LedgerStatus): void {
      const latest = new Map<string, IndexedRow>();
      for (const entry of indexed) latest.set(entry.row.id, entry);
      if (pending) {
        for (const [id, row] of pending) {
          if (row) latest.set(id, indexRow(row));
          else latest.delete(id);
        }
      }
      const { sort, query, filters } = get();
      const entries = sortRows([...latest.values()], sort);
      byId = latest;
      const rowsVersion = ++version;
      set({ ...view(entries, filterAll(entries, rowsVersion, query, filters)), status, error: null, rowsVersion });
    }

    return {
      entries: [],
      matched: [],
      query: '',
      filters: EMPTY_FILTERS,
      sort: DEFAULT_SORT,
      status: 'idle',
      error: null,
      rowsVersion: 0,

      repeats() {
        const { entries, rowsVersion } = get();
        return repeatsOf(entries, rowsVersion);
      },

      repeatsIfReady() {
        const current = repeatCache !== null && repeatCache.version === get().rowsVersion && repeatCache.master === masterEntries() && repeatCache.window === repeatWindow();
        return current ? repeatCache!.index : null;
      },

      async load(repos) {
        const token = ++loadToken;
        pending = new Map();
        set({ status: 'loading', error: null });
        // User-timing marks (performance.getEntriesByType('mark')): the ledger benchmark tells the read from what runs beside it.
        performance.mark('ledger:load');
        try {
          const recent = await repos.cases.listRecent(FIRST_PAINT_ROWS);
          if (token !== loadToken) return;
          replaceAll(recent.map(indexRow), 'partial');
          performance.mark('ledger:first-rows');
          // Each page is indexed as it arrives, while the next one is read.
          const indexed = new Map<string, IndexedRow>();
          const all = await repos.cases.listAll({ onPage: (page) => indexInto(indexed, page) });
          if (token !== loadToken) return;
          performance.mark('ledger:rows-read');
          const ledger = await fullInSlices(all, token, indexed.size === all.length ? indexed : undefined);
          if (ledger === null) return;
          complete(ledger);
          performance.mark('ledger:complete');
          pending = null;
        } catch (error) {
          if (token !== loadToken) return;
          pending = null;
          set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
        }
      },

      setQuery(query) {
        const state = get();
        if (query === state.query) return;
        // Typing more can only narrow the result: filter what is shown instead of all rows
        // (unless overdue-only is on: the clock moved, rows may have become overdue since) —
        // while it is still a large share of all rows, all rows are searched through their cached index.
        const narrower = narrows(state.query, query) && !state.filters.overdueOnly && state.matched.length * 4 < state.entries.length;
        const source = narrower ? state.matched : state.entries;
        const matched = filterLedger(source, query, state.filters, now(), masterEntries(), () => repeatsOf(state.entries, state.rowsVersion));
        set({ query, matched });
      },

      setFilters(patch) {
        get().replaceFilters({ ...get().filters, ...patch });
      },

      replaceFilters(filters) {
        const state = get();
        // The master-data filters are matched anew when asked again: the entries' names or aliases may have changed.
        // So are the repeats (the master data or the office's window may have changed; the index is cached otherwise).
        const byEntries = filters.customerEntry !== '' || filters.modelEntry !== '' || filters.defectTypeEntry !== '' || filters.repeatOnly;
        if (sameFilters(filters, state.filters) && !filters.overdueOnly && !byEntries) return;
        const matched = filterAll(state.entries, state.rowsVersion, state.query, filters);
        set({ filters: { ...filters }, matched });
      },

      setSort(field, direction) {
        const state = get();
        const base = sortWanted ?? state.sort;
        const dir = direction ?? (base.field === field ? (base.direction === 'asc' ? 'desc' : 'asc') : DESC_FIRST.includes(field) ? 'desc' : 'asc');
        const sort: LedgerSort = { field, direction: dir };
        ++sortToken; // a sort still running in slices is not wanted any more
        sortWanted = null;
        if (sort.field === state.sort.field && sort.direction === state.sort.direction) return;
        if (state.status !== 'complete' || state.entries.length < SLICED_SORT_MIN_ROWS) {
          const entries = sortRows(state.entries, sort);
          set({ sort, ...view(entries, filterAll(entries, state.rowsVersion, state.query, state.filters)) });
          return;
        }
        void sortWholeLedgerInSlices(sort);
      },

      async refreshRows(repos, ids) {
        const { rows, removed } = await repos.cases.rowsOf([...ids]);
        get().apply(rows, removed);
      },

      apply(rows, removed = []) {
        if (rows.length === 0 && removed.length === 0) return;
        changeCount++;
        for (const row of rows) pending?.set(row.id, row);
        for (const id of removed) pending?.set(id, null);
        const { entries, matched, sort, query, filters } = get();
        // Each changed row: its old entry out and its new one in, by binary search — no pass over the 100,000.
        const nextEntries = entries.slice();
        const nextMatched = matched.slice();
        const drop = (id: string) => {
          const old = byId.get(id);
          if (!old) return;
          byId.delete(id);
          removeSorted(nextEntries, old, sort, true);
          removeSorted(nextMatched, old, sort); // absent when it did not match the search and filters
        };
        for (const id of removed) drop(id);
        const at = now();
        const rowsVersion = ++version;
        // The repeat index, when built and current, follows the change group by group (no rebuild of all rows).
        if (repeatCache && repeatCache.version === rowsVersion - 1) {
          applyRepeatChanges(repeatCache.index, rows, removed);
          repeatCache = { ...repeatCache, version: rowsVersion, index: { ...repeatCache.index } };
        }
        for (const row of rows) {
          drop(row.id);
          const entry = indexRow(row);
          byId.set(row.id, entry);
          insertSorted(nextEntries, entry, sort);
          if (!filters.repeatOnly && matchesLedger(entry, query, filters, at, masterEntries())) insertSorted(nextMatched, entry, sort);
        }
        // One case changed can make another one a repeat or not (an earlier case edited or removed): with that filter on, all rows again.
        if (filters.repeatOnly) set({ ...view(nextEntries, filterAll(nextEntries, rowsVersion, query, filters)), rowsVersion });
        else set({ ...view(nextEntries, nextMatched), rowsVersion });
      },
    };
  });
}

/** The app's ledger store. */
export const ledgerStore = createLedgerStore();

/** React hook: `const rows = useLedgerStore((s) => s.matched)`. */
export function useLedgerStore<T>(selector: (state: LedgerState) => T): T {
  return useStore(ledgerStore, selector);
}
