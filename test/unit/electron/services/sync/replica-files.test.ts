// Issue 20.5 — a share kept in step with another site's by a replicator
// (Syncthing): files arrive late, out of order and under the replicator's
// temporary names; conflict copies must never happen and are reported (the
// PC's pull problems, the share doctor), never read, never a crash. The real
// two-Syncthing test is test/unit/sync/two-sites-syncthing.test.ts; here the
// same situations are laid out by hand, deterministically.
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseShare } from '../../../../../electron/services/sync/share-doctor';
import { emptyLocalState, ShareTransport } from '../../../../../electron/services/sync/share-transport';
import type { WireOp } from '../../../../../shared/sync/codec';
import { conflictOriginal, isConflictCopy, isReplicaTemp } from '../../../../../shared/sync/replica-names';

const now = Date.parse('2026-11-23T02:00:00Z');
let seq = 0;
function ops(deviceId: string, n: number): WireOp[] {
  return Array.from({ length: n }, () => {
    seq++;
    return { id: `op-${seq}`, hlc: `${String(1_795_000_000_000 + seq).padStart(15, '0')}-0000`, deviceId, user: '张三', entity: 'case', entityId: `c${seq}`, fields: { customerName: `客户${seq}` }, schemaVersion: 2 };
  });
}
function pc(sharePath: string, deviceId: string) {
  return new ShareTransport({ sharePath, deviceId, fingerprint: `fp-${deviceId}`, appVersion: '0.2.0', retry: { delayMs: 1 }, now: () => now }, emptyLocalState());
}
const lines = (errors: readonly { file: string; reason: string }[]) => errors.map((e) => `${e.file}: ${e.reason}`);

describe('replicator names', () => {
  it("Syncthing's temporary names and conflict copies are told apart from ours", () => {
    expect(isReplicaTemp('.syncthing.000000000001-000000000003.seg.tmp')).toBe(true);
    expect(isReplicaTemp('~syncthing~dev-a.json.tmp')).toBe(true);
    expect(isReplicaTemp('.tmp-a1b2c3')).toBe(false); // our own temp name
    expect(isReplicaTemp('000000000001-000000000003.seg')).toBe(false);
    expect(isConflictCopy('root.sync-conflict-20261203-101112-ABCDEF7.json')).toBe(true);
    expect(isConflictCopy(`${'a'.repeat(64)}.sync-conflict-20261203-101112-ABCDEF7`)).toBe(true); // a blob has no extension
    expect(isConflictCopy('dev-a.json')).toBe(false);
    expect(conflictOriginal('dev-a.sync-conflict-20261203-101112-ABCDEF7.json')).toBe('dev-a.json');
    expect(conflictOriginal('000000000001-000000000003.sync-conflict-20261203-101112-ABCDEF7.seg')).toBe('000000000001-000000000003.seg');
  });
});

