/**
 * Which entries the 字典 table shows for a kind and a search, in order:
 * without a search by code, defect types as two levels (each level-1 entry
 * followed by its level-2 entries); with one, best matches first
 * (type-ahead ranking). At most `limit` rows. Pure.
 */
import type { MasterEntry, MasterKind } from '../../../shared/domain/master-data/entry';
import type { TypeaheadIndex } from '../../../shared/domain/master-data/typeahead';

export interface EntryRow {
  entry: MasterEntry;
  /** 1 or 2 (defect types); 1 otherwise. */
  level: 1 | 2;
  /** The level-1 name of a level-2 defect type. */
  parentName: string;
}

const byCode = (a: MasterEntry, b: MasterEntry) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function visibleEntries(kind: MasterKind, entries: readonly MasterEntry[], query: string, index: () => TypeaheadIndex, limit: number): { rows: EntryRow[]; total: number } {
  const ofKind = entries.filter((e) => e.kind === kind);
  const names = new Map(ofKind.map((e) => [e.id, e.name]));
  const row = (entry: MasterEntry): EntryRow => ({ entry, level: entry.parentId ? 2 : 1, parentName: names.get(entry.parentId) ?? '' });
  if (query.trim() !== '') {
    const found = index().search(query, limit);
    return { rows: found.map(row), total: found.length };
  }
  let ordered = [...ofKind].sort(byCode);
  if (kind === 'defectType') {
    const children = new Map<string, MasterEntry[]>();
    for (const e of ordered) if (e.parentId) children.set(e.parentId, [...(children.get(e.parentId) ?? []), e]);
    const tops = ordered.filter((e) => !e.parentId || !names.has(e.parentId));
    ordered = tops.flatMap((top) => [top, ...(children.get(top.id) ?? [])]);
  }
  return { rows: ordered.slice(0, limit).map(row), total: ordered.length };
}
