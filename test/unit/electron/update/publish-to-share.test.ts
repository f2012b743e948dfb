// The admin's publish-to-share command (issue 20.1): a release folder as
// electron-builder leaves it goes to <share>/updates/, the previous version
// stays for the way back, and a rollback is offered to newer PCs.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShareUpdater } from '../../../../electron/main/update/share-updater';
import { createUpdateController } from '../../../../electron/main/update/update-controller';
import { publishToShare, releaseFacts, rollbackOnShare } from '../../../../electron/services/update/publish-to-share';
import { fakeRelease, latestYmlOf, quietLogger, testApp, type FakeRelease } from './fake-release';

let base: string;
let share: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'publish-update-'));
  share = join(base, 'share');
  await mkdir(share);
});
afterEach(() => rm(base, { recursive: true, force: true }));

async function releaseFolder(release: FakeRelease, latestYml = latestYmlOf(release)): Promise<string> {
  const dir = join(base, `release-${release.version}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, release.name), release.bytes);
  await writeFile(join(dir, 'latest.yml'), latestYml);
  return dir;
}

async function stateOf(version: string, station: string): Promise<string> {
  const profile = await mkdtemp(join(base, 'pc-'));
  const updater = new ShareUpdater({ profilePath: profile, sharePath: () => share, stationCode: () => station, publisherNames: null, now: () => 0, app: testApp(version, profile), logger: quietLogger });
  const controller = createUpdateController({ updater, now: () => 0, log: { info: () => undefined, warn: () => undefined } });
  await controller.checkNow();
  const s = controller.status();
  return s.state === 'ready' ? `ready ${s.version ?? ''}` : s.state;
}

describe('publish-to-share', () => {
  it('reads the facts of an electron-builder latest.yml', () => {
    const r = fakeRelease('1.2.3', 10);
    expect(releaseFacts(latestYmlOf(r))).toEqual({ version: '1.2.3', installer: r.name, sha512: r.sha512, size: 10 });
    expect(() => releaseFacts('version: 1.2.3\n')).toThrow(/needs version, path, sha512/);
  });

  it('refuses a release whose installer does not match its latest.yml', async () => {
    const r = fakeRelease('0.3.0', 1000);
    const dir = await releaseFolder(r, latestYmlOf(r, { sha512: fakeRelease('0.3.0', 1000).sha512 }));
    await expect(publishToShare({ sharePath: share, releaseDir: dir })).rejects.toThrow(/sha512 does not match/);
    expect(await readdir(join(share, 'updates')).catch(() => [])).toEqual([]);
  });

  it('publishes to some stations first, then to all, keeps the previous version, and rolls back', async () => {
    const v3 = fakeRelease('0.3.0', 5000);
    const v4 = fakeRelease('0.4.0', 6000);
    const v5 = fakeRelease('0.5.0', 7000);

    await publishToShare({ sharePath: share, releaseDir: await releaseFolder(v3), rollout: { stations: ['B'] } });
    expect(await stateOf('0.2.0', 'A')).toBe('idle');
    expect(await stateOf('0.2.0', 'B')).toBe('ready 0.3.0');

    await publishToShare({ sharePath: share, releaseDir: await releaseFolder(v3) }); // now everyone
    expect(await stateOf('0.2.0', 'A')).toBe('ready 0.3.0');

    const p4 = await publishToShare({ sharePath: share, releaseDir: await releaseFolder(v4) });
    expect(p4).toMatchObject({ version: '0.4.0', previous: '0.3.0' });
    const p5 = await publishToShare({ sharePath: share, releaseDir: await releaseFolder(v5) });
    expect(p5.removed.sort()).toEqual([v3.name, 'latest-0.3.0.yml'].sort());
    expect((await readdir(join(share, 'updates'))).sort()).toEqual([v4.name, v5.name, 'latest-0.4.0.yml', 'latest-0.5.0.yml', 'latest.yml'].sort());

    // 0.5.0 is bad: back to 0.4.0 for everyone, including PCs that already took 0.5.0.
    const back = await rollbackOnShare({ sharePath: share });
    expect(back).toMatchObject({ version: '0.4.0', previous: '0.5.0' });
    expect(JSON.parse(await readFile(join(share, 'updates', 'rollout.json'), 'utf8'))).toEqual({ allowDowngrade: true });
    expect(await stateOf('0.5.0', 'A')).toBe('ready 0.4.0');
    expect(await stateOf('0.4.0', 'A')).toBe('idle');

    // Publishing the fixed version again clears the downgrade permission.
    await publishToShare({ sharePath: share, releaseDir: await releaseFolder(fakeRelease('0.5.1', 100)) });
    expect(await readdir(join(share, 'updates'))).not.toContain('rollout.json');
  });

  it('refuses a rollback to a version that is not kept', async () => {
    await publishToShare({ sharePath: share, releaseDir: await releaseFolder(fakeRelease('0.3.0', 100)) });
    await expect(rollbackOnShare({ sharePath: share, version: '0.1.0' })).rejects.toThrow(/not kept/);
    await expect(rollbackOnShare({ sharePath: share })).rejects.toThrow(/no earlier version/);
  });
});
