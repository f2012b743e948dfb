// Issue 11.5 — every file on the share is distrusted the same way: a
// garbage device file does not hide its device, a garbage root.json is
// named, a 200 MB file under a segment name is reported without being
// read, blobs are capped by the attachment size limit and hashed once per
// download, abandoned uploads are cleaned, symbolic links are never
// followed (reading or writing).
import { mkdir, mkdtemp, readdir, readFile, rename, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countingFs, nodeShareFs, type ShareFs } from '../../../../../electron/services/sync/share-fs';
import { emptyLocalState, ShareTransport } from '../../../../../electron/services/sync/share-transport';
import { runMaintenance } from '../../../../../electron/services/sync/snapshot-schedule';
import type { WireOp } from '../../../../../shared/sync/codec';
import { useShareBackends, type ShareBackend } from '../../../sync/share-backends';
import { failure } from '../../../sync/failure';

let seq = 0;
function ops(deviceId: string, n: number): WireOp[] {
  return Array.from({ length: n }, () => {
    seq++;
    return { id: `op-${seq}`, hlc: `${String(1_795_000_000_000 + seq).padStart(15, '0')}-0000`, deviceId, user: '张三', entity: 'case', entityId: `c${seq}`, fields: { customerName: `客户${seq}` }, schemaVersion: 2 };
  });
}

const clock = { now: Date.parse('2026-11-23T02:00:00Z') };
function pc(sharePath: string, deviceId: string, extra: { fs?: ShareFs; maxBlobBytes?: number } = {}) {
  return new ShareTransport(
    { sharePath, deviceId, fingerprint: `fp-${deviceId}`, appVersion: '0.1.0', fs: extra.fs ?? nodeShareFs, retry: { delayMs: 1 }, now: () => clock.now, ...(extra.maxBlobBytes ? { maxBlobBytes: extra.maxBlobBytes } : {}) },
    emptyLocalState(),
  );
}

/** A ShareFs that remembers the size of every file it returned. */
function sizeRecordingFs(): { fs: ShareFs; sizes: number[] } {
  const sizes: number[] = [];
  return {
    sizes,
    fs: {
      ...nodeShareFs,
      async readFile(path, maxBytes) {
        const bytes = await nodeShareFs.readFile(path, maxBytes);
        sizes.push(bytes.length);
        return bytes;
      },
    },
  };
}

/** Each problem as one line "device file: reason" (matchers on strings, not inside objects). */
const lines = (errors: readonly { deviceId: string; file: string; reason: string }[]) => errors.map((e) => `${e.deviceId} ${e.file}: ${e.reason}`);

const shares = useShareBackends();
const backends: { name: 'folder' | 'samba'; get: () => ShareBackend | null }[] = [
  { name: 'folder', get: () => shares.folder },
  { name: 'samba', get: () => shares.samba },
];

