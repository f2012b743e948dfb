// Issue 15.1: one op per record write, merged field by field. Two PCs edit
// the same case in one write each, without seeing each other's edit: the
// fields only one of them changed are both kept; the field both changed has
// one winner on every PC and the other value in the case's conflict list,
// naming that field — on both PCs and on a third that joins later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake } from '../renderer/db/helpers';
import { makePc, T0 } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

describe('two PCs write several fields of one case at once', () => {
  it('keeps both edits of different fields; the same field has one winner and one conflict, everywhere', async () => {
    const dir = await folder.fresh();
    const clock = { now: T0 };
    const a = await makePc('a', dir, { clock });
    const b = await makePc('b', dir, { clock });
    const created = await a.repos.cases.create(intake());
    await a.round();
    await b.round();

    clock.now += 60_000;
    await a.repos.cases.update(created.id, { lotNumber: 'L-甲', customerName: '甲改的客户' });
    clock.now += 60_000;
    await b.repos.cases.update(created.id, { lotNumber: 'L-乙', contactPerson: '乙改的联系人' });
    for (const pc of [a, b, a]) await pc.round();

    const c = await makePc('c', dir, { clock });
    await c.round();
    for (const pc of [a, b, c]) {
      const shown = await pc.repos.cases.get(created.id);
      expect(shown, pc.name).toMatchObject({ customerName: '甲改的客户', contactPerson: '乙改的联系人', lotNumber: 'L-乙' });
      const conflicts = await pc.sync.conflictsOfCase(created.id);
      expect(conflicts.map((x) => [x.field, x.value, x.winnerValue]), pc.name).toEqual([['lotNumber', 'L-甲', 'L-乙']]);
    }
    expect(await a.sync.digest()).toBe(await c.sync.digest());
    // Picking a value settles it on every PC.
    const [conflict] = await a.sync.conflictsOfCase(created.id);
    await a.sync.resolveConflict(conflict!.id, 'L-甲');
    for (const pc of [a, b, c]) await pc.round();
    for (const pc of [a, b, c]) {
      expect((await pc.repos.cases.get(created.id))?.lotNumber, pc.name).toBe('L-甲');
      expect(await pc.sync.conflictsOfCase(created.id), pc.name).toEqual([]);
    }
  }, 60_000);
});
