/** Scheduled snapshots and compaction (electron/services/sync/snapshot-schedule.ts) on a temp folder with an injected clock. */
import { mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeShareFs, type ShareFs } from '../../../../../electron/services/sync/share-fs';
import { emptyLocalState, ShareTransport } from '../../../../../electron/services/sync/share-transport';
import { DEFAULT_MAINTENANCE, runMaintenance } from '../../../../../electron/services/sync/snapshot-schedule';
import { createSyncService } from '../../../../../electron/services/sync/sync-service';
import { openSettingsStore } from '../../../../../electron/services/settings-store';
import { silentLogger } from '../../../../../electron/services/errors';
import type { WireOp } from '../../../../../shared/sync/codec';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

let seq = 0;
function ops(deviceId: string, n: number): WireOp[] {
  return Array.from({ length: n }, () => {
    seq++;
    return { id: `op-${seq}`, hlc: `${String(1_732_352_400_000 + seq).padStart(15, '0')}-0000`, deviceId, user: '张三', entity: 'case', entityId: `c${seq % 50}`, fields: { customerName: `客户${seq}` }, schemaVersion: 2 };
  });
}

/** Files get the injected clock as their time (rename is how every share file is finalised). */
function clockFs(clock: { now: number }): ShareFs {
  return {
    ...nodeShareFs,
    rename: async (from, to) => {
      await nodeShareFs.rename(from, to);
      await utimes(to, clock.now / 1000, clock.now / 1000);
    },
  };
}

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'snap-schedule-'));
  dirs.push(dir);
  const clock = { now: Date.parse('2026-11-23T02:00:00Z') };
  const fs = clockFs(clock);
  const pc = (deviceId: string) => new ShareTransport({ sharePath: dir, deviceId, fingerprint: `fp-${deviceId}`, appVersion: '0.1.0', fs, now: () => clock.now, retry: { delayMs: 1 } }, emptyLocalState());
  const a = pc('dev-a');
  const b = pc('dev-b');
  await a.join();
  await b.join();
  const snaps = async () => (await readdir(join(dir, 'qsync', 'snap'))).filter((n) => n.endsWith('.snap')).sort();
  const segs = async (id: string) => {
    const root = join(dir, 'qsync', 'log', id);
    const out: string[] = [];
    for (const m of await readdir(root).catch(() => [])) out.push(...(await readdir(join(root, m))));
    return out.filter((n) => n.endsWith('.seg')).sort();
  };
  return { dir, clock, a, b, snaps, segs, run: (t: ShareTransport) => runMaintenance(t, () => clock.now) };
}

