/**
 * Saved views of the ledger (已保存的视图): a named filter set and search,
 * kept per PC in localStorage (not replicated: each clerk's PC has its own).
 * Whatever is stored is read defensively: bad JSON, a wrong shape or
 * unknown filter values are dropped, never thrown at the ledger page.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { normalizeFilters, type LedgerFilters } from './ledger-filter';

export const LEDGER_VIEWS_KEY = 'crd.ledger.views.v1';
export const MAX_VIEW_NAME = 40;
const MAX_VIEWS = 50;

export interface SavedView {
  name: string;
  query: string;
  filters: LedgerFilters;
}

export type ViewsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LedgerViewsState {
  views: SavedView[];
  /** Saves (or replaces, same name) a view; false when the name is empty. */
  save(name: string, query: string, filters: LedgerFilters): boolean;
  remove(name: string): void;
}

/** The views in a stored text; anything unreadable is left out. */
export function parseViews(text: string | null): SavedView[] {
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const out: SavedView[] = [];
  const names = new Set<string>();
  for (const item of data as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const v = item as Record<string, unknown>;
    const name = typeof v.name === 'string' ? v.name.trim().slice(0, MAX_VIEW_NAME) : '';
    const filters = normalizeFilters(v.filters);
    if (name === '' || filters === null || names.has(name)) continue;
    names.add(name);
    out.push({ name, query: typeof v.query === 'string' ? v.query.slice(0, 200) : '', filters });
    if (out.length >= MAX_VIEWS) break;
  }
  return out;
}

function read(storage: ViewsStorage | null): SavedView[] {
  try {
    return parseViews(storage?.getItem(LEDGER_VIEWS_KEY) ?? null);
  } catch {
    return [];
  }
}

export function createLedgerViewsStore(storage: ViewsStorage | null): StoreApi<LedgerViewsState> {
  return createStore<LedgerViewsState>()((set, get) => {
    function write(views: SavedView[]): void {
      set({ views });
      try {
        storage?.setItem(LEDGER_VIEWS_KEY, JSON.stringify(views));
      } catch {
        // storage full or unavailable: the views live on for this session
      }
    }
    return {
      views: read(storage),
      save(name, query, filters) {
        const clean = name.trim().slice(0, MAX_VIEW_NAME);
        if (clean === '') return false;
        const view: SavedView = { name: clean, query, filters: { ...filters } };
        const others = get().views.filter((v) => v.name !== clean);
        write([...others, view].slice(-MAX_VIEWS));
        return true;
      },
      remove(name) {
        write(get().views.filter((v) => v.name !== name));
      },
    };
  });
}

function browserStorage(): ViewsStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const ledgerViewsStore = createLedgerViewsStore(browserStorage());

export function useLedgerViewsStore<T>(selector: (state: LedgerViewsState) => T): T {
  return useStore(ledgerViewsStore, selector);
}