for (const backend of backends) {
  describe(`files on a ${backend.name} share are distrusted alike`, () => {
    const share = async () => backend.get()?.fresh() ?? null;

    it('a garbage device file does not hide that PC: its segments are read and the file is reported', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const a = pc(dir, 'dev-a');
      const b = pc(dir, 'dev-b');
      await a.join();
      await b.join();
      const written = ops('dev-a', 3);
      await a.push(written);
      await a.writeDeviceFile({}, null);
      await writeFile(join(dir, 'qsync', 'devices', 'dev-a.json'), '{"deviceId": "dev-a", "lastSeq": 3, garbage');
      const pulled = await b.pull({});
      expect(pulled.ops.map((o) => o.id)).toEqual(written.map((o) => o.id));
      expect(pulled.cursors).toEqual({ 'dev-a': 3 });
      expect(lines(pulled.errors)).toEqual([expect.stringMatching(/^dev-a qsync\/devices\/dev-a\.json: .*damaged.*not a device file.*still read from its log/)]);
    });

    it('a garbage root.json gets a message naming the file, not a JSON parser error', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const a = pc(dir, 'dev-a');
      await a.join();
      await writeFile(join(dir, 'qsync', 'root.json'), '{"shareId": "8c3c');
      await expect(a.readRoot()).rejects.toThrow(/^qsync\/root\.json is damaged: it is not a share root file/);
      await writeFile(join(dir, 'qsync', 'root.json'), '{"shareId": 42}');
      const wrongType = await failure(a.readRoot());
      expect(wrongType.code).toBe('badFile');
      expect(wrongType.message).toMatch(/^qsync\/root\.json is damaged.*shareId/);
      await expect(pc(dir, 'dev-new').join()).rejects.toThrow(/qsync\/root\.json is damaged/); // nothing is created over it
    });

    it('a 200 MB file under a segment name is reported, not read, and the cursor waits before it', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const a = pc(dir, 'dev-a');
      await a.join();
      const first = ops('dev-a', 2);
      await a.push(first);
      const second = await a.push(ops('dev-a', 2));
      await a.writeDeviceFile({}, null);
      await writeFile(second.file, '');
      await truncate(second.file, 200 * 1024 * 1024); // sparse: no disk used
      const { fs, sizes } = sizeRecordingFs();
      const b = pc(dir, 'dev-b', { fs });
      await b.join();
      for (let round = 0; round < 2; round++) {
        const pulled = await b.pull(round === 0 ? {} : { 'dev-a': 2 });
        expect(pulled.cursors).toEqual({ 'dev-a': 2 });
        expect(lines(pulled.errors)).toEqual([expect.stringMatching(/^dev-a qsync\/log\/dev-a\/\d{6}\/000000000003-000000000004\.seg: damaged .*209715200 bytes, more than .* not read/)]);
      }
      expect(Math.max(...sizes)).toBeLessThan(1024 * 1024);
    });

    it('a blob larger than the attachment size limit is refused before a byte is written', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const a = pc(dir, 'dev-a', { maxBlobBytes: 1024 * 1024 });
      await a.join();
      const bytes = randomBytes(2 * 1024 * 1024);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const refused = await failure(a.blobs.putBlobChunk(sha, 0, bytes.subarray(0, 512 * 1024), bytes.length));
      expect(refused.code).toBe('badBlob');
      expect(refused.message).toMatch(/more than the attachment size limit of 1048576 bytes/);
      expect(await a.blobs.blobStatus(sha)).toEqual({ present: false, partial: 0 });
    });

    it('a download hashes the blob once, not once per chunk', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const counter = countingFs(nodeShareFs);
      const a = pc(dir, 'dev-a', { fs: counter.fs });
      await a.join();
      const bytes = randomBytes(4 * 1024 * 1024);
      const sha = createHash('sha256').update(bytes).digest('hex');
      await a.blobs.putBlobChunk(sha, 0, bytes, bytes.length);
      const b = pc(dir, 'dev-b', { fs: counter.fs });
      counter.reset();
      const parts: Uint8Array[] = [];
      for (let offset = 0; offset < bytes.length; offset += 512 * 1024) parts.push((await b.blobs.readBlobChunk(sha, offset, 512 * 1024)).bytes);
      expect(Buffer.concat(parts).equals(bytes)).toBe(true);
      expect(counter.counts.hashFile).toBe(1);
      expect(counter.counts.readFile ?? 0).toBe(0);
      expect(counter.counts.readAt).toBe(8);
    });

    it('an abandoned upload of this PC (no chunk for a day) is cleaned up; a fresh one is kept', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const a = pc(dir, 'dev-a');
      await a.join();
      const blob = (n: number) => {
        const bytes = randomBytes(n);
        return { bytes, sha: createHash('sha256').update(bytes).digest('hex') };
      };
      const old = blob(300_000);
      const fresh = blob(300_000);
      await a.blobs.putBlobChunk(old.sha, 0, old.bytes.subarray(0, 100_000), old.bytes.length);
      clock.now += 20 * 3600_000;
      await a.blobs.putBlobChunk(fresh.sha, 0, fresh.bytes.subarray(0, 100_000), fresh.bytes.length);
      clock.now += 5 * 3600_000;
      const report = await runMaintenance(a, () => clock.now);
      expect(report.removedParts.map((p) => p.split(/[\\/]/).pop())).toEqual([`.${old.sha}.part-dev-a`]);
      expect(await a.blobs.blobStatus(old.sha)).toEqual({ present: false, partial: 0 });
      expect(await a.blobs.blobStatus(fresh.sha)).toEqual({ present: false, partial: 100_000 });
      expect(Object.keys(a.state.uploads ?? {})).toEqual([fresh.sha]);
    });
  });
}

