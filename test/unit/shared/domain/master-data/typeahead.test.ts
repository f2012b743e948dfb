import { describe, expect, it } from 'vitest';
import type { MasterEntry } from '../../../../../shared/domain/master-data/entry';
import { buildTypeaheadIndex, pinyinKeys } from '../../../../../shared/domain/master-data/typeahead';

const entry = (id: string, code: string, name: string, aliases: string[] = []): MasterEntry => ({
  id, kind: 'customer', code, name, aliases, active: true, confirmed: true, parentId: '',
});

const entries = [
  entry('1', 'C001', '华为电子'),
  entry('2', 'HW', '海王星科技'),
  entry('3', 'C003', '深圳华为技术', ['华技']),
  entry('4', 'C004', '中兴通讯', ['ZTE']),
  entry('5', 'C005', 'Foxconn 富士康'),
];
const names = (list: MasterEntry[]) => list.map((e) => e.name);

describe('type-ahead', () => {
  it('computes pinyin full and initials', () => {
    expect(pinyinKeys('华为电子')).toEqual(['huaweidianzi', 'hwdz']);
  });

  it('finds by pinyin initials and full pinyin', () => {
    const index = buildTypeaheadIndex(entries);
    expect(names(index.search('hwdz', 5))).toEqual(['华为电子']);
    expect(names(index.search('huawei', 5))).toEqual(['华为电子', '深圳华为技术']);
    expect(names(index.search('ZTE', 5))).toEqual(['中兴通讯']);
  });

  it('ranks exact code > prefix > initials > substring', () => {
    const index = buildTypeaheadIndex(entries);
    // 'hw': code of 海王星科技 (exact), initials of 华为电子 (hwdz), substring of 深圳华为技术's initials (szhwjs).
    expect(names(index.search('hw', 5))).toEqual(['海王星科技', '华为电子', '深圳华为技术']);
    // '华为': prefix of 华为电子, substring of 深圳华为技术.
    expect(names(index.search('华为', 5))).toEqual(['华为电子', '深圳华为技术']);
    expect(names(index.search('c00', 2))).toEqual(['中兴通讯', '华为电子']); // same length: by code units
  });

  it('matches full-width and mixed-case input, and limits the list', () => {
    const index = buildTypeaheadIndex(entries);
    expect(names(index.search('ＦＯＸ', 5))).toEqual(['Foxconn 富士康']);
    expect(names(index.search('fsk', 5))).toEqual(['Foxconn 富士康']);
    expect(index.search('', 3)).toHaveLength(3);
    expect(index.search('zzzz', 5)).toEqual([]);
  });
});
