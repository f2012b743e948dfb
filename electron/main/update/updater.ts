/**
 * Automatic updates through electron-updater. Only in the packaged app and
 * only when the build carries an update feed (app-update.yml, written by
 * electron-builder when IT sets `publish`); every failure — offline, feed
 * missing, bad signature — is logged and otherwise ignored.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { autoUpdater } from 'electron-updater';
import type { Logger } from '../../services/errors';

export function startAutoUpdate(isPackaged: boolean, logger: Logger): void {
  if (!isPackaged) return;
  const feed = join(process.resourcesPath, 'app-update.yml');
  if (!existsSync(feed)) {
    logger.info('update: no update feed configured in this build; automatic updates are off');
    return;
  }
  try {
    autoUpdater.autoDownload = true;
    autoUpdater.autoInstallOnAppQuit = true;
    autoUpdater.on('update-available', (info: { version: string }) => logger.info(`update: ${info.version} available, downloading`));
    autoUpdater.on('update-downloaded', (info: { version: string }) => logger.info(`update: ${info.version} downloaded, installs on quit`));
    autoUpdater.on('error', (error: Error) => logger.warn('update: check failed', error.message));
    autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => logger.warn('update: check failed', error));
  } catch (error) {
    logger.warn('update: could not start', error);
  }
}
