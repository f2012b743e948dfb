/**
 * electron-updater's NSIS updater, fed from the shared folder (issue 20.1).
 * What stays electron-updater's: deciding "newer / downgrade allowed"
 * (isUpdateAvailable), the download cache and its re-check of the cached
 * file's sha512 on the next start (DownloadedUpdateHelper, here in the
 * profile's update-cache/), the Windows signature check
 * (verifyUpdateCodeSignature: PowerShell Get-AuthenticodeSignature against
 * the publisher names of a signed build), installing on quit or on
 * quitAndInstall. What is ours: the feed (ShareProvider), the station-code
 * rollout and downgrade permission from rollout.json, and the copy from the
 * share with resume, progress and sha512/size checks (installer-copy.ts),
 * because electron-updater downloads only over HTTP (electron's net module).
 * No "electron" import here: tests build it with their own AppAdapter.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NsisUpdater, type Logger } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import type { DownloadExecutorResult, DownloadUpdateOptions } from 'electron-updater/out/AppUpdater';
import { DownloadedUpdateHelper } from 'electron-updater/out/DownloadedUpdateHelper';
import { findFile } from 'electron-updater/out/providers/Provider';
import { decideUpdate, MAX_INSTALLER_BYTES, type Rollout } from '../../../shared/domain/app-update';
import { copyInstallerFromShare } from '../../services/update/installer-copy';
import type { ShareFs } from '../../services/sync/share-fs';
import { ShareProvider, type CustomFeedOptions } from './share-provider';

/** The profile folder of downloaded and partly copied installers. */
export const UPDATE_CACHE_DIR = 'update-cache';

export interface ShareUpdaterOptions {
  profilePath: string;
  /** The configured share (settings), read at every check; null: no share, no check. */
  sharePath: () => string | null;
  /** This PC's station code (settings), for the rollout. */
  stationCode: () => string;
  /** Publisher names a signed build's installer must carry (null: unsigned build, no signature check). */
  publisherNames: string[] | null;
  /** The main process's one clock (only for the bytes/second of the progress). */
  now: () => number;
  /** For tests: electron-updater's app adapter (default: the Electron app). */
  app?: AppAdapter;
  fs?: ShareFs;
  logger?: Logger;
  maxInstallerBytes?: number;
  chunkBytes?: number;
}

/** The download-progress event as electron-updater's own downloads report it. */
export interface DownloadProgress {
  total: number;
  delta: number;
  transferred: number;
  percent: number;
  bytesPerSecond: number;
}

export class ShareUpdater extends NsisUpdater {
  private rollout: Rollout = {};
  private readonly shareOptions: ShareUpdaterOptions;

  constructor(options: ShareUpdaterOptions) {
    super(null, options.app);
    this.shareOptions = options;
    if (options.logger) this.logger = options.logger;
    this.downloadedUpdateHelper = new DownloadedUpdateHelper(join(options.profilePath, UPDATE_CACHE_DIR));
    this.autoDownload = true;
    this.autoInstallOnAppQuit = true;
    this.disableWebInstaller = true;
    // Block-map downloads need HTTP range requests; a copy from the share is whole (and resumes).
    this.disableDifferentialDownload = true;
    this.isUserWithinRollout = (info) => {
      const decision = decideUpdate(this.app.version, info.version, this.rollout, options.stationCode());
      if (!decision.offer) this._logger.info(`update ${info.version}: not for this PC (${decision.reason})`);
      return decision.offer;
    };
  }

  /** One check of the share (null when no share is set or the app is not packaged); downloads what it finds. */
  async checkShare(): Promise<Awaited<ReturnType<NsisUpdater['checkForUpdates']>>> {
    const sharePath = this.shareOptions.sharePath();
    if (!sharePath) return null;
    const feed: CustomFeedOptions = {
      provider: 'custom',
      updateProvider: ShareProvider,
      share: {
        sharePath,
        ...(this.shareOptions.fs ? { fs: this.shareOptions.fs } : {}),
        onRollout: (rollout: Rollout) => {
          this.rollout = rollout;
          this.allowDowngrade = rollout.allowDowngrade === true;
        },
      },
    };
    this.setFeedURL(feed);
    return this.checkForUpdates();
  }

  protected override doDownloadUpdate(downloadUpdateOptions: DownloadUpdateOptions): Promise<DownloadExecutorResult> {
    const { provider, info } = downloadUpdateOptions.updateInfoAndProvider;
    const fileInfo = findFile(provider.resolveFiles(info), 'exe');
    if (!fileInfo) return Promise.reject(new Error(`latest.yml of ${info.version} names no installer`));
    const size = fileInfo.info.size;
    const sha512 = fileInfo.info.sha512;
    if (size === undefined || !sha512) return Promise.reject(new Error(`latest.yml of ${info.version} gives no size or sha512 for ${fileInfo.info.url}`));
    const cacheDir = join(this.shareOptions.profilePath, UPDATE_CACHE_DIR);
    const started = this.shareOptions.now();
    return this.executeDownload({
      fileExtension: 'exe',
      downloadUpdateOptions,
      fileInfo,
      task: async (destination, _downloadOptions, _packageFile, removeTempDirIfAny) => {
        await copyInstallerFromShare({
          source: fileURLToPath(fileInfo.url),
          destination,
          partialDir: join(cacheDir, 'partial'),
          sha512,
          size,
          maxBytes: this.shareOptions.maxInstallerBytes ?? MAX_INSTALLER_BYTES,
          ...(this.shareOptions.fs ? { fs: this.shareOptions.fs } : {}),
          ...(this.shareOptions.chunkBytes ? { chunkBytes: this.shareOptions.chunkBytes } : {}),
          isCancelled: () => downloadUpdateOptions.cancellationToken.cancelled,
          onProgress: ({ transferred, total, delta }) => {
            const seconds = Math.max((this.shareOptions.now() - started) / 1000, 0.001);
            const progress: DownloadProgress = { total, delta, transferred, percent: total === 0 ? 100 : (transferred / total) * 100, bytesPerSecond: Math.round(transferred / seconds) };
            this.emit('download-progress', progress);
          },
        });
        const publishers = this.shareOptions.publisherNames;
        if (publishers && publishers.length > 0) {
          const problem = await this.verifyUpdateCodeSignature(publishers, destination);
          if (problem !== null) {
            await removeTempDirIfAny();
            throw new Error(`New version ${info.version} is not signed by the application owner: ${problem}`);
          }
        }
      },
    });
  }
}
