/**
 * Type-ahead over master data: an index built ONCE over the entries (codes,
 * names and aliases as nameKey, and the pinyin of every Chinese name and
 * alias, full and initials, e.g. 华为电子 → "huaweidianzi", "hwdz"), then
 * `search(query, limit)` per keystroke without any pinyin work. Ranking:
 * exact code > prefix (code, name, alias) > pinyin prefix (initials or full)
 * > substring; within a rank, shorter names first, then by name. Pure.
 */
import { pinyin } from 'pinyin-pro';
import type { MasterEntry } from './entry';
import { nameKey } from './normalize';

const HAN = /[\u3400-\u9fff]/;
const PINYIN_QUERY = /^[a-z0-9]+$/;

interface Indexed {
  entry: MasterEntry;
  code: string;
  /** code, name and aliases as nameKey. */
  texts: string[];
  /** Pinyin initials and full pinyin of the Chinese texts. */
  pinyin: string[];
}

export interface TypeaheadIndex {
  readonly size: number;
  /** Best matches first, at most `limit`; an empty query lists the first `limit` entries by name. */
  search(query: string, limit: number): MasterEntry[];
}

/** Full pinyin and initials of a text with Chinese characters (other characters kept, lower case, no blanks). */
export function pinyinKeys(text: string): [full: string, initials: string] {
  const options = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;
  const full = pinyin(text, options).join('');
  const initials = pinyin(text, { ...options, pattern: 'first' }).join('');
  return [nameKey(full).replace(/ /g, ''), nameKey(initials).replace(/ /g, '')];
}

function indexed(entry: MasterEntry): Indexed {
  const names = [entry.name, ...entry.aliases];
  const keys = new Set<string>();
  for (const name of names) {
    if (!HAN.test(name)) continue;
    for (const key of pinyinKeys(name)) if (key) keys.add(key);
  }
  return { entry, code: nameKey(entry.code), texts: [nameKey(entry.code), ...names.map(nameKey)], pinyin: [...keys] };
}

/** 0 exact code, 1 prefix, 2 pinyin prefix, 3 substring, 4 no match. `qp`: the query as pinyin ('' when it cannot be). */
function rankOf(item: Indexed, q: string, qp: string): number {
  if (item.code === q) return 0;
  let rank = 4;
  for (const text of item.texts) {
    if (text.startsWith(q)) return 1;
    if (rank > 3 && text.includes(q)) rank = 3;
  }
  if (qp !== '') {
    for (const key of item.pinyin) {
      if (key.startsWith(qp)) return 2;
      if (rank > 3 && key.includes(qp)) rank = 3;
    }
  }
  return rank;
}

/** Shorter names first, then by code units, then id: cheap enough to sort thousands of matches per keystroke (a collator is not). */
function byName(a: MasterEntry, b: MasterEntry): number {
  if (a.name.length !== b.name.length) return a.name.length - b.name.length;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function buildTypeaheadIndex(entries: readonly MasterEntry[]): TypeaheadIndex {
  const items = entries.map(indexed);
  let sorted: MasterEntry[] | null = null;
  return {
    size: items.length,
    search(query, limit) {
      if (limit <= 0) return [];
      const q = nameKey(query);
      if (q === '') return (sorted ??= [...entries].sort(byName)).slice(0, limit);
      const compact = q.replace(/ /g, '');
      const qp = PINYIN_QUERY.test(compact) ? compact : '';
      const buckets: MasterEntry[][] = [[], [], [], []];
      for (const item of items) {
        const rank = rankOf(item, q, qp);
        if (rank < 4) buckets[rank]!.push(item.entry);
      }
      const out: MasterEntry[] = [];
      for (const bucket of buckets) {
        if (out.length >= limit) break;
        out.push(...bucket.sort(byName).slice(0, limit - out.length));
      }
      return out;
    },
  };
}
