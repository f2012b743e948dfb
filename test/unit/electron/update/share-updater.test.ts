// Updates from the shared folder (issue 20.1), end to end under plain Node:
// electron-updater's real NsisUpdater with our ShareProvider and share copy,
// against a temp folder holding a fake installer and a real latest.yml.
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShareUpdater, UPDATE_CACHE_DIR } from '../../../../electron/main/update/share-updater';
import { createUpdateController, type UpdateController } from '../../../../electron/main/update/update-controller';
import { nodeShareFs, type ShareFs } from '../../../../electron/services/sync/share-fs';
import type { UpdateStatus } from '../../../../shared/ipc/update-contract';
import { fakeRelease, latestYmlOf, publish, quietLogger, testApp } from './fake-release';

let base: string;
let share: string;
let profile: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'share-update-'));
  share = join(base, 'share');
  profile = join(base, 'profile');
  await mkdir(share, { recursive: true });
  await mkdir(profile, { recursive: true });
});
afterEach(() => rm(base, { recursive: true, force: true }));

interface Pc {
  updater: ShareUpdater;
  controller: UpdateController;
  statuses: UpdateStatus[];
  warnings: string[];
}

function pc(options: { version?: string; station?: string; fs?: ShareFs; chunkBytes?: number; maxInstallerBytes?: number } = {}): Pc {
  const updater = new ShareUpdater({
    profilePath: profile,
    sharePath: () => share,
    stationCode: () => options.station ?? 'A',
    publisherNames: null,
    now: () => 1_000,
    app: testApp(options.version ?? '0.2.0', profile),
    logger: quietLogger,
    chunkBytes: options.chunkBytes ?? 64 * 1024,
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.maxInstallerBytes ? { maxInstallerBytes: options.maxInstallerBytes } : {}),
  });
  const statuses: UpdateStatus[] = [];
  const warnings: string[] = [];
  let clock = 0;
  const controller = createUpdateController({
    updater,
    now: () => (clock += 1000),
    intervalMs: 60_000,
    onStatus: (s) => statuses.push(s),
    log: { info: () => undefined, warn: (m) => warnings.push(m) },
  });
  return { updater, controller, statuses, warnings };
}

const pending = () => join(profile, UPDATE_CACHE_DIR, 'pending');
const partial = () => join(profile, UPDATE_CACHE_DIR, 'partial');
const list = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).sort();

