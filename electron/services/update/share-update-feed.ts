/**
 * Reads the update feed on the share (issue 20.1): `<share>/updates/latest.yml`
 * as text and `<share>/updates/rollout.json`, both through ShareFs — never
 * through a symbolic link (the updates folder itself included), size-capped
 * before a byte is read. The YAML is parsed by the caller (electron-updater's
 * own parser in electron/main/update); this module owns only the share I/O.
 */
import { join } from 'node:path';
import { LATEST_YML, MAX_FEED_BYTES, ROLLOUT_JSON, UPDATES_DIR, UpdateFeedError } from '../../../shared/domain/app-update';
import { errorCode } from '../atomic-write';
import { nodeShareFs, ShareFileError, type ShareFs } from '../sync/share-fs';

export interface ShareUpdateFeed {
  /** The updates folder (absolute). */
  dir: string;
  latestYml: string;
  /** rollout.json's text, or null when there is none. */
  rolloutJson: string | null;
}

/** The updates folder of a share, refused when it is a link (a link could point anywhere on the PC's network). */
export async function updatesDir(sharePath: string, fs: ShareFs = nodeShareFs): Promise<string> {
  const dir = join(sharePath, UPDATES_DIR);
  const info = await fs.lstat(dir);
  if (info.isSymbolicLink()) throw new UpdateFeedError(UPDATES_DIR, 'is a symbolic link; links on the share are never followed');
  if (!info.isDirectory()) throw new UpdateFeedError(UPDATES_DIR, 'is not a folder');
  return dir;
}

async function readCapped(fs: ShareFs, path: string, name: string): Promise<string> {
  try {
    return (await fs.readFile(path, MAX_FEED_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof ShareFileError) throw new UpdateFeedError(name, error.code === 'tooLarge' ? `larger than ${MAX_FEED_BYTES} bytes: not read` : error.message);
    throw error;
  }
}

/** The feed, or null when the share has no updates folder or no latest.yml (nothing published). */
export async function readShareUpdateFeed(sharePath: string, fs: ShareFs = nodeShareFs): Promise<ShareUpdateFeed | null> {
  let dir: string;
  try {
    dir = await updatesDir(sharePath, fs);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  let latestYml: string;
  try {
    latestYml = await readCapped(fs, join(dir, LATEST_YML), LATEST_YML);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  let rolloutJson: string | null = null;
  try {
    rolloutJson = await readCapped(fs, join(dir, ROLLOUT_JSON), ROLLOUT_JSON);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  return { dir, latestYml, rolloutJson };
}
