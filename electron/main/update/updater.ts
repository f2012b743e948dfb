/**
 * Electron glue of the updates (issue 20.1), thin: picks the updater for this
 * build and wires it to the app. A build whose electron-builder `publish`
 * wrote app-update.yml (an internal web server, IT's choice) keeps
 * electron-updater's own HTTP feed; every other packaged build updates from
 * the shared folder (ShareUpdater + update-controller.ts): checked after the
 * sync rounds, status pushed to the windows, installed on quit or 立即更新.
 * Signed builds name their publishers in package.json
 * `updatePublisherNames`; the installer must then carry that signature.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { autoUpdater } from 'electron-updater';
import type { Logger } from '../../services/errors';
import type { UpdateHooks } from '../../services/handlers';
import type { UpdateStatus } from '../../../shared/ipc/update-contract';
import type { SettingsStore } from '../../services/settings-store';
import { NOTHING_PUBLISHED } from './share-provider';
import { ShareUpdater } from './share-updater';
import { createUpdateController } from './update-controller';

function startHttpFeed(logger: Logger): void {
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

/** package.json `updatePublisherNames` (inside the integrity-checked app.asar): the signature a signed build's installers must carry. */
function publisherNames(appPath: string): string[] | null {
  try {
    const names: unknown = (JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8')) as Record<string, unknown>)['updatePublisherNames'];
    return Array.isArray(names) && names.length > 0 && names.every((n) => typeof n === 'string') ? (names) : null;
  } catch {
    return null;
  }
}

/** electron-updater's messages in our log, "nothing published yet" as the normal case it is. */
const updaterLogOf = (logger: Logger) => ({
  info: (m: unknown) => logger.info(`update: ${String(m)}`),
  warn: (m: unknown) => logger.warn('update:', m),
  error: (m: unknown) => (String(m).includes('nothing published') || String(m).includes(NOTHING_PUBLISHED) ? logger.info('update: nothing published on the share') : logger.warn('update:', m)),
});

export interface StartUpdatesOptions {
  isPackaged: boolean;
  appPath: string;
  profilePath: string;
  settingsStore: SettingsStore;
  now: () => number;
  /** This PC's log (electron/services/diagnostics/log-file.ts). */
  logger: Logger;
  /** Sends a status change to the app's windows. */
  send: (status: UpdateStatus) => void;
}

/** Starts the updater of this build; returns the hooks for the handler table when it updates from the share. */
export function startUpdates(options: StartUpdatesOptions): UpdateHooks | undefined {
  if (!options.isPackaged) return undefined;
  if (existsSync(join(process.resourcesPath, 'app-update.yml'))) {
    startHttpFeed(options.logger);
    return undefined;
  }
  try {
    const updater = new ShareUpdater({
      profilePath: options.profilePath,
      sharePath: () => options.settingsStore.get().sharePath,
      stationCode: () => options.settingsStore.get().stationCode,
      publisherNames: publisherNames(options.appPath),
      now: options.now,
      logger: updaterLogOf(options.logger),
    });
    return createUpdateController({
      updater,
      now: options.now,
      onStatus: options.send,
    });
  } catch (error) {
    options.logger.warn('update: could not start', error);
    return undefined;
  }
}
