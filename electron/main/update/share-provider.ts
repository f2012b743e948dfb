/**
 * electron-updater's provider for the shared folder (issue 20.1), used
 * through its documented custom-provider hook (`setFeedURL({ provider:
 * 'custom', updateProvider: ShareProvider, … })`): getLatestVersion reads
 * `<share>/updates/latest.yml` (and rollout.json) through the share's safe
 * reads, parses it with electron-updater's own YAML reader and checks it
 * (shared/domain/app-update.ts); resolveFiles gives file: URLs inside the
 * updates folder. The bytes are copied by ShareUpdater, not over HTTP.
 * No "electron" import: it runs under plain Node in the tests.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AppUpdater, NsisUpdater, ResolvedUpdateFileInfo, UpdateInfo } from 'electron-updater';
import { Provider } from 'electron-updater';
import { parseUpdateInfo, type ProviderRuntimeOptions } from 'electron-updater/out/providers/Provider';
import { LATEST_YML, parseLatestYml, parseRollout, UpdateFeedError, type LatestYml, type Rollout } from '../../../shared/domain/app-update';
import { readShareUpdateFeed } from '../../services/update/share-update-feed';
import type { ShareFs } from '../../services/sync/share-fs';

type FeedOptions = Exclude<Parameters<NsisUpdater['setFeedURL']>[0], string>;
export type CustomFeedOptions = Extract<FeedOptions, { provider: 'custom' }>;

/** What ShareUpdater hands its provider through the feed options' `share` key. */
export interface ShareFeedConfig {
  sharePath: string;
  fs?: ShareFs;
  /** Told the rollout setting each time latest.yml is read (before electron-updater decides). */
  onRollout: (rollout: Rollout) => void;
}

/** Thrown when the share has nothing published (no updates/latest.yml): not a problem, just no update. */
export const NOTHING_PUBLISHED = 'ERR_SHARE_NOTHING_PUBLISHED';

function isShareFeedConfig(value: unknown): value is ShareFeedConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ShareFeedConfig>;
  return typeof v.sharePath === 'string' && typeof v.onRollout === 'function';
}

export class ShareProvider extends Provider<UpdateInfo> {
  private readonly config: ShareFeedConfig;
  private updatesDir: string;

  constructor(options: CustomFeedOptions, _updater: AppUpdater, runtimeOptions: ProviderRuntimeOptions) {
    super(runtimeOptions);
    const config: unknown = options['share'];
    if (!isShareFeedConfig(config)) throw new Error('ShareProvider needs a `share` entry with sharePath and onRollout');
    this.config = config;
    this.updatesDir = join(config.sharePath, 'updates');
  }

  async getLatestVersion(): Promise<UpdateInfo> {
    const feed = await readShareUpdateFeed(this.config.sharePath, this.config.fs);
    if (!feed) throw Object.assign(new Error(`nothing published in ${this.updatesDir}`), { code: NOTHING_PUBLISHED });
    this.updatesDir = feed.dir;
    let raw: unknown;
    try {
      raw = parseUpdateInfo(feed.latestYml, LATEST_YML, pathToFileURL(join(feed.dir, LATEST_YML)));
    } catch {
      throw new UpdateFeedError(LATEST_YML, 'not valid YAML');
    }
    const latest: LatestYml = parseLatestYml(raw);
    this.config.onRollout(parseRollout(feed.rolloutJson));
    const [first] = latest.files as [LatestYml['files'][number], ...LatestYml['files']];
    return {
      version: latest.version,
      files: latest.files,
      path: latest.path ?? first.url,
      sha512: latest.sha512 ?? first.sha512,
      releaseDate: latest.releaseDate ?? '',
      ...(latest.releaseName ? { releaseName: latest.releaseName } : {}),
    };
  }

  resolveFiles(updateInfo: UpdateInfo): ResolvedUpdateFileInfo[] {
    // Re-checked here: only names that passed parseLatestYml, always inside the updates folder.
    return parseLatestYml(updateInfo).files.map((file) => ({ url: pathToFileURL(join(this.updatesDir, file.url)), info: file }));
  }
}
