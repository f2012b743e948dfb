// Issue 11.4 — one damaged file never stops a PC. A truncated file sits at
// the very name this PC's next segment takes: the PC writes its changes
// under an alternate name (never over the file), reports the file, and
// keeps pushing and pulling; the other PCs read past it. A push that fails
// does not stop the pull either.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intake } from '../renderer/db/helpers';
import { nodeShareFs, type ShareFs } from '../../../electron/services/sync/share-fs';
import { monthOf, segmentName } from '../../../shared/sync/share-layout';
import { makePc, T0 } from './pcs';
import { useShareBackends } from './share-backends';

const shares = useShareBackends();

async function lastSeqOf(dir: string, deviceId: string): Promise<number> {
  return (JSON.parse(await readFile(join(dir, 'qsync', 'devices', `${deviceId}.json`), 'utf8')) as { lastSeq: number }).lastSeq;
}

for (const which of ['folder', 'samba'] as const) {
  describe(`a damaged file of this PC's own on a ${which} share`, () => {
    const shareDir = async () => (which === 'folder' ? shares.folder.fresh() : shares.samba ? shares.samba.fresh() : null);

    it('a truncated file at our next segment name: the PC keeps pushing and pulling, reports the file, never overwrites it', async (ctx) => {
      const dir = await shareDir();
      if (!dir) return ctx.skip();
      const a = await makePc('a', dir);
      const b = await makePc('b', dir);
      const first = await a.repos.cases.create(intake({ customerName: '第一个客户' }));
      await a.round();
      await b.round();
      const aId = a.settings.get().deviceId;

      // The file where a's next segment goes: a torn copy of a real segment (garbage that a did not write).
      await a.repos.cases.update(first.id, { customerName: '改过的客户' });
      const pending = await a.sync.pendingCount();
      const from = (await lastSeqOf(dir, aId)) + 1;
      const monthDir = join(dir, 'qsync', 'log', aId, monthOf(T0));
      const existing = (await readdir(monthDir)).find((n) => n.endsWith('.seg'))!;
      const torn = (await readFile(join(monthDir, existing), 'utf8')).slice(0, 200);
      const damaged = join(monthDir, segmentName(from, from + pending - 1));
      await writeFile(damaged, torn);

      const pushed = await a.round();
      expect(pushed.pushError).toBeNull();
      expect(pushed.pushed).toBe(pending);
      expect(await a.sync.pendingCount()).toBe(0);
      expect(pushed.errors.map((e) => `${e.deviceId} ${e.file}: ${e.reason}`)).toEqual([expect.stringMatching(new RegExp(`^${aId} qsync/log/${aId}/\\d{6}/${segmentName(from, from + pending - 1)}: damaged`))]);
      expect(await readFile(damaged, 'utf8')).toBe(torn); // never overwritten
      expect(await readdir(monthDir)).toContain(segmentName(from, from + pending - 1, 1));

      // b reads past the damaged file (and says so), a goes on as usual.
      const pulled = await b.round();
      expect(await b.repos.cases.get(first.id)).toMatchObject({ customerName: '改过的客户' });
      expect(pulled.errors.map((e) => e.file)).toEqual([expect.stringContaining(segmentName(from, from + pending - 1))]);
      await b.repos.cases.update(first.id, { contactPerson: '李工' });
      await b.round();
      await a.repos.cases.create(intake({ customerName: '第二个客户' }));
      const again = await a.round();
      expect(again.pushError).toBeNull();
      expect(again.errors).toEqual([]);
      expect(await a.repos.cases.get(first.id)).toMatchObject({ contactPerson: '李工' });
      await b.round();
      expect(await b.repos.cases.count()).toBe(2);
      expect(await b.sync.digest()).toBe(await a.sync.digest());
    }, 120_000);
  });
}

describe('push and pull fail independently', () => {
  it('a push that fails is reported and the pull still brings the other PCs’ changes', async () => {
    const dir = await shares.folder.fresh();
    let refuse = false;
    const lockedLog: ShareFs = {
      ...nodeShareFs,
      async writeNew(path, data) {
        if (refuse && path.includes(`${join('qsync', 'log')}`)) throw Object.assign(new Error('access denied by the share'), { code: 'EACCES' });
        return nodeShareFs.writeNew(path, data);
      },
    };
    const a = await makePc('a', dir, { fs: lockedLog });
    const b = await makePc('b', dir);
    await a.round();
    await b.repos.cases.create(intake({ customerName: 'B 登记的客户' }));
    await b.round();
    await a.repos.cases.create(intake({ customerName: 'A 登记的客户' }));
    refuse = true;
    const report = await a.round();
    expect(report.pushError).toMatch(/access denied/);
    expect(report.pushed).toBe(0);
    expect(await a.sync.pendingCount()).toBeGreaterThan(0); // kept for the next round
    expect(report.applied).toBeGreaterThan(0);
    expect(await a.repos.cases.count()).toBe(2); // B's case arrived all the same
    refuse = false;
    expect((await a.round()).pushError).toBeNull();
    expect(await a.sync.pendingCount()).toBe(0);
  }, 60_000);
});
