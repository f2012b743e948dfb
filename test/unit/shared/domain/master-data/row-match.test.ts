import { describe, expect, it } from 'vitest';
import type { MasterEntry } from '../../../../../shared/domain/master-data/entry';
import { entryMatch, matchesEntry } from '../../../../../shared/domain/master-data/row-match';
import { DEFAULT_MASTER_ENTRIES } from '../../../../../shared/domain/master-data/seed';

const huawei: MasterEntry = { id: 'c1', kind: 'customer', code: 'C1', name: '华为', aliases: ['华为技术'], active: true, confirmed: true, parentId: '' };

describe('master data: which cases belong to an entry', () => {
  it('by the linked id, or by free text naming the entry or an alias', () => {
    const match = entryMatch('c1', [huawei]);
    expect(matchesEntry(match, 'c1', '随便')).toBe(true);
    expect(matchesEntry(match, '', '华为')).toBe(true);
    expect(matchesEntry(match, '', ' 华为技术 ')).toBe(true);
    expect(matchesEntry(match, '', '中兴')).toBe(false);
    expect(matchesEntry(match, 'c2', '')).toBe(false);
  });

  it('a level-1 defect type takes in its level-2 entries', () => {
    const match = entryMatch('seed-defect-A', DEFAULT_MASTER_ENTRIES);
    expect(matchesEntry(match, 'seed-defect-A01', '')).toBe(true);
    expect(matchesEntry(match, 'seed-defect-F01', '')).toBe(false);
  });

  it('an unknown entry matches only its id', () => {
    const match = entryMatch('gone', []);
    expect(matchesEntry(match, 'gone', '')).toBe(true);
    expect(matchesEntry(match, '', '')).toBe(false);
  });
});
