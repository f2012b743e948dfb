// Issue 11.3 — a snapshot never drops the real value: a PC whose clock is
// ten years ahead edits a field; the others quarantine that op; a snapshot
// written afterwards must let a joining PC show what the others show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake } from '../renderer/db/helpers';
import { makePc, T0, type Pc } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

const TEN_YEARS = 10 * 365 * 24 * 3600_000;

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

async function settle(pcs: Pc[]): Promise<void> {
  for (let i = 0; i < 2; i++) for (const pc of pcs) await pc.round();
}

describe('snapshot and quarantine', () => {
  it('an op from a clock 10 years ahead stays out of the snapshot: a PC joining from it shows the real value like the others', async () => {
    const dir = await folder.fresh();
    const a = await makePc('a', dir);
    const b = await makePc('b', dir);
    const fast = await makePc('fast', dir, { clock: { now: T0 + TEN_YEARS } });
    const made = await a.repos.cases.create(intake({ customerName: '真实客户' }));
    await settle([a, b, fast]);
    await fast.repos.cases.update(made.id, { customerName: '未来客户' });
    await fast.repos.cases.create(intake({ customerName: '未来新案' }));
    await a.repos.cases.update(made.id, { contactPerson: '李工' }); // a later, normal op of another PC
    await settle([fast, a, b]);
    expect(await b.sync.quarantineCount()).toBeGreaterThan(0);
    expect(await b.repos.cases.get(made.id)).toMatchObject({ customerName: '真实客户', contactPerson: '李工' });

    const snap = await b.service.syncSnapshot({});
    expect(snap.written).toBe(true);
    const fastId = fast.settings.get().deviceId;
    const aId = a.settings.get().deviceId;
    expect(snap.covers[aId]).toBeGreaterThan(0);
    // fast wrote nothing before its future ops: its first segment holds them, so none of it is covered
    expect(snap.covers[fastId] ?? 0).toBe(0);

    const joiner = await makePc('joiner', dir);
    const report = await joiner.round();
    expect(report.snapshot).toBe(snap.hash);
    expect(await joiner.repos.cases.get(made.id)).toMatchObject({ customerName: '真实客户', contactPerson: '李工' });
    expect(await joiner.sync.quarantineCount()).toBe(await b.sync.quarantineCount());
    expect(await joiner.sync.digest()).toBe(await b.sync.digest());
    expect(await joiner.repos.cases.count()).toBe(await b.repos.cases.count());

    // When the time comes, every PC — the joiner included — takes the future value alike.
    for (const pc of [a, b, joiner]) pc.clock.now = T0 + TEN_YEARS;
    await settle([a, b, joiner]);
    for (const pc of [a, b, joiner]) expect(await pc.repos.cases.get(made.id)).toMatchObject({ customerName: '未来客户' });
    expect(new Set(await Promise.all([a, b, joiner].map((pc) => pc.sync.digest()))).size).toBe(1);
  }, 60_000);
});
