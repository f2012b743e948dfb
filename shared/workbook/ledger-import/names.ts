/**
 * The customers, product models, defect types and departments a 台账 names,
 * matched to master data (字典) by code, name or alias — trimmed,
 * full-width as half-width, case-insensitive (nameKey) — or by the entry
 * the clerk mapped an unknown name to; the names still unknown are
 * collected with their rows for the clerk to create or map. Pure.
 */
import type { MasterEntry, MasterKind } from '../../domain/master-data/entry';
import { canonicalIndex } from '../../domain/master-data/canonical';
import { nameKey } from '../../domain/master-data/normalize';

export type NamedKind = Extract<MasterKind, 'customer' | 'productModel' | 'defectType' | 'department'>;
export const NAMED_KINDS: readonly NamedKind[] = ['customer', 'productModel', 'defectType', 'department'];

/** Kind → nameKey of a name in the workbook → the id of the entry the clerk chose for it. */
export type NameMappings = Partial<Record<NamedKind, Readonly<Record<string, string>>>>;

export interface UnknownName {
  kind: NamedKind;
  /** As first written in the workbook. */
  name: string;
  rows: { sheet: string; row: number }[];
}

export interface NameMatcher {
  /** The entry a text names, or undefined (then it is noted as unknown at `at`). */
  match(kind: NamedKind, text: string, at: { sheet: string; row: number }): MasterEntry | undefined;
  /** The entry a text names, without noting anything. */
  find(kind: NamedKind, text: string): MasterEntry | undefined;
  unknown(): UnknownName[];
}

export function nameMatcher(entries: readonly MasterEntry[], mappings: NameMappings = {}): NameMatcher {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const indexes = new Map<NamedKind, Map<string, MasterEntry>>();
  for (const kind of NAMED_KINDS) {
    const index = canonicalIndex(kind, entries);
    for (const e of entries) if (e.kind === kind && nameKey(e.code) !== '' && !index.has(nameKey(e.code))) index.set(nameKey(e.code), e);
    for (const [key, id] of Object.entries(mappings[kind] ?? {})) {
      const entry = byId.get(id);
      if (entry?.kind === kind) index.set(nameKey(key), entry);
    }
    indexes.set(kind, index);
  }
  const unknown = new Map<string, UnknownName>();
  const find = (kind: NamedKind, text: string) => indexes.get(kind)!.get(nameKey(text));
  return {
    find,
    match(kind, text, at) {
      const key = nameKey(text);
      if (key === '') return undefined;
      const entry = find(kind, text);
      if (entry) return entry;
      const id = `${kind}\u0000${key}`;
      const held = unknown.get(id) ?? { kind, name: text.trim(), rows: [] };
      held.rows.push(at);
      unknown.set(id, held);
      return undefined;
    },
    unknown: () => [...unknown.values()],
  };
}
