import { describe, expect, it } from 'vitest';
import { filterRows, indexRow, type IndexedRow } from '../../../../renderer/state/ledger-filter';
import { buildSearchIndex, searchIndexOf, searchWithIndex, SEARCH_INDEX_MIN_ROWS } from '../../../../renderer/state/ledger-search-index';
import { makeRow as ledgerRow } from './rows';

/** The plain per-row loop: what the index must agree with. */
function plain(rows: readonly IndexedRow[], terms: string[]): string[] {
  return rows.filter((r) => terms.every((t) => r.key.includes(t))).map((r) => r.row.id);
}

function rows(count: number): IndexedRow[] {
  const customers = ['华东电器', 'Acme GmbH', '宁波海通', 'Tokyo Parts KK'];
  return Array.from({ length: count }, (_, i) =>
    indexRow(ledgerRow(i + 1, { customerName: `${customers[i % 4]} ${i % 97}`, productModel: `QX-${i % 13}`, lotNumber: `L26${i % 31}-${i % 7}`, caseNumber: `2611-B-${String(i + 1).padStart(3, '0')}` })),
  );
}

describe('ledger search index', () => {
  const many = rows(SEARCH_INDEX_MIN_ROWS + 500);

  it.each([['l'], ['l26'], ['l2612-3'], ['华东'], ['acme', 'qx-1'], ['2611-b-0', '宁波', 'l2'], ['zzz'], ['-'], ['\u00e9']])('finds the same rows as the per-row loop, in order: %j', (...terms) => {
    const index = buildSearchIndex(many);
    expect(searchWithIndex(many, index, terms).map((r) => r.row.id)).toEqual(plain(many, terms));
  });

  it('a term never matches across two rows (a line per row)', () => {
    const list = [...many, indexRow(ledgerRow(90_001, { orderNumber: 'tailxy' })), indexRow(ledgerRow(90_002, { caseNumber: 'zwhead' }))];
    const index = buildSearchIndex(list);
    expect(searchWithIndex(list, index, ['xyzwhead'])).toEqual([]);
    expect(searchWithIndex(list, index, ['tailxy']).map((r) => r.row.id)).toEqual(['id-090001']);
    expect(searchWithIndex(list, index, ['zwhead']).map((r) => r.row.id)).toEqual(['id-090002']);
  });

  it('is built for large lists only, once per list', () => {
    expect(searchIndexOf(rows(10))).toBeNull();
    expect(searchIndexOf(many)).toBe(searchIndexOf(many));
    expect(searchIndexOf([...many])).not.toBe(searchIndexOf(many));
  });

  it('filterRows uses it for large lists and gives the plain result', () => {
    expect(filterRows(many, 'QX-1 l2').map((r) => r.row.id)).toEqual(plain(many, ['qx-1', 'l2']));
    expect(filterRows(many, 'l l').map((r) => r.row.id)).toEqual(plain(many, ['l']));
  });
});