// Symbolic links are made on the local folder only: over SMB the server resolves links itself.
describe('symbolic links on the share are never followed', () => {
  it('a link where a segment file or a device folder should be is reported, not read', async () => {
    const dir = await shares.folder.fresh();
    const outside = await mkdtemp(join(tmpdir(), 'outside-share-'));
    const a = pc(dir, 'dev-a');
    const b = pc(dir, 'dev-b');
    const c = pc(dir, 'dev-c');
    for (const t of [a, b, c]) await t.join();
    const first = ops('dev-a', 2);
    await a.push(first);
    const second = await a.push(ops('dev-a', 2));
    await a.writeDeviceFile({}, null);
    // a's second segment becomes a link to a genuine copy outside the share
    const copy = join(outside, 'copy.seg');
    await rename(second.file, copy);
    await symlink(copy, second.file);
    // c's whole log folder becomes a link to a folder outside the share
    await c.push(ops('dev-c', 1));
    await c.writeDeviceFile({}, null);
    await rename(join(dir, 'qsync', 'log', 'dev-c'), join(outside, 'dev-c'));
    await symlink(join(outside, 'dev-c'), join(dir, 'qsync', 'log', 'dev-c'), 'dir');

    const pulled = await b.pull({});
    expect(pulled.ops.map((o) => o.id)).toEqual(first.map((o) => o.id));
    expect(pulled.cursors).toEqual({ 'dev-a': 2 });
    expect(lines(pulled.errors)).toEqual([
      expect.stringMatching(/^dev-a qsync\/log\/dev-a\/\d{6}\/000000000003-000000000004\.seg: damaged .*symbolic link/),
      'dev-c qsync/log/dev-c: qsync/log/dev-c is a symbolic link where a folder should be; links on the share are never followed — remove it',
    ]);
  });

  it('a link where this PC writes is never written through: its month folder, a blob part, its device file', async () => {
    const dir = await shares.folder.fresh();
    const outside = await mkdtemp(join(tmpdir(), 'outside-share-'));
    const a = pc(dir, 'dev-a');
    await a.join();
    await a.push(ops('dev-a', 1));
    const monthDir = join(dir, 'qsync', 'log', 'dev-a', (await readdir(join(dir, 'qsync', 'log', 'dev-a')))[0]!);
    await rename(monthDir, join(outside, 'month'));
    await symlink(join(outside, 'month'), monthDir, 'dir');
    const fresh = pc(dir, 'dev-a'); // a new run: nothing cached
    fresh.state = { ...a.state };
    const refused = await failure(fresh.push(ops('dev-a', 1)));
    expect(refused.code).toBe('badFile');
    expect(refused.message).toMatch(/symbolic link where a folder should be/);
    expect(await readdir(join(outside, 'month'))).toHaveLength(1);

    // A blob part planted as a link to a file outside: the upload does not write into it.
    const target = join(outside, 'victim.txt');
    await writeFile(target, 'keep me');
    const bytes = randomBytes(1000);
    const sha = createHash('sha256').update(bytes).digest('hex');
    await mkdir(join(dir, 'qsync', 'blobs', sha.slice(0, 2), sha.slice(2, 4)), { recursive: true });
    await symlink(target, join(dir, 'qsync', 'blobs', sha.slice(0, 2), sha.slice(2, 4), `.${sha}.part-dev-a`));
    await expect(a.blobs.putBlobChunk(sha, 0, bytes, bytes.length)).rejects.toThrow(/symbolic link/);
    expect(await readFile(target, 'utf8')).toBe('keep me');

    // Its device file as a link: reported when read, replaced (not written through) when written.
    await writeFile(join(outside, 'dev-a.json'), 'outside');
    await rename(join(dir, 'qsync', 'devices', 'dev-a.json'), join(outside, 'real.json')).catch(() => undefined);
    await symlink(join(outside, 'dev-a.json'), join(dir, 'qsync', 'devices', 'dev-a.json'));
    const checked = await a.readDevicesChecked();
    expect(lines(checked.problems)).toEqual([expect.stringMatching(/^dev-a qsync\/devices\/dev-a\.json: .*symbolic link/)]);
    await a.writeDeviceFile({}, null);
    expect(await readFile(join(outside, 'dev-a.json'), 'utf8')).toBe('outside');
    expect((await a.readDevicesChecked()).devices.get('dev-a')?.lastSeq).toBe(1);
  });
});
