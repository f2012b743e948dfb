/**
 * The master data (字典) the whole app reads: every entry, loaded once and
 * re-read after each committed write or merge, and the type-ahead indexes
 * built from it (pinyin computed once per index, not per keystroke; rebuilt
 * only when the entries really changed). Intake, the ledger filter and the
 * 字典 page read this store; writes go through the repository.
 *
 * The index builder (with pinyin-pro's dictionary, ~320 kB) is loaded on the
 * first read of the entries, not with the app's first chunk.
 */
import { create } from 'zustand';
import type { MasterEntry, MasterKind } from '../../shared/domain/master-data/entry';
import type { buildTypeaheadIndex, TypeaheadIndex } from '../../shared/domain/master-data/typeahead';
import { MASTER_ENTRIES_TABLE } from '../db/master-data-binding';
import type { Repositories } from '../db/types';

interface MasterDataState {
  entries: readonly MasterEntry[];
  loaded: boolean;
  /** Bumped when the entries changed (indexes are cached per version). */
  version: number;
}

export const useMasterDataStore = create<MasterDataState>(() => ({ entries: [], loaded: false, version: 0 }));

const signatureOf = (entries: readonly MasterEntry[]): string => JSON.stringify(entries);
let signature = '';

let build: typeof buildTypeaheadIndex | null = null;
const loadBuilder = async (): Promise<void> => {
  build ??= (await import('../../shared/domain/master-data/typeahead')).buildTypeaheadIndex;
};

/** Until the builder is loaded (before the entries are): nothing to find. */
const EMPTY_INDEX: TypeaheadIndex = { size: 0, search: () => [] };

async function reload(repositories: Repositories): Promise<void> {
  const [entries] = await Promise.all([repositories.masterData.list(), loadBuilder()]);
  const next = signatureOf(entries);
  if (next === signature && useMasterDataStore.getState().loaded) return;
  signature = next;
  useMasterDataStore.setState((s) => ({ entries, loaded: true, version: s.version + 1 }));
}

let followers = 0;
let unsubscribe: (() => void) | null = null;

/** Loads the entries and follows the change feed while someone reads them; returns the stop function. */
export function followMasterData(repositories: Repositories): () => void {
  followers += 1;
  if (followers === 1) {
    void reload(repositories);
    // Only a write or merge of master entries is read again (and compared: indexes are rebuilt only on a real change);
    // a lifecycle save does not re-read 20,000 customers.
    unsubscribe = repositories.changes.subscribe((changes) => {
      if (changes.tables.has(MASTER_ENTRIES_TABLE)) void reload(repositories);
    });
  }
  return () => {
    followers -= 1;
    if (followers === 0) {
      unsubscribe?.();
      unsubscribe = null;
    }
  };
}

/** Reads the entries again now (after this window's own write, before the change feed reports it). */
export function refreshMasterData(repositories: Repositories): Promise<void> {
  return reload(repositories);
}

const indexes = new Map<string, { version: number; index: TypeaheadIndex }>();

/** The type-ahead index over the entries of `kind` (active ones only unless `all`), built once per version. */
export function typeaheadOf(kind: MasterKind, all = false): TypeaheadIndex {
  const { entries, version } = useMasterDataStore.getState();
  if (!build) return EMPTY_INDEX;
  const key = `${kind}:${all ? 'all' : 'active'}`;
  const held = indexes.get(key);
  if (held && held.version === version) return held.index;
  const index = build(entries.filter((e) => e.kind === kind && (all || e.active)));
  indexes.set(key, { version, index });
  return index;
}
