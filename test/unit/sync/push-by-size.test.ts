// Issue 11.6 — pushes are batched by size, not only by count. 60 changes of
// 10,000 Chinese characters each (≈ 1.8 MB of JSON) go through the real web
// host (HTTP, 1 MiB body cap) in several calls instead of one refused with
// 413 round after round; a change too large to ever travel is held back on
// its PC and reported, and the round ends.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSyncRepository, openDeskDatabase, type WriteContext } from '../../../renderer/db';
import { createWebClient } from '../../../renderer/platform/webClient';
import { runSyncRound } from '../../../renderer/state/sync-round';
import { createWebHost, MAX_BODY_BYTES, type WebHost } from '../../../electron/webhost/server';
import { formatHlc } from '../../../shared/sync/hlc';
import { makePc, T0 } from './pcs';

const hosts: WebHost[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const h of hosts.splice(0)) await h.close();
});

/** A PC whose renderer talks to a real web host over HTTP; every request body size per channel is recorded. */
async function webPc(sharePath: string) {
  const root = await mkdtemp(join(tmpdir(), 'push-size-'));
  await mkdir(join(root, 'renderer'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>desk</title>');
  const host = await createWebHost({ profilePath: join(root, 'profile'), rendererDir: join(root, 'renderer'), port: 0, sharePath, logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
  hosts.push(host);
  const bodies: { channel: string; bytes: number; status: number }[] = [];
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const response = await realFetch(new URL(url, `http://127.0.0.1:${host.port}/`), init);
    bodies.push({ channel: url.replace('rpc/', ''), bytes: typeof init.body === 'string' ? Buffer.byteLength(init.body) : -1, status: response.status });
    return response;
  });
  const api = createWebClient(() => host.token);
  const joined = await api.syncJoin({});
  const db = await openDeskDatabase(`web-pc-${root}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const ctx = { deviceId: joined.deviceId, stationCode: 'WEB', caseNumberPattern: 'default', user: 'clerk-web', now: () => T0 } as unknown as WriteContext;
  const sync = createSyncRepository(db, () => ctx);
  await sync.bindShare(joined.shareId);
  /** Writes n unpublished changes of `chars` Chinese characters each (an entity of its own: kept as ops everywhere). */
  async function write(n: number, chars: number, from = 0) {
    const text = '退货质量问题说明'.repeat(Math.ceil(chars / 8)).slice(0, chars);
    for (let i = from; i < from + n; i++) {
      await db.ops.add({ id: `big-${i}`, hlc: formatHlc({ wall: T0 + i, counter: 0 }), deviceId: joined.deviceId, user: 'clerk-web', entity: 'noteFixture' as never, entityId: `note-${i}`, fields: { text }, schemaVersion: 2, published: 0 });
    }
  }
  return { api, db, sync, bodies, write, round: () => runSyncRound(db, sync, api, { now: () => T0 }) };
}

describe('pushes batched by size through the web host', () => {
  it('60 changes of 10,000 Chinese characters each go out in several calls under the 1 MiB cap, and another PC gets them all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'push-size-share-'));
    const a = await webPc(dir);
    await a.write(60, 10_000);
    const report = await a.round();
    expect(report.pushError).toBeNull();
    expect(report.pushed).toBe(60);
    expect(await a.sync.pendingCount()).toBe(0);
    const pushes = a.bodies.filter((b) => b.channel === 'sync:push');
    expect(pushes.length).toBeGreaterThanOrEqual(4); // ≈ 1.8 MB of JSON
    expect(pushes.every((p) => p.status === 200 && p.bytes > 0 && p.bytes < MAX_BODY_BYTES)).toBe(true);

    const b = await makePc('b', dir);
    await b.round();
    expect(await b.db.ops.where('entity').equals('noteFixture').count()).toBe(60);
  }, 120_000);

  it('a change too large to ever be sent is held back and reported; the others go out and the round ends', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'push-size-share-'));
    const a = await webPc(dir);
    await a.write(1, 300_000); // ≈ 900 KB of UTF-8 in one field
    await a.write(3, 1_000, 1);
    for (let round = 0; round < 2; round++) {
      const report = await a.round();
      expect(report.pushError).toBeNull();
      expect(report.heldBack.map((h) => `${h.id} ${h.entity} ${h.entityId} ${h.fields}`)).toEqual(['big-0 noteFixture note-0 text']);
      expect(report.heldBack[0]!.bytes).toBeGreaterThan(900_000);
    }
    expect(await a.sync.pendingCount()).toBe(1); // kept on this PC, nothing lost
    expect(a.bodies.filter((b) => b.channel === 'sync:push')).toHaveLength(1); // the three small ones, once
    expect(a.bodies.every((b) => b.status === 200)).toBe(true);
  }, 60_000);
});
