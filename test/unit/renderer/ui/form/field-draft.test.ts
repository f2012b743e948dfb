// What a form sends on save (renderer/ui/form/useFieldDraft.ts): only the fields the
// clerk changed, in the repository's terms, with the values the form showed.
import { describe, expect, it } from 'vitest';
import { changedFields } from '../../../../../renderer/ui/form/useFieldDraft';

describe('changedFields', () => {
  it('keeps only what differs from what the form showed, by value (arrays and objects by content)', () => {
    const shown: { lotNumber: string; quantityDefective: number; requests: string[]; amountFen: number | null } = { lotNumber: 'L1', quantityDefective: 12, requests: ['return'], amountFen: null };
    const mine = { lotNumber: 'L1', quantityDefective: 15, requests: ['return'], amountFen: 500 };
    expect(changedFields(mine, shown)).toEqual({ patch: { quantityDefective: 15, amountFen: 500 }, seen: { quantityDefective: 12, amountFen: null } });
  });

  it('sends nothing when the clerk typed the shown value back', () => {
    expect(changedFields({ a: 'x', b: [1, 2] }, { a: 'x', b: [1, 2] })).toEqual({ patch: {}, seen: {} });
  });
});
