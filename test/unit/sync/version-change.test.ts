// Issue 11.5 — a running PC notices that the share now asks for a newer
// format or app (root.json's formatVersion / minAppVersion) and turns
// read-only like a starting one: it still pulls, pushes nothing, and its
// unsent changes stay in its outbox.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake } from '../renderer/db/helpers';
import { makePc } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

async function editRoot(dir: string, patch: Record<string, unknown>): Promise<void> {
  const path = join(dir, 'qsync', 'root.json');
  const root = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  await writeFile(path, JSON.stringify({ ...root, ...patch }, null, 2));
}

describe('a running PC and a newer share', () => {
  for (const [what, patch] of [
    ['formatVersion', { formatVersion: 2 }],
    ['minAppVersion', { minAppVersion: '9.0.0' }],
  ] as const) {
    it(`turns read-only when root.json's ${what} goes up while it runs; it still pulls and keeps its changes`, async () => {
      const dir = await folder.fresh();
      const a = await makePc('a', dir, { appVersion: '9.0.0' });
      const b = await makePc('b', dir, { appVersion: '0.1.0' });
      expect((await b.round()).readOnly).toBe(false); // b creates the share: minAppVersion 0.1.0
      await a.repos.cases.create(intake({ customerName: 'A 的客户' }));
      await a.round();
      const mine = await b.repos.cases.create(intake({ customerName: 'B 未发送的客户' }));
      const waiting = await b.sync.pendingCount();

      await editRoot(dir, patch); // a newer app upgraded the share while b runs
      const report = await b.round();
      expect(report.readOnly).toBe(true);
      expect(report.pushed).toBe(0);
      expect(report.pushError).toBeNull(); // read-only is the message, not a failed push
      expect(await b.sync.pendingCount()).toBe(waiting);
      expect(await b.repos.cases.count()).toBe(2); // A's case arrived
      await a.round();
      expect(await a.repos.cases.get(mine.id)).toBeUndefined(); // nothing of B's went out
    }, 60_000);
  }
});
