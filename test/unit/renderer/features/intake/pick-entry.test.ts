import { describe, expect, it } from 'vitest';
import { draftFromIntake } from '../../../../../renderer/features/intake/draft';
import { pickPatch, typePatch } from '../../../../../renderer/features/intake/pickEntry';
import { emptyIntake } from '../../../../../shared/domain/case';
import type { MasterEntry } from '../../../../../shared/domain/master-data/entry';

const entry = (over: Partial<MasterEntry>): MasterEntry => ({ id: 'e1', kind: 'customer', code: 'C1', name: '华为电子', aliases: [], active: true, confirmed: true, parentId: '', ...over });
const draft = () => draftFromIntake(emptyIntake('2026-11-23T09:30:00+08:00'));

describe('intake: picking a master-data entry', () => {
  it('a customer fills the name, the market and the entry id', () => {
    expect(pickPatch(draft(), 'customerName', entry({ market: 'foreign' }))).toEqual({ customerName: '华为电子', customerId: 'e1', market: 'foreign' });
    // The market it already shows is not written again.
    expect(pickPatch(draft(), 'customerName', entry({ market: 'domestic' }))).toEqual({ customerName: '华为电子', customerId: 'e1' });
  });

  it('a product model fills its part number unless the draft holds one of the model', () => {
    const model = entry({ id: 'm1', kind: 'productModel', name: 'KX-200', partNumbers: ['P-1', 'P-2'] });
    expect(pickPatch(draft(), 'productModel', model)).toEqual({ productModel: 'KX-200', productModelId: 'm1', partNumber: 'P-1' });
    expect(pickPatch({ ...draft(), partNumber: 'P-2' }, 'productModel', model)).toEqual({ productModel: 'KX-200', productModelId: 'm1' });
  });

  it('a defect type stores only its id; typing unlinks, and writes nothing that did not change', () => {
    expect(pickPatch(draft(), 'defectTypeId', entry({ id: 'seed-defect-A01', kind: 'defectType' }))).toEqual({ defectTypeId: 'seed-defect-A01' });
    expect(typePatch({ ...draft(), customerId: 'e1' }, 'customerName', '华为')).toEqual({ customerName: '华为', customerId: '' });
    expect(typePatch(draft(), 'defectTypeId', '外')).toEqual({});
    // A case stored before master data has no ids: typing does not write an empty id.
    const old = { ...draft(), productModelId: undefined as unknown as string };
    expect(typePatch(old, 'productModel', 'KX')).toEqual({ productModel: 'KX' });
  });
});
