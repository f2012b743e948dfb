import { describe, expect, it } from 'vitest';
import { canonicalEntry, canonicalIndex } from '../../../../../shared/domain/master-data/canonical';
import { emptyEntryInput, type MasterEntry, type MasterEntryInput } from '../../../../../shared/domain/master-data/entry';
import { cleanList, nameKey } from '../../../../../shared/domain/master-data/normalize';
import { DEFAULT_MASTER_ENTRIES, seedEntryOf } from '../../../../../shared/domain/master-data/seed';
import { cleanEntryInput, validateEntry } from '../../../../../shared/domain/master-data/validation';

const customer = (id: string, name: string, aliases: string[] = [], extra: Partial<MasterEntry> = {}): MasterEntry => ({
  id, kind: 'customer', code: id.toUpperCase(), name, aliases, active: true, confirmed: true, parentId: '', ...extra,
});
const input = (fields: Partial<MasterEntryInput>): MasterEntryInput => ({ ...emptyEntryInput(), ...fields });

describe('master data: names', () => {
  it('compares trimmed, full-width as half-width, case-insensitive', () => {
    expect(nameKey('  ＨＵＡＷＥＩ　技术 ')).toBe('huawei 技术');
    expect(nameKey('ＡＢＣ１２３')).toBe('abc123');
  });

  it('cleans lists: trimmed, no blanks, no duplicates, none of the excluded', () => {
    expect(cleanList([' 华为技术 ', '', '华为技术', 'ｈｗ', 'HW', '华为'], ['华为'])).toEqual(['华为技术', 'ｈｗ']);
  });
});

describe('master data: validation', () => {
  const stored = [customer('c1', '华为电子'), { ...customer('d1', '外观'), kind: 'defectType' as const }];

  it('requires a name and a code unique per kind', () => {
    expect(validateEntry('customer', input({ code: '', name: ' ' }), stored)).toEqual({ code: 'required', name: 'required' });
    expect(validateEntry('customer', input({ code: 'c1', name: 'x' }), stored)).toEqual({ code: 'duplicateCode' });
    // The same code in another kind, or the entry itself, is fine.
    expect(validateEntry('supplier', input({ code: 'C1', name: 'x' }), stored)).toEqual({});
    expect(validateEntry('customer', input({ code: 'C1', name: 'x' }), stored, 'c1')).toEqual({});
  });

  it('limits lengths and checks choices and percentages', () => {
    const errors = validateEntry('customer', input({ code: 'x'.repeat(31), name: 'n'.repeat(121), aliases: ['a'.repeat(121)], market: 'mars' as never, toleranceOverPercent: -1, toleranceUnderPercent: 101 }), []);
    expect(errors).toEqual({ code: 'tooLong', name: 'tooLong', aliases: 'tooLong', market: 'invalidChoice', toleranceOverPercent: 'invalidPercent', toleranceUnderPercent: 'invalidPercent' });
    expect(validateEntry('customer', input({ code: 'x', name: 'y', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }), [])).toEqual({ aliases: 'tooMany' });
  });

  it('a defect type sits under a level-1 defect type only; other kinds are flat', () => {
    expect(validateEntry('defectType', input({ code: 'A9', name: '起泡', parentId: 'd1' }), stored)).toEqual({});
    expect(validateEntry('customer', input({ code: 'x', name: 'y', parentId: 'd1' }), stored)).toEqual({ parentId: 'invalidParent' });
    expect(validateEntry('defectType', input({ code: 'A9', name: '起泡', parentId: 'nope' }), stored)).toEqual({ parentId: 'invalidParent' });
    const level2 = { ...stored[1]!, id: 'd2', code: 'A1', parentId: 'd1' };
    expect(validateEntry('defectType', input({ code: 'A9', name: '起泡', parentId: 'd2' }), [...stored, level2])).toEqual({ parentId: 'invalidParent' });
    // A level-1 entry with children cannot move under another.
    expect(validateEntry('defectType', input({ code: 'A', name: '外观', parentId: 'd3' }), [...stored, level2, { ...stored[1]!, id: 'd3', code: 'F' }], 'd1')).toEqual({ parentId: 'invalidParent' });
  });

  it('stores trimmed texts and deduplicated aliases that never repeat the name', () => {
    expect(cleanEntryInput({ name: ' 华为 ', aliases: ['华为', ' 华为技术', '华为技术 '], partNumbers: [' P-1 ', 'p-1'] })).toEqual({ name: '华为', aliases: ['华为技术'], partNumbers: ['P-1'] });
  });
});

describe('master data: seed', () => {
  it('has fixed, unique ids and codes unique per kind', () => {
    const ids = DEFAULT_MASTER_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('seed-'))).toBe(true);
    const codes = DEFAULT_MASTER_ENTRIES.map((e) => `${e.kind}:${e.code}`);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of DEFAULT_MASTER_ENTRIES) expect(validateEntry(e.kind, e, DEFAULT_MASTER_ENTRIES, e.id)).toEqual({});
  });

  it('holds two levels of defect types, 5M1E and the departments', () => {
    const scratch = DEFAULT_MASTER_ENTRIES.find((e) => e.name === '划伤')!;
    expect(seedEntryOf(scratch.parentId)?.name).toBe('外观');
    expect(DEFAULT_MASTER_ENTRIES.filter((e) => e.kind === 'rootCause').map((e) => e.name)).toEqual(['人', '机', '料', '法', '环', '测']);
    expect(DEFAULT_MASTER_ENTRIES.filter((e) => e.kind === 'department').map((e) => e.name)).toContain('计划科');
    expect(seedEntryOf('nope')).toBeUndefined();
  });
});

describe('master data: canonical names for counting', () => {
  const entries = [customer('c1', '华为', ['华为技术', 'HUAWEI']), customer('c2', '中兴'), customer('c3', '华为技术', [], { confirmed: false })];

  it('resolves a name or an alias, trimmed, full-width and case-insensitive', () => {
    expect(canonicalEntry('customer', ' 华为 ', entries)?.id).toBe('c1');
    expect(canonicalEntry('customer', 'ｈｕａｗｅｉ', entries)?.id).toBe('c1');
    expect(canonicalEntry('customer', '中兴', entries)?.id).toBe('c2');
    expect(canonicalEntry('customer', '小米', entries)).toBeUndefined();
    expect(canonicalEntry('supplier', '华为', entries)).toBeUndefined();
  });

  it('a name beats an alias', () => {
    expect(canonicalIndex('customer', entries).get('华为技术')?.id).toBe('c3');
  });
});
