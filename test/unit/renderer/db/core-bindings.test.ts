// Two cases with one case number (a cloned PC) both stay: the one with the
// greater id is renamed, the same on every PC. A merged batch settles its
// numbers in one query, as if its records were stored one after the other —
// against the stored cases and within the batch.
import { describe, expect, it } from 'vitest';
import { caseBinding, duplicateNumberOf } from '../../../../renderer/db/core-bindings';
import type { StoredRecord } from '../../../../renderer/db/entity-binding';
import { intake, openHarness } from './helpers';

describe('case numbers of a merged batch', () => {
  it('settles clashes with a stored case and inside the batch like one put after another', async () => {
    const h = await openHarness();
    const stored = await h.repos.cases.create(intake()); // 2611-B-001
    const number = stored.caseNumber;
    const lower = `${'0'.repeat(8)}-0000-4000-8000-000000000001`;
    const higher = `${'f'.repeat(8)}-0000-4000-8000-000000000001`;
    const batch: StoredRecord[] = [
      { ...intake(), id: higher, caseNumber: number },
      { ...intake(), id: lower, caseNumber: number },
      { ...intake(), id: 'free-number', caseNumber: '2611-B-999' },
    ];
    const settled = await h.db.transaction('rw', h.db.cases, () => caseBinding.settle!(h.db, batch));
    expect(settled.map((r) => [r.id, r.caseNumber])).toEqual([
      [higher, duplicateNumberOf(number, higher)], // greater than the stored one's id: renamed
      [lower, number], // smaller: takes the number…
      ['free-number', '2611-B-999'],
    ]);
    expect((await h.db.cases.get(stored.id))?.caseNumber).toBe(duplicateNumberOf(number, stored.id)); // …and the stored one gives it up
    await h.db.cases.bulkPut(settled as never[]); // no unique-index clash left
    expect(await h.db.cases.where('caseNumber').equals(number).primaryKeys()).toEqual([lower]);
  });
});