describe('updates from the shared folder', () => {
  it('finds a newer version on the share, copies it with progress, verifies it and holds it ready', async () => {
    const release = fakeRelease('0.3.0');
    await publish(share, release);
    const { controller, statuses } = pc();
    await controller.checkNow();
    expect(controller.status()).toMatchObject({ state: 'ready', version: '0.3.0', total: release.bytes.length, transferred: release.bytes.length });
    expect(await readFile(join(pending(), release.name))).toEqual(release.bytes);
    const progress = statuses.filter((s) => s.state === 'downloading').map((s) => s.transferred);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await list(partial())).toEqual([]);
  });

  it('refuses an installer whose sha512 is not the one in latest.yml and removes the copy', async () => {
    const release = fakeRelease('0.3.0');
    const other = fakeRelease('0.3.0');
    await publish(share, release, { latestYml: latestYmlOf(release, { sha512: other.sha512 }) });
    const { controller, warnings } = pc();
    await controller.checkNow();
    expect(controller.status().state).toBe('error');
    expect(controller.status().message).toMatch(/sha512/);
    expect(warnings.join('\n')).toMatch(/sha512 of the copied installer does not match/);
    expect((await list(pending())).filter((f) => f.endsWith('.exe'))).toEqual([]);
    expect(await list(partial())).toEqual([]);
  });

  it('refuses an installer whose size is not the one in latest.yml', async () => {
    const release = fakeRelease('0.3.0');
    await publish(share, release, { latestYml: latestYmlOf(release, { size: release.bytes.length - 10 }) });
    const { controller } = pc();
    await controller.checkNow();
    expect(controller.status()).toMatchObject({ state: 'error' });
    expect(controller.status().message).toMatch(/latest\.yml says/);
  });

  it('refuses an installer larger than the cap before copying a byte', async () => {
    const release = fakeRelease('0.3.0');
    await publish(share, release);
    const { controller } = pc({ maxInstallerBytes: 1000 });
    await controller.checkNow();
    expect(controller.status().message).toMatch(/more than the 1000/);
    expect(await list(partial())).toEqual([]);
  });

  it('resumes a copy cut short when the share went away mid-download, and verifies the whole', async () => {
    const release = fakeRelease('0.3.0', 640 * 1024);
    const updates = await publish(share, release);
    await mkdir(partial(), { recursive: true });
    await writeFile(join(partial(), 'feedface.part'), 'a part of a version no longer published');
    let reads = 0;
    let bytesRead = 0;
    let cutAfter = 3;
    const flaky: ShareFs = {
      ...nodeShareFs,
      async readAt(path, offset, length) {
        reads++;
        if (reads === cutAfter) await rename(updates, `${updates}-gone`); // the server drops off mid-copy
        const r = await nodeShareFs.readAt(path, offset, length);
        bytesRead += r.bytes.length;
        return r;
      },
    };
    const { controller, warnings } = pc({ fs: flaky, chunkBytes: 64 * 1024 });
    await controller.checkNow();
    expect(controller.status().state).toBe('idle'); // offline is no error for the clerk: retried next round
    expect(warnings.join('\n')).toMatch(/ENOENT/);
    const parts = await list(partial());
    expect(parts).toHaveLength(1);
    const kept = (await stat(join(partial(), parts[0] ?? ''))).size;
    expect(kept).toBe(2 * 64 * 1024);

    await rename(`${updates}-gone`, updates); // back
    cutAfter = -1;
    bytesRead = 0;
    await controller.checkNow();
    expect(controller.status()).toMatchObject({ state: 'ready', version: '0.3.0' });
    expect(bytesRead).toBe(release.bytes.length - kept); // only the rest was copied
    expect(await readFile(join(pending(), release.name))).toEqual(release.bytes);
    expect(await list(partial())).toEqual([]);
  });

  it('a damaged part file is not trusted: the whole is checked, removed, and the next try starts over', async () => {
    const release = fakeRelease('0.3.0');
    await publish(share, release);
    const first = pc();
    // A part file of the right name holding wrong bytes (a disk error, a bad earlier copy).
    await mkdir(partial(), { recursive: true });
    const { partialPath } = await import('../../../../electron/services/update/installer-copy');
    await writeFile(partialPath(partial(), release.sha512), Buffer.alloc(1000, 7));
    await first.controller.checkNow();
    expect(first.controller.status().message).toMatch(/sha512/);
    expect(await list(partial())).toEqual([]);
    await first.controller.checkNow();
    expect(first.controller.status().state).toBe('ready');
  });

  it('rolls out only to the station codes in rollout.json', async () => {
    const release = fakeRelease('0.3.0');
    await publish(share, release, { rollout: { stations: ['B', 'C1'] } });
    const a = pc({ station: 'A' });
    await a.controller.checkNow();
    expect(a.controller.status().state).toBe('idle');
    expect(await list(pending())).toEqual([]);
    const noStation = pc({ station: '' });
    await noStation.controller.checkNow();
    expect(noStation.controller.status().state).toBe('idle');
    const b = pc({ station: 'C1' });
    await b.controller.checkNow();
    expect(b.controller.status()).toMatchObject({ state: 'ready', version: '0.3.0' });
  });

  it('goes back to an older version only when rollout.json allows the downgrade', async () => {
    const older = fakeRelease('0.2.0');
    await publish(share, older);
    const newer = pc({ version: '0.3.0' });
    await newer.controller.checkNow();
    expect(newer.controller.status().state).toBe('idle');

    await writeFile(join(share, 'updates', 'rollout.json'), JSON.stringify({ allowDowngrade: true }));
    await newer.controller.checkNow();
    expect(newer.controller.status()).toMatchObject({ state: 'ready', version: '0.2.0' });
    expect(await readFile(join(pending(), older.name))).toEqual(older.bytes);
  });

  it('is quiet when nothing is published or the version is the same', async () => {
    const { controller, warnings } = pc();
    await controller.checkNow();
    expect(controller.status().state).toBe('idle');
    await publish(share, fakeRelease('0.2.0'));
    await controller.checkNow();
    expect(controller.status().state).toBe('idle');
    expect(warnings).toEqual([]);
  });

  describe('an untrusted latest.yml is refused with a clear message, never a crash', () => {
    const cases: [string, (release: ReturnType<typeof fakeRelease>) => string, RegExp][] = [
      ['not YAML', () => 'version: [0.3.0\nfiles: {{{', /latest\.yml: not valid YAML/],
      ['no sha512', (r) => `version: 0.3.0\nfiles:\n  - url: ${r.name}\n    size: 10\n`, /latest\.yml: .*sha512/],
      ['a path out of the folder', (r) => latestYmlOf(r).replace(`url: ${r.name}`, 'url: ../../Windows/evil.exe'), /plain file name/],
      ['not a version', (r) => latestYmlOf(r).replace('version: 0.3.0', 'version: latest'), /version/],
      ['oversized', (r) => latestYmlOf(r) + `# ${'x'.repeat(70 * 1024)}\n`, /larger than 65536 bytes/],
    ];
    for (const [name, make, expected] of cases) {
      it(name, async () => {
        const release = fakeRelease('0.3.0');
        await publish(share, release, { latestYml: make(release) });
        const { controller, warnings } = pc();
        await controller.checkNow();
        expect(controller.status().state).toBe('error');
        expect(controller.status().message).toMatch(expected);
        expect(warnings.join('\n')).toMatch(expected);
        expect(await list(pending())).toEqual([]);
      });
    }

    it('a malformed rollout.json stops the update (never rolls out to everyone by mistake)', async () => {
      await publish(share, fakeRelease('0.3.0'), { rollout: { station: ['B'] } });
      const { controller } = pc({ station: 'A' });
      await controller.checkNow();
      expect(controller.status().message).toMatch(/rollout\.json: not a rollout setting/);
    });

    it('links are never followed: latest.yml or the updates folder as a symbolic link', async () => {
      const elsewhere = join(base, 'elsewhere');
      const release = fakeRelease('0.3.0');
      await publish(elsewhere, release);
      await mkdir(join(share, 'updates'));
      await symlink(join(elsewhere, 'updates', 'latest.yml'), join(share, 'updates', 'latest.yml'));
      const one = pc();
      await one.controller.checkNow();
      expect(one.controller.status().message).toMatch(/symbolic link/);

      await rm(join(share, 'updates'), { recursive: true });
      await symlink(join(elsewhere, 'updates'), join(share, 'updates'));
      const two = pc();
      await two.controller.checkNow();
      expect(two.controller.status().message).toMatch(/updates: is a symbolic link/);
    });
  });

  it('checks after a sync round at most once per interval, and not once an update waits', async () => {
    const release = fakeRelease('0.3.0');
    await publish(share, release);
    const { controller } = pc();
    controller.onSyncRound(); // starts
    controller.onSyncRound(); // one is running: ignored
    await controller.checkNow(); // joins the running one
    expect(controller.status().state).toBe('ready');
    await rm(join(share, 'updates'), { recursive: true });
    controller.onSyncRound(); // ready: no more checks
    expect(controller.status().state).toBe('ready');
  });

  it('installNow refuses while nothing is ready', async () => {
    const { controller } = pc();
    await expect(controller.installNow()).rejects.toThrow(/noUpdateReady/);
  });
});
