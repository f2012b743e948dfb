/**
 * The IT admin's command for updates from the shared folder (issue 20.1):
 * owns writing `<share>/updates/`. `publish` copies a built installer and
 * its latest.yml from electron-builder's release folder (after checking the
 * installer's size and sha512 against latest.yml), keeps the previous
 * version's installer and latest.yml (as latest-<version>.yml) for the way
 * back, removes older ones, writes or clears rollout.json, and writes
 * latest.yml last, so a PC never sees a latest.yml whose installer is not
 * complete. `rollback` republishes a kept version with allowDowngrade.
 */
import { copyFile, lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LATEST_YML, MAX_FEED_BYTES, MAX_INSTALLER_BYTES, ROLLOUT_JSON, rolloutSchema, UPDATES_DIR, type Rollout } from '../../../shared/domain/app-update';
import { errorCode } from '../atomic-write';
import { sha512OfFile as sha512Of } from './installer-copy';

export interface ReleaseFacts {
  version: string;
  installer: string;
  sha512: string;
  size: number;
}

/** The top-level facts of an electron-builder latest.yml (its fixed layout: `version:`, `path:`, `sha512:`, files[0].size). */
export function releaseFacts(latestYml: string): ReleaseFacts {
  const top = (key: string) => new RegExp(`^${key}:[ \\t]*['"]?([^'"\\r\\n]+?)['"]?[ \\t]*$`, 'm').exec(latestYml)?.[1];
  const version = top('version');
  const installer = top('path');
  const sha512 = top('sha512');
  const size = /^[ \t]+size:[ \t]*(\d+)/m.exec(latestYml)?.[1];
  if (!version || !installer || !sha512 || !size) throw new Error(`${LATEST_YML}: not electron-builder's (needs version, path, sha512 and files[].size)`);
  if (/[\\/]|^\./.test(installer)) throw new Error(`${LATEST_YML}: path ${installer} is not a plain file name`);
  return { version, installer, sha512, size: Number(size) };
}

async function readSmall(path: string): Promise<string> {
  const info = await lstat(path);
  if (!info.isFile()) throw new Error(`${path} is not a regular file`);
  if (info.size > MAX_FEED_BYTES) throw new Error(`${path} is larger than ${MAX_FEED_BYTES} bytes`);
  return readFile(path, 'utf8');
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readSmall(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Checks an installer against its latest.yml facts. */
async function checkInstaller(path: string, facts: ReleaseFacts): Promise<void> {
  const info = await lstat(path);
  if (!info.isFile()) throw new Error(`${path} is not a regular file`);
  if (info.size !== facts.size || info.size > MAX_INSTALLER_BYTES) throw new Error(`${path} is ${info.size} bytes, latest.yml says ${facts.size}`);
  if ((await sha512Of(path)) !== facts.sha512) throw new Error(`${path}: sha512 does not match latest.yml — rebuild, or copy the matching pair`);
}

async function writeReplacing(path: string, text: string): Promise<void> {
  const temp = `${path}.publishing`;
  await writeFile(temp, text);
  await rename(temp, path);
}

async function updatesFolder(sharePath: string): Promise<string> {
  const dir = join(sharePath, UPDATES_DIR);
  await mkdir(dir, { recursive: true });
  if ((await lstat(dir)).isSymbolicLink()) throw new Error(`${dir} is a symbolic link: refused`);
  return dir;
}

async function writeRollout(dir: string, rollout: Rollout): Promise<void> {
  const checked = rolloutSchema.parse(rollout);
  if (checked.stations === undefined && checked.allowDowngrade === undefined) await rm(join(dir, ROLLOUT_JSON), { force: true });
  else await writeReplacing(join(dir, ROLLOUT_JSON), `${JSON.stringify(checked, null, 2)}\n`);
}

/** Keeps the installers and kept latest-<v>.yml files of `keep` versions; removes the rest. */
async function prune(dir: string, keep: ReleaseFacts[]): Promise<string[]> {
  const keepNames = new Set(keep.flatMap((f) => [f.installer, `latest-${f.version}.yml`]));
  const removed: string[] = [];
  for (const name of await readdir(dir)) {
    const isOurs = /^latest-.+\.yml$/.test(name) || /\.exe$/i.test(name) || name.endsWith('.publishing');
    if (isOurs && !keepNames.has(name)) {
      await rm(join(dir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}

export interface PublishResult {
  version: string;
  previous: string | null;
  removed: string[];
}

/** Publishes electron-builder's release folder (its latest.yml and the installer it names) to the share. */
export async function publishToShare(options: { sharePath: string; releaseDir: string; rollout?: Rollout }): Promise<PublishResult> {
  const latestText = await readSmall(join(options.releaseDir, LATEST_YML));
  const facts = releaseFacts(latestText);
  await checkInstaller(join(options.releaseDir, facts.installer), facts);
  const dir = await updatesFolder(options.sharePath);

  const target = join(dir, facts.installer);
  const present = await stat(target).catch(() => null);
  if (!present || present.size !== facts.size || (await sha512Of(target)) !== facts.sha512) {
    await copyFile(join(options.releaseDir, facts.installer), `${target}.publishing`);
    await rename(`${target}.publishing`, target);
  }

  const currentText = await readOptional(join(dir, LATEST_YML));
  const current = currentText ? releaseFacts(currentText) : null;
  const previous = current && current.version !== facts.version ? current : null;
  if (previous && currentText) await writeReplacing(join(dir, `latest-${previous.version}.yml`), currentText);
  await writeReplacing(join(dir, `latest-${facts.version}.yml`), latestText);
  await writeRollout(dir, options.rollout ?? {});
  await writeReplacing(join(dir, LATEST_YML), latestText);
  const removed = await prune(dir, previous ? [facts, previous] : [facts, ...(current ? [current] : [])]);
  return { version: facts.version, previous: previous?.version ?? null, removed };
}

/** The way back: republishes a kept version (default: the newest kept one older than the current) with allowDowngrade. */
export async function rollbackOnShare(options: { sharePath: string; version?: string; stations?: string[] }): Promise<PublishResult> {
  const dir = await updatesFolder(options.sharePath);
  const currentText = await readOptional(join(dir, LATEST_YML));
  const current = currentText ? releaseFacts(currentText) : null;
  const kept = (await readdir(dir)).map((n) => /^latest-(.+)\.yml$/.exec(n)?.[1]).filter((v): v is string => v !== undefined && v !== current?.version);
  const version = options.version ?? kept.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))[0];
  if (!version) throw new Error(`no earlier version is kept in ${dir}`);
  const text = await readSmall(join(dir, `latest-${version}.yml`)).catch(() => {
    throw new Error(`version ${version} is not kept in ${dir} (kept: ${kept.join(', ') || 'none'})`);
  });
  const facts = releaseFacts(text);
  await checkInstaller(join(dir, facts.installer), facts);
  await writeRollout(dir, { allowDowngrade: true, ...(options.stations ? { stations: options.stations } : {}) });
  await writeReplacing(join(dir, LATEST_YML), text);
  return { version: facts.version, previous: current?.version ?? null, removed: [] };
}
