// A release as electron-builder leaves it, made by the tests: a fake
// installer (random bytes) and its latest.yml with the installer's sha512 in
// base64 and its size, in a share's updates/ folder. Plus an AppAdapter so
// electron-updater's real NsisUpdater runs under plain Node.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';

export interface FakeRelease {
  version: string;
  name: string;
  bytes: Buffer;
  sha512: string;
}

export function fakeRelease(version: string, size = 300_000): FakeRelease {
  const bytes = randomBytes(size);
  return { version, name: `ComplaintReturnDesk-${version}-x64-setup.exe`, bytes, sha512: createHash('sha512').update(bytes).digest('base64') };
}

export function latestYmlOf(release: FakeRelease, overrides: { sha512?: string; size?: number } = {}): string {
  const sha512 = overrides.sha512 ?? release.sha512;
  const size = overrides.size ?? release.bytes.length;
  return [
    `version: ${release.version}`,
    'files:',
    `  - url: ${release.name}`,
    `    sha512: ${sha512}`,
    `    size: ${size}`,
    `path: ${release.name}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-11-30T08:00:00.000Z'",
    '',
  ].join('\n');
}

/** Puts the release into `<share>/updates/` (installer first, latest.yml last, like publish-to-share). */
export async function publish(sharePath: string, release: FakeRelease, options: { rollout?: object; latestYml?: string } = {}): Promise<string> {
  const dir = join(sharePath, 'updates');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, release.name), release.bytes);
  if (options.rollout) await writeFile(join(dir, 'rollout.json'), JSON.stringify(options.rollout));
  await writeFile(join(dir, 'latest.yml'), options.latestYml ?? latestYmlOf(release));
  return dir;
}

export function testApp(version: string, userDataPath: string): AppAdapter & { quits: number } {
  return {
    version,
    name: 'complaint-return-desk',
    isPackaged: true,
    appUpdateConfigPath: join(userDataPath, 'no-app-update.yml'),
    userDataPath,
    baseCachePath: join(userDataPath, 'cache'),
    quits: 0,
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit() {
      this.quits++;
    },
    onQuit: () => undefined,
  };
}

export const quietLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
