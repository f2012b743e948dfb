import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeShareFs, type ShareFs } from '../../../../../electron/services/sync/share-fs';
import { CloneDetectedError, emptyLocalState, ShareTransport } from '../../../../../electron/services/sync/share-transport';
import type { WireOp } from '../../../../../shared/sync/codec';
import { useShareBackends, type ShareBackend } from '../../../sync/share-backends';

let seq = 0;
function ops(deviceId: string, n: number, entityId = 'c1'): WireOp[] {
  return Array.from({ length: n }, () => {
    seq++;
    return { id: `op-${seq}`, hlc: `${String(1_732_352_400_000 + seq).padStart(15, '0')}-0000`, deviceId, user: '张三', entity: 'case', entityId, fields: { customerName: `客户${seq}` }, schemaVersion: 2 };
  });
}

function pc(sharePath: string, deviceId: string, extra: { fs?: ShareFs; fingerprint?: string; appVersion?: string } = {}) {
  return new ShareTransport({ sharePath, deviceId, fingerprint: extra.fingerprint ?? `fp-${deviceId}`, appVersion: extra.appVersion ?? '0.1.0', fs: extra.fs ?? nodeShareFs, retry: { delayMs: 1 }, now: () => 1_732_352_400_000 }, emptyLocalState());
}

const backends: { name: string; get: () => ShareBackend | null }[] = [];
const shares = useShareBackends();
backends.push({ name: 'folder', get: () => shares.folder }, { name: 'samba', get: () => shares.samba });