describe('a share filled by a replicator', () => {
  it('an empty replicated folder is not made a share unless this is the first site; a PC of the other site joins once root.json arrives', async () => {
    for (const marker of ['.stfolder', 'DfsrPrivate']) {
      const siteB = await mkdtemp(join(tmpdir(), 'qsync-replica-'));
      await mkdir(join(siteB, 'qsync', marker), { recursive: true });
      const b = pc(siteB, 'dev-b');
      await expect(b.join()).rejects.toMatchObject({ code: 'replicaEmpty' });
      expect((await readdir(join(siteB, 'qsync'))).sort()).toEqual([marker]); // nothing written
      // The first site creates it (the admin confirms); its root.json arrives here; the PC of site B joins that share.
      const siteA = await mkdtemp(join(tmpdir(), 'qsync-replica-'));
      await mkdir(join(siteA, 'qsync', marker), { recursive: true });
      const a = pc(siteA, 'dev-a');
      const created = await a.join({ allowRecreate: true });
      expect(created.created).toBe(true);
      await writeFile(join(siteB, 'qsync', 'root.json'), await readFile(join(siteA, 'qsync', 'root.json')));
      expect((await b.join()).shareId).toBe(created.shareId);
    }
  });

  it('a device file ahead of its segments, a segment in its temporary name, segments out of order: the cursor waits, then reads on', async () => {
    const share = await mkdtemp(join(tmpdir(), 'qsync-replica-'));
    const a = pc(share, 'dev-a');
    await a.join();
    const written = [...ops('dev-a', 2), ...ops('dev-a', 3)];
    await a.push(written.slice(0, 2));
    await a.push(written.slice(2));
    await a.writeDeviceFile({}, null);
    const b = pc(share, 'dev-b');
    await b.join();
    // The segments are on their way: the first under Syncthing's temporary name, the second not yet here.
    const month = (await readdir(join(share, 'qsync', 'log', 'dev-a')))[0]!;
    const dir = join(share, 'qsync', 'log', 'dev-a', month);
    const [first, second] = (await readdir(dir)).sort();
    const firstBytes = await readFile(join(dir, first!));
    await rename(join(dir, first!), join(dir, `.syncthing.${first!}.tmp`));
    await writeFile(join(dir, `.syncthing.${first!}.tmp`), firstBytes.subarray(0, 40)); // half of it arrived
    const secondBytes = await readFile(join(dir, second!));
    await rm(join(dir, second!));
    const early = await b.pull({});
    expect(early.ops).toEqual([]);
    expect(early.cursors['dev-a'] ?? 0).toBe(0);
    expect(early.remaining).toBe(5); // known from the device file, waited for
    // The later segment arrives first: still nothing skipped.
    await writeFile(join(dir, second!), secondBytes);
    const outOfOrder = await b.pull({});
    expect(outOfOrder.ops).toEqual([]);
    expect(outOfOrder.cursors['dev-a'] ?? 0).toBe(0);
    // The first one lands under its name: both are read, in order.
    await writeFile(join(dir, first!), firstBytes);
    await rm(join(dir, `.syncthing.${first!}.tmp`));
    const done = await b.pull({});
    expect(done.ops.map((o) => o.id)).toEqual(written.map((o) => o.id));
    expect(done.cursors['dev-a']).toBe(5);
    expect(done.errors).toEqual([]);
  });

  it('conflict copies anywhere on the share are reported by the PC and the doctor, never read as data', async () => {
    const share = await mkdtemp(join(tmpdir(), 'qsync-replica-'));
    const a = pc(share, 'dev-a');
    await a.join();
    const written = ops('dev-a', 2);
    await a.push(written);
    await a.writeDeviceFile({}, null);
    const q = join(share, 'qsync');
    const stamp = 'sync-conflict-20261203-101112-ABCDEF7';
    const month = (await readdir(join(q, 'log', 'dev-a')))[0]!;
    const segment = (await readdir(join(q, 'log', 'dev-a', month)))[0]!;
    // What two sites writing one name would leave: another root.json, another device file, another segment, another snapshot.
    const otherRoot = JSON.parse(await readFile(join(q, 'root.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(q, `root.${stamp}.json`), JSON.stringify({ ...otherRoot, shareId: crypto.randomUUID() }));
    const device = JSON.parse(await readFile(join(q, 'devices', 'dev-a.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(q, 'devices', `dev-a.${stamp}.json`), JSON.stringify({ ...device, lastSeq: 99 }));
    await writeFile(join(q, 'log', 'dev-a', month, segment.replace('.seg', `.${stamp}.seg`)), 'QSEG 2 garbage');
    await mkdir(join(q, 'snap'), { recursive: true });
    await writeFile(join(q, 'snap', `${'b'.repeat(64)}.${stamp}.snap`), 'garbage');
    await mkdir(join(q, 'blobs', 'cc', 'cc'), { recursive: true });
    await writeFile(join(q, 'blobs', 'cc', 'cc', `${'c'.repeat(64)}.${stamp}`), 'garbage');

    const b = pc(share, 'dev-b');
    await b.join();
    const pulled = await b.pull({}, { useSnapshot: true });
    expect(pulled.ops.map((o) => o.id)).toEqual(written.map((o) => o.id));
    expect(pulled.cursors).toEqual({ 'dev-a': 2 });
    expect(pulled.remaining).toBe(0); // the copy's lastSeq 99 is not believed
    const reported = lines(pulled.errors);
    expect(reported.filter((l) => l.includes("replicator's conflict copy"))).toHaveLength(4);
    for (const name of [`qsync/root.${stamp}.json`, `qsync/devices/dev-a.${stamp}.json`, `${segment.replace('.seg', `.${stamp}.seg`)}`, `.${stamp}.snap`]) {
      expect(reported.some((l) => l.includes(name))).toBe(true);
    }
    // The PC still pushes and reads on.
    await b.push(ops('dev-b', 1));
    await b.writeDeviceFile(pulled.cursors, null);

    const report = await diagnoseShare(share, { now });
    expect(report.conflictCopies).toHaveLength(5);
    expect(report.conflictCopies).toContain(`qsync/blobs/cc/cc/${'c'.repeat(64)}.${stamp}`);
    expect(report.errors.filter((e) => e.includes("replicator's conflict copy"))).toHaveLength(5);
    expect(report.devices.map((d) => d.deviceId)).toEqual(['dev-a', 'dev-b']);
    expect(report.ops).toBe(3);
  });
});
