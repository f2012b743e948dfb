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
import { canonicalJson } from '../../../shared/sync/codec';
import { sha256Hex } from '../../../shared/sync/sha256';
import { monthOf, segmentName, SHARE_FORMAT_APP_VERSION, SHARE_FORMAT_VERSION } from '../../../shared/sync/share-layout';
import { mkdir } from 'node:fs/promises';

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
    ['formatVersion', { formatVersion: SHARE_FORMAT_VERSION + 1 }],
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

describe('a share of op format 1 (one op per field)', () => {
  /** What an app of format 1 left on the share: root.json of format 1 and one segment of a clerk's three field ops. */
  async function formatOneShare(dir: string): Promise<void> {
    const seed = await makePc('seed', dir); // lays out the folders
    await seed.round();
    await editRoot(dir, { formatVersion: 1, minAppVersion: '0.1.0' });
    const hlc = (i: number) => `${String(1_795_000_000_000 + i).padStart(15, '0')}-0000`;
    const ops = Object.entries({ name: '老版本的文员', createdAt: '2026-11-01T00:00:00.000Z', deleted: false }).map(([field, value], i) => ({
      id: `old-op-${i + 1}`, hlc: hlc(i), deviceId: 'old-pc', user: '老版本', entity: 'clerk', entityId: 'clerk-old', field, value, schemaVersion: 1, base: null,
    }));
    const month = monthOf(1_795_000_000_000);
    const header = { count: 3, deviceId: 'old-pc', from: 1, to: 3, schemaVersion: 1, writtenAt: hlc(2) };
    const body = `QSEG 1\n${canonicalJson(header)}\n${ops.map((o) => canonicalJson(o)).join('\n')}\n`;
    await mkdir(join(dir, 'qsync', 'log', 'old-pc', month), { recursive: true });
    await writeFile(join(dir, 'qsync', 'log', 'old-pc', month, segmentName(1, 3)), `${body}#sha256=${sha256Hex(new TextEncoder().encode(body))}\n`);
    const device = { deviceId: 'old-pc', fingerprint: 'fp-old', appVersion: '0.1.0', schemaVersion: 1, lastSeq: 3, lastMonth: month, lastHlc: hlc(2), cursors: {}, seenAt: '2026-11-23T02:00:00.000Z' };
    await writeFile(join(dir, 'qsync', 'devices', 'old-pc.json'), JSON.stringify(device));
  }

  it('the first app of format 2 raises root.json, reads the old segments, and an app of format 1 turns read-only', async () => {
    const dir = await folder.fresh();
    await formatOneShare(dir);
    const b = await makePc('b', dir);
    const report = await b.round();
    expect(report.readOnly).toBe(false);
    expect(await b.repos.clerks.get('clerk-old')).toMatchObject({ name: '老版本的文员' }); // format-1 ops read as one-field ops
    const root = JSON.parse(await readFile(join(dir, 'qsync', 'root.json'), 'utf8')) as Record<string, unknown>;
    expect(root).toMatchObject({ formatVersion: SHARE_FORMAT_VERSION, minAppVersion: SHARE_FORMAT_APP_VERSION });
    await b.repos.cases.create(intake());
    expect((await b.round()).pushed).toBe(1); // one op for the new case
    const old = await makePc('old', dir, { appVersion: '0.1.0' });
    expect((await old.round()).readOnly).toBe(true); // told to update (sync-store: readOnly notice with the version)
  }, 60_000);
});
