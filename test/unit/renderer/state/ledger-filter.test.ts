import { describe, expect, it } from 'vitest';
import { makeRow } from './rows';
import { filterRows, indexRow, insertSorted, narrows, parseQuery, searchKey, sortRows, type IndexedRow } from '../../../../renderer/state/ledger-filter';

const rows = (n: number) => Array.from({ length: n }, (_, i) => indexRow(makeRow(i)));
const ids = (list: IndexedRow[]) => list.map((e) => e.row.id);

describe('search', () => {
  it('matches any of the searchable fields, case-insensitively', () => {
    const list = [indexRow(makeRow(1, { customerName: 'QWERTY Ltd' })), indexRow(makeRow(2, { lotNumber: 'LOT-XYZ' })), indexRow(makeRow(3, { orderNumber: 'SO-Q99' }))];
    expect(ids(filterRows(list, 'qwerty'))).toEqual(['id-000001']);
    expect(ids(filterRows(list, 'xyz'))).toEqual(['id-000002']);
    expect(ids(filterRows(list, 'so-q9'))).toEqual(['id-000003']);
    expect(ids(filterRows(list, '2611'))).toHaveLength(0);
    expect(ids(filterRows(list, ''))).toHaveLength(3);
    expect(ids(filterRows(list, '   '))).toHaveLength(3);
  });

  it('needs every term (AND), in any field', () => {
    const list = [indexRow(makeRow(1, { customerName: '宁波电器', productModel: 'KX-1' })), indexRow(makeRow(2, { customerName: '宁波电器', productModel: 'ZZ-2' }))];
    expect(ids(filterRows(list, '宁波 kx'))).toEqual(['id-000001']);
    expect(ids(filterRows(list, 'kx 宁波'))).toEqual(['id-000001']);
  });

  it('does not match across two fields', () => {
    const row = makeRow(1, { customerName: 'abc', productModel: 'def' });
    expect(searchKey(row)).toContain('abc');
    expect(filterRows([indexRow(row)], 'cdef')).toHaveLength(0);
  });

  it('does not search fields outside the key (market, clerk)', () => {
    expect(filterRows([indexRow(makeRow(1, { createdBy: 'zzqq' }))], 'zzqq')).toHaveLength(0);
  });

  it('narrows() says when a new query can only shrink the result', () => {
    expect(narrows('', 'a')).toBe(true);
    expect(narrows('kx', 'kx-1')).toBe(true);
    expect(narrows('kx', 'kx 宁波')).toBe(true);
    expect(narrows('kx-1', 'kx')).toBe(false);
    expect(narrows('kx 宁波', 'kx')).toBe(false);
    expect(parseQuery('  A  b ')).toEqual(['a', 'b']);
  });
});

describe('sort', () => {
  it('sorts by received time, not by the text (offsets differ)', () => {
    const list = [
      indexRow(makeRow(1, { receivedAt: '2026-11-23T09:00:00+08:00' })), // 01:00Z
      indexRow(makeRow(2, { receivedAt: '2026-11-23T02:00:00Z' })),
      indexRow(makeRow(3, { receivedAt: '2026-11-23T05:00:00+08:00' })), // 22nd 21:00Z
    ];
    expect(ids(sortRows(list, { field: 'receivedAt', direction: 'desc' }))).toEqual(['id-000002', 'id-000001', 'id-000003']);
    expect(ids(sortRows(list, { field: 'receivedAt', direction: 'asc' }))).toEqual(['id-000003', 'id-000001', 'id-000002']);
  });

  it('sorts numbers numerically with unknown quantities last when descending', () => {
    const list = [indexRow(makeRow(1, { quantityDefective: 9 })), indexRow(makeRow(2, { quantityDefective: null })), indexRow(makeRow(3, { quantityDefective: 10 }))];
    expect(ids(sortRows(list, { field: 'quantityDefective', direction: 'desc' }))).toEqual(['id-000003', 'id-000001', 'id-000002']);
  });

  it('sorts text naturally (KX-2 before KX-10) and Chinese by pinyin', () => {
    const list = [indexRow(makeRow(1, { productModel: 'KX-10' })), indexRow(makeRow(2, { productModel: 'KX-2' }))];
    expect(ids(sortRows(list, { field: 'productModel', direction: 'asc' }))).toEqual(['id-000002', 'id-000001']);
    const names = [indexRow(makeRow(1, { customerName: '苏州' })), indexRow(makeRow(2, { customerName: '北京' })), indexRow(makeRow(3, { customerName: '宁波' }))];
    expect(sortRows(names, { field: 'customerName', direction: 'asc' }).map((e) => e.row.customerName)).toEqual(['北京', '宁波', '苏州']);
  });

  it('breaks ties deterministically', () => {
    const list = rows(50).map((e) => indexRow({ ...e.row, customerName: 'same' }));
    const a = sortRows(list, { field: 'customerName', direction: 'asc' });
    const b = sortRows([...list].reverse(), { field: 'customerName', direction: 'asc' });
    expect(ids(a)).toEqual(ids(b));
  });

  it('insertSorted keeps the order', () => {
    const sort = { field: 'caseNumber', direction: 'asc' } as const;
    const list = sortRows(rows(200), sort);
    const extra = indexRow(makeRow(100_123));
    insertSorted(list, extra, sort);
    expect(ids(list)).toEqual(ids(sortRows([...rows(200), extra], sort)));
  });
});

describe('100,000 rows', () => {
  const big = rows(100_000);
  const sorted = sortRows(big, { field: 'receivedAt', direction: 'desc' });

  // Speed is measured by `npm run bench` (chromium) — here only correctness at this size.
  it('filters 100,000 rows exactly like a plain scan, narrowing and widening', () => {
    const queries = ['k', 'kx', 'kx-', 'kx-3', 'kx-31', '宁', '宁波', 'so-9999', 'p1234', 'acme 12', 'l700', 'zzzz-none'];
    for (const q of queries) {
      const expected = sorted.filter((e) => parseQuery(q).every((t) => e.key.includes(t)));
      expect(ids(filterRows(sorted, q))).toEqual(ids(expected));
    }
  });

  it('keeps the sort order in the filtered result', () => {
    const result = filterRows(sorted, 'kx-31');
    for (let i = 1; i < result.length; i++) expect(result[i - 1]!.receivedMs >= result[i]!.receivedMs).toBe(true);
  });

  it('sorts 100,000 rows by every kind of column without losing a row', () => {
    for (const field of ['receivedAt', 'customerName', 'caseNumber'] as const) {
      const result = sortRows(big, { field, direction: 'asc' });
      expect(result).toHaveLength(big.length);
      expect(new Set(result.map((e) => e.row.id)).size).toBe(big.length);
    }
  });
});
