/**
 * Name matching for counting: a free-text name or alias resolves to its
 * entry, so "华为" and "华为技术" count as one customer. Pure.
 */
import type { MasterEntry, MasterKind } from './entry';
import { nameKey } from './normalize';

/** Which entry wins when two share a key: a name beats an alias, then confirmed, active, then the smaller id (same on every PC). */
function better(a: MasterEntry, b: MasterEntry): boolean {
  if (a.confirmed !== b.confirmed) return a.confirmed;
  if (a.active !== b.active) return a.active;
  return a.id < b.id;
}

/** name/alias key → entry of one kind; build once, look up per row. */
export function canonicalIndex(kind: MasterKind, entries: readonly MasterEntry[]): Map<string, MasterEntry> {
  const byName = new Map<string, MasterEntry>();
  const byAlias = new Map<string, MasterEntry>();
  const put = (map: Map<string, MasterEntry>, key: string, entry: MasterEntry) => {
    if (key === '') return;
    const held = map.get(key);
    if (!held || better(entry, held)) map.set(key, entry);
  };
  for (const entry of entries) {
    if (entry.kind !== kind) continue;
    put(byName, nameKey(entry.name), entry);
    for (const alias of entry.aliases) put(byAlias, nameKey(alias), entry);
  }
  for (const [key, entry] of byName) byAlias.set(key, entry);
  return byAlias;
}

/** The entry of `kind` whose name or alias is `text` (trimmed, full-width → half-width, case-insensitive), or undefined. */
export function canonicalEntry(kind: MasterKind, text: string, entries: readonly MasterEntry[]): MasterEntry | undefined {
  return canonicalIndex(kind, entries).get(nameKey(text));
}