for (const backend of backends) {
  describe(`share transport on a ${backend.name}`, () => {
    const share = async () => {
      const b = backend.get();
      if (!b) return null;
      return b.fresh();
    };

    it('creates qsync/, refuses another share (nothing written) and an emptied share', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const a = pc(dir, 'dev-a');
      const joined = await a.join();
      expect(joined.created).toBe(true);
      expect(await readdir(join(dir, 'qsync'))).toEqual(expect.arrayContaining(['root.json', 'devices', 'log', 'snap', 'blobs']));
      const other = await share();
      const o = pc(other!, 'dev-x');
      await o.join();
      const intruder = new ShareTransport({ ...a.options, sharePath: other! }, { ...a.state });
      const before = await readdir(join(other!, 'qsync', 'devices'));
      await expect(intruder.join()).rejects.toMatchObject({ code: 'wrongShare' });
      expect(await readdir(join(other!, 'qsync', 'devices'))).toEqual(before);
      const empty = await share();
      await expect(new ShareTransport({ ...a.options, sharePath: empty! }, { ...a.state }).join()).rejects.toMatchObject({ code: 'shareEmpty' });
      expect(await readdir(empty!)).toEqual([]);
    });

    it('pushes verified segments and another PC pulls them in order, idle rounds list nothing', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const a = pc(dir, 'dev-a');
      const b = pc(dir, 'dev-b');
      await a.join();
      await b.join();
      const first = ops('dev-a', 3);
      const second = ops('dev-a', 2);
      expect((await a.push(first)).published).toEqual(first.map((o) => o.id));
      await a.writeDeviceFile({}, null);
      await a.push(second);
      await a.writeDeviceFile({}, null);
      const pulled = await b.pull({});
      expect(pulled.ops.map((o) => o.id)).toEqual([...first, ...second].map((o) => o.id));
      expect(pulled.cursors).toEqual({ 'dev-a': 5 });
      expect(pulled.remaining).toBe(0);
      const again = await b.pull(pulled.cursors);
      expect(again.ops).toEqual([]);
    });

    it('a truncated or damaged segment stops that device (retried, never skipped)', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const a = pc(dir, 'dev-a');
      const b = pc(dir, 'dev-b');
      await a.join();
      await b.join();
      await a.push(ops('dev-a', 2));
      const r2 = await a.push(ops('dev-a', 2));
      await a.push(ops('dev-a', 1));
      await a.writeDeviceFile({}, null);
      const good = await readFile(r2.file, 'utf8');
      await writeFile(r2.file, good.slice(0, good.length - 30));
      const p1 = await b.pull({});
      expect(p1.cursors).toEqual({ 'dev-a': 2 });
      expect(p1.errors[0]?.reason).toMatch(/truncated/);
      await writeFile(r2.file, good.replace('客户', '客戶'));
      const p2 = await b.pull(p1.cursors);
      expect(p2.cursors).toEqual({ 'dev-a': 2 });
      expect(p2.errors[0]?.reason).toMatch(/badHash/);
      await writeFile(r2.file, good);
      const p3 = await b.pull(p2.cursors);
      expect(p3.cursors).toEqual({ 'dev-a': 5 });
      expect(p3.ops).toHaveLength(3);
    });

    it('retries EPERM/EBUSY on rename and adopts a segment whose push was interrupted after the rename', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      let failures = 2;
      let loseAfterRename = false;
      const flaky: ShareFs = {
        ...nodeShareFs,
        async rename(from, to) {
          if (failures-- > 0) throw Object.assign(new Error('busy'), { code: failures % 2 ? 'EPERM' : 'EBUSY' });
          await nodeShareFs.rename(from, to);
          if (loseAfterRename) {
            loseAfterRename = false;
            throw Object.assign(new Error('network name no longer available'), { code: 'ENETRESET' });
          }
        },
      };
      const a = pc(dir, 'dev-a', { fs: flaky });
      await a.join();
      const batch = ops('dev-a', 3);
      await a.push(batch);
      loseAfterRename = true;
      const next = ops('dev-a', 2);
      await expect(a.push(next)).rejects.toThrow(/no longer available/);
      expect(a.state.lastSeq).toBe(3);
      const more = ops('dev-a', 1);
      const retried = await a.push([...next, ...more]);
      expect(retried.published).toEqual([...next, ...more].map((o) => o.id));
      expect(a.state.lastSeq).toBe(6);
      const names = (await readdir(join(dir, 'qsync', 'log', 'dev-a'), { recursive: true })).filter((n) => n.endsWith('.seg')).sort();
      expect(names.map((n) => n.slice(-29))).toEqual(['000000000001-000000000003.seg', '000000000004-000000000005.seg', '000000000006-000000000006.seg']);
    });

    it('detects a cloned PC: the device file shows another fingerprint, or segments under our id we did not write', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const original = pc(dir, 'dev-a', { fingerprint: 'fp-original' });
      await original.join();
      await original.push(ops('dev-a', 2));
      await original.writeDeviceFile({}, null);
      const clone = new ShareTransport({ ...original.options, fingerprint: 'fp-clone' }, { ...original.state, lastSeq: 0, lastMonth: null });
      await expect(clone.pull({})).rejects.toBeInstanceOf(CloneDetectedError);
      const sameFp = new ShareTransport({ ...original.options }, { ...original.state, lastSeq: 0 });
      await expect(sameFp.push(ops('dev-a', 1))).rejects.toBeInstanceOf(CloneDetectedError);
    });

    it('an older app turns read-only; a share restored from an old backup is reported', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const a = pc(dir, 'dev-a', { appVersion: '2.0.0' });
      await a.join({ minAppVersion: '2.0.0' });
      const old = pc(dir, 'dev-old', { appVersion: '1.9.9' });
      expect((await old.join()).readOnly).toBe(true);
      await a.push(ops('dev-a', 4));
      await a.writeDeviceFile({}, null);
      const b = pc(dir, 'dev-b', { appVersion: '2.0.0' });
      await b.join();
      await b.pull({});
      // The share is restored from a backup taken before dev-a's segments.
      const state = { ...b.state, seen: { ...b.state.seen } };
      await writeFile(join(dir, 'qsync', 'devices', 'dev-a.json'), (await readFile(join(dir, 'qsync', 'devices', 'dev-a.json'), 'utf8')).replace('"lastSeq": 4', '"lastSeq": 1'));
      const after = new ShareTransport(b.options, state);
      expect((await after.join()).warnings).toEqual([{ code: 'shareOlder', deviceId: 'dev-a', seen: 4, now: 1 }]);
    });

    it('blobs: an interrupted 50 MB upload resumes, is verified, and lands under blobs/ab/cd/<sha256>', async (ctx) => {
      const dir = await share();
      if (!dir) return ctx.skip();
      const { createHash, randomBytes } = await import('node:crypto');
      const size = backend.name === 'samba' ? 8 * 1024 * 1024 : 50 * 1024 * 1024;
      const bytes = randomBytes(size);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const a = pc(dir, 'dev-a');
      await a.join();
      const chunk = 4 * 1024 * 1024;
      for (let off = 0; off < size / 2; off += chunk) await a.blobs.putBlobChunk(sha, off, bytes.subarray(off, off + chunk), size);
      // interrupted here (the PC lost the share); later:
      const status = await a.blobs.blobStatus(sha);
      expect(status.present).toBe(false);
      expect(status.partial).toBeGreaterThan(0);
      await expect(a.blobs.putBlobChunk(sha, status.partial + 1, bytes.subarray(0, 1), size)).rejects.toMatchObject({ code: 'badBlob' });
      for (let off = status.partial; off < size; off += chunk) await a.blobs.putBlobChunk(sha, off, bytes.subarray(off, off + chunk), size);
      expect(await a.blobs.blobStatus(sha)).toEqual({ present: true, partial: 0 });
      expect(Buffer.from(await a.blobs.readBlob(sha)).equals(bytes)).toBe(true);
    }, 120_000);
  });
}
