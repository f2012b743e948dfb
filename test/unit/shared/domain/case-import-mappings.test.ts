import { describe, expect, it } from 'vitest';
import { MAX_SAVED_MAPPINGS, savedMappingSchema, withSavedMappings } from '../../../../shared/domain/case-import';
import { defaultSettings, settingsSchema } from '../../../../shared/domain/settings';

const mapping = (signature: string, fields: Record<string, string | null> = { 1: 'originalNumber', 2: null }) => savedMappingSchema.parse({ signature, fields });

describe('saved column mappings of the ledger import (PC settings)', () => {
  it('replaces the mapping of the same layout, keeps the newest last and forgets the oldest beyond the limit', () => {
    const a = mapping('a');
    const b = mapping('b');
    const a2 = mapping('a', { 1: 'customerName' });
    expect(withSavedMappings([a, b], [a2])).toEqual([b, a2]);
    const many = Array.from({ length: MAX_SAVED_MAPPINGS }, (_, i) => mapping(`m${i}`));
    const kept = withSavedMappings(many, [mapping('new')]);
    expect(kept).toHaveLength(MAX_SAVED_MAPPINGS);
    expect(kept[0]!.signature).toBe('m1');
    expect(kept.at(-1)!.signature).toBe('new');
  });

  it('accepts only known fields on column numbers; a settings file without mappings gets none', () => {
    expect(savedMappingSchema.safeParse({ signature: 's', fields: { 1: 'notAField' } }).success).toBe(false);
    expect(savedMappingSchema.safeParse({ signature: 's', fields: { x: 'customerName' } }).success).toBe(false);
    expect(defaultSettings('11111111-1111-4111-8111-111111111111').importMappings).toEqual([]);
    const withOne = { ...defaultSettings('11111111-1111-4111-8111-111111111111'), importMappings: [mapping('a')] };
    expect(settingsSchema.parse(withOne).importMappings).toEqual([mapping('a')]);
  });
});
