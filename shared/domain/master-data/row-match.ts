/**
 * Does a case belong to a master-data entry? By the entry id the clerk
 * picked, or by its free text naming the entry or one of its aliases (so
 * cases typed "华为" and "华为技术" count together). A level-1 defect type
 * takes in its level-2 entries. Built once per filtering, tested per row. Pure.
 */
import type { MasterEntry } from './entry';
import { nameKey } from './normalize';

export interface EntryMatch {
  /** Entry ids that count as this entry (itself, and a level-1 defect type's children). */
  ids: ReadonlySet<string>;
  /** nameKey of the names and aliases of those entries. */
  keys: ReadonlySet<string>;
}

/** The match for entry `id` among `entries`, or null when no such entry is known (then nothing matches by name). */
export function entryMatch(id: string, entries: readonly MasterEntry[]): EntryMatch {
  const root = entries.find((e) => e.id === id);
  const members = root ? [root, ...entries.filter((e) => e.parentId === id && e.kind === root.kind)] : [];
  const keys = new Set<string>();
  for (const e of members) for (const text of [e.name, ...e.aliases]) keys.add(nameKey(text));
  keys.delete('');
  return { ids: new Set([id, ...members.map((e) => e.id)]), keys };
}

/** `entryId`: the id stored on the case ('' = free text); `text`: its free-text name ('' when the case has none for this kind). */
export function matchesEntry(match: EntryMatch, entryId: string, text: string): boolean {
  if (entryId !== '' && match.ids.has(entryId)) return true;
  return text !== '' && match.keys.has(nameKey(text));
}
