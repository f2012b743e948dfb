// Scenario: a clerk on PC B has a case open in a form while a merge from PC A
// lands underneath. Saving the form writes only what the clerk changed: A's
// edit of another field is never reverted, and when the clerk changed the very
// field A changed, the clerk's value wins and A's is kept in the conflict list
// of the case — on B at once and on A after the next round — never lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake } from '../renderer/db/helpers';
import { makePc, T0, type Pc } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let share: ShareBackend;
beforeAll(async () => {
  share = await folderBackend();
});
afterAll(async () => share?.close());

async function twoPcsWithOneCase(): Promise<{ a: Pc; b: Pc; id: string }> {
  const dir = await share.fresh();
  const a = await makePc('a', dir);
  const b = await makePc('b', dir);
  const made = await a.repos.cases.create(intake({ lotNumber: 'L1', quantityDefective: 12 }));
  await a.round();
  await b.round();
  return { a, b, id: made.id };
}

/** A writes at T0 + 1 min and B merges it (what lands under B's open form). */
async function landOnB(a: Pc, b: Pc, write: () => Promise<unknown>): Promise<void> {
  a.clock.now = b.clock.now = T0 + 60_000;
  await write();
  await a.round();
  await b.round();
}

describe('a stale form on one PC while a merge lands', () => {
  it('saving an unrelated field keeps the other PC’s edit on every PC, with no conflict', async () => {
    const { a, b, id } = await twoPcsWithOneCase();
    const opened = await b.repos.cases.get(id); // B's form opens: lot L1
    await landOnB(a, b, () => a.repos.cases.update(id, { lotNumber: 'L2' })); // the merge lands under B's open form
    b.clock.now = T0 + 120_000;
    await b.repos.cases.update(id, { quantityDefective: 15 }, { quantityDefective: opened!.quantityDefective });
    await b.round();
    await a.round();
    for (const pc of [a, b]) {
      expect(await pc.repos.cases.get(id)).toMatchObject({ lotNumber: 'L2', quantityDefective: 15 });
      expect(await pc.sync.conflictsOf(id)).toEqual([]);
    }
  });

  it('changing the same field: the clerk’s value wins and the other is a conflict on both PCs', async () => {
    const { a, b, id } = await twoPcsWithOneCase();
    await landOnB(a, b, () => a.repos.cases.update(id, { lotNumber: 'L2' }));
    b.clock.now = T0 + 120_000;
    // B's form showed L1 (opened before the merge); the clerk types L3.
    await b.repos.cases.update(id, { lotNumber: 'L3' }, { lotNumber: 'L1' });
    const onB = await b.sync.conflictsOf(id);
    expect(onB.map((c) => [c.field, c.value, c.winnerValue])).toEqual([['lotNumber', 'L2', 'L3']]);
    await b.round();
    await a.round();
    for (const pc of [a, b]) {
      expect(await pc.repos.cases.get(id)).toMatchObject({ lotNumber: 'L3' });
      expect((await pc.sync.conflictsOf(id)).map((c) => [c.field, c.value, c.winnerValue])).toEqual([['lotNumber', 'L2', 'L3']]);
    }
  });

  it('a form that had seen the merged value makes no conflict (a sequential edit)', async () => {
    const { a, b, id } = await twoPcsWithOneCase();
    await landOnB(a, b, () => a.repos.cases.update(id, { lotNumber: 'L2' }));
    b.clock.now = T0 + 120_000;
    await b.repos.cases.update(id, { lotNumber: 'L3' }, { lotNumber: 'L2' });
    await b.round();
    await a.round();
    for (const pc of [a, b]) expect(await pc.sync.conflictsOf(id)).toEqual([]);
  });

  it('lifecycle forms follow the same rule (triage on B while A’s severity lands)', async () => {
    const { a, b, id } = await twoPcsWithOneCase();
    await a.repos.lifecycle.update(id, { severity: 'general', analysisSummary: '初判' });
    await a.round();
    await b.round();
    await landOnB(a, b, () => a.repos.lifecycle.update(id, { severity: 'urgent' }));
    b.clock.now = T0 + 120_000;
    // B's triage form opened before the merge: it showed general and 初判; the clerk only edits the summary.
    await b.repos.lifecycle.update(id, { analysisSummary: '复判' }, { analysisSummary: '初判' });
    // …and another form, also stale, changes the severity the clerk saw as general.
    await b.repos.lifecycle.update(id, { severity: 'serious' }, { severity: 'general' });
    await b.round();
    await a.round();
    for (const pc of [a, b]) {
      expect(await pc.repos.lifecycle.get(id)).toMatchObject({ severity: 'serious', analysisSummary: '复判' });
      const conflicts = await pc.sync.conflictsOfCase(id);
      expect(conflicts.map((c) => [c.field, c.value, c.winnerValue])).toEqual([['severity', 'urgent', 'serious']]);
    }
  });

  it('a conflict on a record of the case (a return line) is in the case’s conflict list', async () => {
    const { a, b, id } = await twoPcsWithOneCase();
    await a.repos.lifecycle.update(id, { triage: 'production_quality', severity: 'serious', category: 'product_quality' });
    const line = await a.repos.returns.addLine(id, { productModel: 'KX-200', partNumber: 'P-1001', lotNumber: 'L1', quantityApproved: 10, reason: '外壳开裂' });
    await a.round();
    await b.round();
    await landOnB(a, b, () => a.repos.returns.updateLine(line.id, { quantityApproved: 8 }));
    b.clock.now = T0 + 120_000;
    await b.repos.returns.updateLine(line.id, { quantityApproved: 9 }, { quantityApproved: 10 });
    await b.round();
    await a.round();
    for (const pc of [a, b]) {
      expect((await pc.sync.conflictsOfCase(id)).map((c) => [c.entity, c.field, c.value, c.winnerValue])).toEqual([['returnLine', 'quantityApproved', 8, 9]]);
    }
  });

  it('the change feed names the case on B when A’s edit merges, so the open page re-reads it', async () => {
    const { a, b, id } = await twoPcsWithOneCase();
    const seen: string[] = [];
    b.repos.changes.subscribe((c) => seen.push(...c.ids));
    await landOnB(a, b, () => a.repos.cases.update(id, { lotNumber: 'L2' }));
    await b.repos.changes.published();
    expect(seen).toContain(id);
  });
});
