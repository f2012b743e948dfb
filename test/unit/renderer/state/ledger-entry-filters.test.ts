/** The ledger filters by master-data entry: linked id or free text naming the entry or an alias ("华为" and "华为技术" together). */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filterLedger, hasFilters, indexRow, matchesLedger, normalizeFilters } from '../../../../renderer/state/ledger-filter';
import type { MasterEntry } from '../../../../shared/domain/master-data/entry';
import { DEFAULT_MASTER_ENTRIES } from '../../../../shared/domain/master-data/seed';
import { makeRow } from './rows';

const huawei: MasterEntry = { id: 'c1', kind: 'customer', code: 'C1', name: '华为', aliases: ['华为技术'], active: true, confirmed: true, parentId: '' };
const model: MasterEntry = { id: 'm1', kind: 'productModel', code: 'M1', name: 'KX-200', aliases: ['KX200'], active: true, confirmed: true, parentId: '', partNumbers: [] };
const entries = [huawei, model, ...DEFAULT_MASTER_ENTRIES];

const rows = [
  makeRow(1, { customerName: '华为', productModel: 'KX200' }),
  makeRow(2, { customerName: '华为技术', defectTypeId: 'seed-defect-A02' }),
  makeRow(3, { customerName: '华为终端', customerId: 'c1', productModelId: 'm1' }),
  makeRow(4, { customerName: '中兴', defectTypeId: 'seed-defect-F01' }),
].map(indexRow);
const ids = (list: { row: { id: string } }[]) => list.map((e) => e.row.id);
const NOW = Date.UTC(2026, 10, 23);

describe('ledger: master-data filters', () => {
  it('customer: the linked id or the name or an alias in the free text', () => {
    const filters = { ...EMPTY_FILTERS, customerEntry: 'c1' };
    expect(hasFilters(filters)).toBe(true);
    expect(ids(filterLedger(rows, '', filters, NOW, entries))).toEqual([rows[0]!.row.id, rows[1]!.row.id, rows[2]!.row.id]);
    expect(matchesLedger(rows[3]!, '', filters, NOW, entries)).toBe(false);
  });

  it('model and defect type (a level-1 type takes in its level 2)', () => {
    expect(ids(filterLedger(rows, '', { ...EMPTY_FILTERS, modelEntry: 'm1' }, NOW, entries))).toEqual([rows[0]!.row.id, rows[2]!.row.id]);
    expect(ids(filterLedger(rows, '', { ...EMPTY_FILTERS, defectTypeEntry: 'seed-defect-A' }, NOW, entries))).toEqual([rows[1]!.row.id]);
  });

  it('saved filters read back the entry ids', () => {
    expect(normalizeFilters({ customerEntry: 'c1', modelEntry: 7 })).toMatchObject({ customerEntry: 'c1', modelEntry: '', defectTypeEntry: '' });
  });
});
