// A PC that was away longer than the share's active window (30 days: leave,
// the Spring Festival, a laptop in a drawer) comes back after the others'
// segments it had not read were folded into a snapshot and removed
// (compaction only waits for active PCs). It must catch up from that
// snapshot, then read on from the log — not stay "behind" forever.
// Share files take the injected clock as their time (compaction compares
// file ages with the clock), so nothing here depends on today's date.
import { readdir, rename, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeShareFs, type ShareFs } from '../../../electron/services/sync/share-fs';
import { LOG_GAP_GRACE_MS } from '../../../electron/services/sync/share-transport';
import { intake } from '../renderer/db/helpers';
import { makePc, T0 } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every share file is finalised by a rename: it gets the injected clock's time. */
const clockFs = (clock: { now: number }): ShareFs => ({
  ...nodeShareFs,
  rename: async (from, to) => {
    await nodeShareFs.rename(from, to);
    await utimes(to, clock.now / 1000, clock.now / 1000);
  },
});

async function segmentSeqs(share: string, deviceId: string): Promise<string[]> {
  const root = join(share, 'qsync', 'log', deviceId);
  const out: string[] = [];
  for (const month of await readdir(root).catch(() => [])) out.push(...(await readdir(join(root, month))).filter((n) => n.endsWith('.seg')));
  return out.sort();
}

describe('a PC away longer than the active window', () => {
  it('catches up from the snapshot that replaced the segments it missed, then reads on from the log', async () => {
    const share = await folder.fresh();
    const clock = { now: T0 };
    const fs = clockFs(clock);
    const a = await makePc('a', share, { clock, fs });
    const b = await makePc('b', share, { clock, fs });
    const first = await a.repos.cases.create(intake({ customerName: '客户甲' }));
    await a.round();
    await b.round();
    expect((await b.repos.cases.get(first.id))?.customerName).toBe('客户甲');

    // B is switched off. A works on: an edit and a new case, then weeks of rounds (snapshots, compaction).
    clock.now += DAY;
    await a.repos.cases.update(first.id, { customerName: '客户乙' }, { customerName: '客户甲' });
    const second = await a.repos.cases.create(intake({ customerName: '客户丙' }));
    await a.round();
    for (let day = 0; day < 40; day++) {
      clock.now += DAY;
      await a.round();
    }
    // What B had not read is gone from A's log (folded into a snapshot): only the snapshot holds it now.
    const aId = a.settings.get().deviceId;
    expect(await segmentSeqs(share, aId)).toEqual([]);

    // B comes back.
    const back = await b.round();
    expect(back.errors).toEqual([]);
    expect(back.remaining).toBe(0);
    expect(back.snapshot).not.toBeNull();
    expect((await b.repos.cases.get(first.id))?.customerName).toBe('客户乙');
    expect((await b.repos.cases.get(second.id))?.customerName).toBe('客户丙');

    // And reads on from the log afterwards.
    clock.now += HOUR;
    await a.repos.cases.update(second.id, { customerName: '客户丁' }, { customerName: '客户丙' });
    await a.round();
    const next = await b.round();
    expect(next.remaining).toBe(0);
    expect((await b.repos.cases.get(second.id))?.customerName).toBe('客户丁');
  });
});

describe('a device file that arrives before its segment (Syncthing between sites)', () => {
  it('is counted as remaining, reported only after the grace, and read once the segment is there', async () => {
    const share = await folder.fresh();
    const clock = { now: T0 };
    const a = await makePc('a', share, { clock });
    const b = await makePc('b', share, { clock });
    await b.round();
    const made = await a.repos.cases.create(intake({ customerName: '客户甲' }));
    await a.round();
    // The segment has not arrived yet: only A's device file says it exists.
    const logDir = join(share, 'qsync', 'log', a.settings.get().deviceId);
    const aside = join(share, 'aside');
    await rename(logDir, aside);

    const early = await b.round();
    expect(early.errors).toEqual([]);
    expect(early.remaining).toBeGreaterThan(0);

    clock.now += LOG_GAP_GRACE_MS - 1000;
    expect((await b.round()).errors).toEqual([]);
    clock.now += 1000;
    const late = await b.round();
    expect(late.errors.map((e) => e.deviceId)).toEqual([a.settings.get().deviceId]);
    expect(late.errors[0]?.reason).toContain('waiting for them');

    await rename(aside, logDir);
    const arrived = await b.round();
    expect(arrived.errors).toEqual([]);
    expect(arrived.remaining).toBe(0);
    expect((await b.repos.cases.get(made.id))?.customerName).toBe('客户甲');
  });
});
