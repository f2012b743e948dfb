/**
 * Which names count as one in statistics (客户, 型号, 供应商, 不良类型): a
 * case's master-data entry id when it has one and the entry is known, else
 * its free text resolved through master data (an entry's name or alias:
 * "华为技术" counts as 华为), else the free text itself trimmed and compared
 * like master data (full-width → half-width, blanks collapsed, case ignored).
 * This is the same rule as the ledger's entry filter (row-match.ts), so a
 * bar clicked on the 统计 page opens the same cases in the ledger. Built
 * once per computation; a look-up allocates nothing for a name seen before.
 */
import { canonicalIndex } from '../master-data/canonical';
import type { MasterEntry, MasterKind } from '../master-data/entry';
import { nameKey } from '../master-data/normalize';

/** One group of a breakdown: `key` is 'id:<entry id>' for an entry, 'name:<nameKey>' for free text, '' for none. */
export interface GroupName {
  key: string;
  /** The entry's name, or of the free-text spellings seen the smallest (trimmed; the same on every PC whatever the rows' order), or '' for none. */
  label: string;
}

export const NO_GROUP: GroupName = { key: '', label: '' };

export interface NameResolver {
  /** The group of a case's (entry id, free text); '' / '' → NO_GROUP. */
  resolve(entryId: string, text: string): GroupName;
  /** The level-1 group of a two-level entry (defect types): the parent when the entry has one, else the entry itself. */
  parentOf(group: GroupName): GroupName;
}

/** A resolver for one kind of entry over the master data in hand (entries of other kinds are ignored). */
export function nameResolver(kind: MasterKind, entries: readonly MasterEntry[]): NameResolver {
  const byId = new Map<string, GroupName>();
  for (const e of entries) if (e.kind === kind) byId.set(e.id, { key: `id:${e.id}`, label: e.name });
  const parents = new Map<GroupName, GroupName>();
  for (const e of entries) {
    const parent = e.kind === kind && e.parentId ? byId.get(e.parentId) : undefined;
    if (parent) parents.set(byId.get(e.id)!, parent);
  }
  const index = canonicalIndex(kind, entries);
  const byText = new Map<string, GroupName>();
  const byKey = new Map<string, GroupName>();
  return {
    resolve(entryId, text) {
      if (entryId !== '') {
        const known = byId.get(entryId);
        if (known) return known;
        if (text === '') {
          // An entry this PC does not know (yet): its own group, named by its id.
          const unknown = { key: `id:${entryId}`, label: entryId };
          byId.set(entryId, unknown);
          return unknown;
        }
      }
      if (text === '') return NO_GROUP;
      const seen = byText.get(text);
      if (seen) return seen;
      const key = nameKey(text);
      let group: GroupName;
      const entry = key === '' ? undefined : index.get(key);
      if (key === '') group = NO_GROUP;
      else if (entry) group = byId.get(entry.id)!;
      else {
        const spelling = text.trim();
        const held = byKey.get(key);
        if (held && spelling < held.label) held.label = spelling;
        group = held ?? { key: `name:${key}`, label: spelling };
        byKey.set(key, group);
      }
      byText.set(text, group);
      return group;
    },
    parentOf(group) {
      return parents.get(group) ?? group;
    },
  };
}