describe('scheduled snapshots and compaction', () => {
  it('checks at most hourly; snapshots on ≥ 5,000 new ops or a day of age, at most every 6 hours', async () => {
    const { clock, a, b, snaps, run } = await setup();
    await a.push(ops('dev-a', 10));
    await a.writeDeviceFile({}, null);
    // A young share with few ops: no snapshot.
    expect(await run(a)).toMatchObject({ ran: true, snapshot: null, newOps: 10 });
    clock.now += 30 * 60_000;
    expect((await run(a)).ran).toBe(false); // checked half an hour ago: nothing read

    await b.push(ops('dev-b', 5000));
    await b.writeDeviceFile({}, null);
    clock.now += HOUR;
    const first = await run(a);
    expect(first.snapshot).toMatchObject({ reason: 'ops', written: true });
    expect(first.newOps).toBe(5010);
    expect(await snaps()).toEqual([`${first.snapshot!.hash}.snap`]);
    expect(a.state.maintenance?.own.map((o) => o.hash)).toEqual([first.snapshot!.hash]);

    // Another 5,000 within 6 hours: checked, but no second snapshot yet.
    await b.push(ops('dev-b', 5000));
    await b.writeDeviceFile({}, null);
    clock.now += HOUR;
    expect(await run(a)).toMatchObject({ ran: true, snapshot: null, newOps: 5000 });
    clock.now += 5 * HOUR;
    expect((await run(a)).snapshot).toMatchObject({ reason: 'ops', written: true });

    // A few new ops: only once the newest snapshot is a day old.
    await b.push(ops('dev-b', 3));
    await b.writeDeviceFile({}, null);
    clock.now += 7 * HOUR;
    expect(await run(a)).toMatchObject({ snapshot: null, newOps: 3 });
    clock.now += DAY;
    expect((await run(a)).snapshot).toMatchObject({ reason: 'age' });
    // Nothing new: no snapshot however old.
    clock.now += 2 * DAY;
    expect(await run(a)).toMatchObject({ ran: true, snapshot: null, newOps: 0 });
    expect(await snaps()).toHaveLength(3);
  });

  it('compacts own segments and removes own superseded snapshots only after the grace period; never others’ files', async () => {
    const { dir, clock, a, b, snaps, segs, run } = await setup();
    await a.push(ops('dev-a', 3000));
    await a.writeDeviceFile({}, null);
    // B writes a snapshot of its own first (not A's to remove).
    const bSnap = await b.writeSnapshot();
    await a.push(ops('dev-a', 2500));
    await a.push(ops('dev-a', 2500));
    await a.writeDeviceFile({}, null);
    await b.writeDeviceFile({ 'dev-a': 8000 }, null); // B has read all of A
    clock.now += HOUR;
    const s1 = (await run(a)).snapshot!;
    expect(s1).toMatchObject({ reason: 'ops', written: true });
    expect(s1.hash).not.toBe(bSnap.hash);

    await a.push(ops('dev-a', 20));
    await a.writeDeviceFile({}, null);
    await b.writeDeviceFile({ 'dev-a': 8020 }, null);
    clock.now += DAY + HOUR;
    const second = await run(a);
    const s2 = second.snapshot!;
    expect(s2).toMatchObject({ reason: 'age', written: true });
    // Within the grace period: nothing removed.
    expect(second.removedSegments).toEqual([]);
    expect(second.removedSnapshots).toEqual([]);
    expect(await snaps()).toEqual([bSnap.hash, s1.hash, s2.hash].map((h) => `${h}.snap`).sort());

    // A device that has not read past A's segments holds compaction back.
    await b.writeDeviceFile({ 'dev-a': 3000 }, null);
    clock.now += 8 * DAY;
    const held = await run(a);
    expect(held.removedSegments.map((p) => p.split(/[\\/]/).pop())).toEqual(['000000000001-000000003000.seg']);
    expect(held.removedSnapshots.map((p) => p.split(/[\\/]/).pop())).toEqual([`${s1.hash}.snap`]);
    expect(await snaps()).toEqual([bSnap.hash, s2.hash].map((h) => `${h}.snap`).sort()); // B's snapshot is not A's to remove
    expect(await segs('dev-a')).toEqual(['000000003001-000000005500.seg', '000000005501-000000008000.seg', '000000008001-000000008020.seg']);
    expect(a.state.maintenance?.own.map((o) => o.hash)).toEqual([s2.hash]); // the newest is never removed

    await b.writeDeviceFile({ 'dev-a': 8020 }, null);
    clock.now += 2 * HOUR;
    expect((await run(a)).removedSegments).toHaveLength(3);
    expect(await segs('dev-a')).toEqual([]);
    // A joining PC still gets everything from the newest snapshot.
    const c = new ShareTransport({ ...a.options, deviceId: 'dev-c', fingerprint: 'fp-c' }, emptyLocalState());
    await c.join();
    const pulled = await c.pull({}, { useSnapshot: true });
    expect(pulled.snapshot).toBe(s2.hash);
    expect(pulled.cursors['dev-a']).toBe(8020);
    expect(dir).toBeTruthy();
  });

  it('a missing own snapshot file is only forgotten', async () => {
    const { clock, a, snaps, run } = await setup();
    await a.push(ops('dev-a', 5000));
    await a.writeDeviceFile({}, null);
    const s1 = (await run(a)).snapshot!;
    await a.push(ops('dev-a', 5000));
    await a.writeDeviceFile({}, null);
    clock.now += 6 * HOUR;
    const s2 = (await run(a)).snapshot!;
    await rm(join(a.root, 'snap', `${s1.hash}.snap`)); // someone deleted it by hand
    clock.now += 8 * DAY;
    const r = await run(a);
    expect(r.removedSnapshots).toEqual([]);
    expect(a.state.maintenance?.own.map((o) => o.hash)).toEqual([s2.hash]);
    expect(await snaps()).toEqual([`${s2.hash}.snap`]);
  });

  it('runs after a pull that caught up, persists its state, and never while read-only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'snap-service-'));
    const profile = await mkdtemp(join(tmpdir(), 'snap-profile-'));
    dirs.push(dir, profile);
    const clock = { now: Date.parse('2026-11-23T02:00:00Z') };
    const settings = await openSettingsStore({ profilePath: profile, logger: silentLogger, now: () => Date.parse('2026-11-23T02:00:00Z') });
    await settings.update({ sharePath: dir, stationCode: 'A' });
    // The current app (9.0.0: the share's minAppVersion set below does not make it read-only).
    const service = createSyncService({ profilePath: profile, settingsStore: settings, appVersion: '9.0.0', fingerprint: () => 'fp', fs: clockFs(clock), now: () => clock.now, retry: { delayMs: 1 } });
    await service.syncJoin({});
    const me = settings.get().deviceId;
    const many = ops(me, DEFAULT_MAINTENANCE.minNewOps);
    await service.syncPush({ ops: many, cursors: {}, lastHlc: null });
    await service.syncPull({ cursors: { [me]: many.length } });
    const state = JSON.parse(await readFile(join(profile, 'sync-state.json'), 'utf8')) as { maintenance: { own: { hash: string }[]; checkedAt: number } };
    expect(state.maintenance.checkedAt).toBe(clock.now);
    expect(state.maintenance.own).toHaveLength(1);
    expect(await readdir(join(dir, 'qsync', 'snap'))).toEqual([`${state.maintenance.own[0]!.hash}.snap`]);

    // An app older than the share's minAppVersion writes nothing there.
    const old = await mkdtemp(join(tmpdir(), 'snap-old-'));
    dirs.push(old);
    const oldSettings = await openSettingsStore({ profilePath: old, logger: silentLogger, now: () => Date.parse('2026-11-23T02:00:00Z') });
    await oldSettings.update({ sharePath: dir, stationCode: 'B' });
    const rootPath = join(dir, 'qsync', 'root.json');
    const root = JSON.parse(await readFile(rootPath, 'utf8')) as Record<string, unknown>;
    await (await import('node:fs/promises')).writeFile(rootPath, JSON.stringify({ ...root, minAppVersion: '9.0.0' }));
    const oldService = createSyncService({ profilePath: old, settingsStore: oldSettings, appVersion: '0.1.0', fingerprint: () => 'fp-old', fs: clockFs(clock), now: () => clock.now + 10 * DAY, retry: { delayMs: 1 } });
    expect((await oldService.syncJoin({})).readOnly).toBe(true);
    await service.syncPush({ ops: ops(me, 10), cursors: {}, lastHlc: null });
    const pulled = await oldService.syncPull({ cursors: {} });
    expect(pulled.readOnly).toBe(true);
    expect(await readdir(join(dir, 'qsync', 'snap'))).toHaveLength(1);
    expect(JSON.parse(await readFile(join(old, 'sync-state.json'), 'utf8'))).not.toHaveProperty('maintenance');
  });
});
