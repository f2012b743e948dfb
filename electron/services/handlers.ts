/**
 * The handler table both hosts serve (Electron IPC and the loopback web host):
 * one function per contract channel, receiving arguments the dispatcher has
 * already validated. Host-specific abilities (opening a browser) are passed in.
 */
import type { IpcHandlers } from '../../shared/ipc/handlers';
import { consoleLogger, HandlerError } from './errors';
import type { Logger } from './errors';
import type { SettingsStore } from './settings-store';
import { checkShareStatus } from './share-status';
import { createSyncService, type SyncServiceOptions } from './sync/sync-service';
import { createPrintService, type PrintServiceOptions } from './print/print-service';
import { join } from 'node:path';
import { createAttachmentOpener } from './files/attachment-opener';
import { createDocumentSaver, type ChooseSavePath } from './files/document-saver';
import { createJournalBlobs } from './journal/journal-blobs';
import { createJournalService, JOURNAL_DIR, type JournalServiceOptions } from './journal/journal-service';
import { buildDiagnosticsPack } from './diagnostics/diagnostics-pack';
import { LOG_DIR } from './diagnostics/log-file';
import { logPrint, logSyncPull, logSyncPush } from './diagnostics/round-log';
import { createArchiveFolder } from './archive/archive-folder';
import { createBackupFolder } from './backup/backup-folder';
import { UNSUPPORTED_UPDATE_STATUS, type UpdateStatus } from '../../shared/ipc/update-contract';

/** This PC's updater as the handlers see it (electron/main/update; absent in the web host). */
export interface UpdateHooks {
  status(): UpdateStatus;
  /** Quits and installs the verified update (立即更新). */
  installNow(): Promise<void>;
  /** Called after every sync round; starts a check when one is due. Never throws, never waits. */
  onSyncRound(): void;
}

export const APP_NAME = '客诉退货台';

export interface HandlerDeps {
  profilePath: string;
  host: 'electron' | 'web';
  version: string;
  settingsStore: SettingsStore;
  /** The one clock of the main process (Date.now in the hosts, a test's clock in tests). */
  now: () => number;
  /** Opens an https URL in the user's browser; absent where the host cannot (web host). */
  openExternal?: (url: string) => Promise<void>;
  /** Hands a file to the system viewer ('' or an error text): shell.openPath in Electron, xdg-open / open / Explorer in the web host. Only attachments whose content is viewable reach it. */
  openPath: (path: string) => Promise<string>;
  /** Shows a file selected in its folder (shell.showItemInFolder); absent in the web host. */
  showItemInFolder?: (path: string) => void;
  /** Where services log what the renderer is not told: the PC's log file in the hosts (diagnostics/log-file.ts); the console by default. */
  logger?: Logger;
  /** The log file's folder, packed by 导出诊断包 (defaults to <profile>/logs). */
  logDir?: string;
  /** For tests: the share check timeout. */
  shareTimeoutMs?: number;
  /** For tests: fingerprint and injectable fs of the sync service. */
  sync?: Partial<SyncServiceOptions>;
  /** The host's save dialog (Electron); absent in the web host, where the renderer downloads documents instead. */
  chooseSavePath?: ChooseSavePath;
  /** Printing: the PDF engine and host abilities (Electron window / chromium in the web host). */
  print?: PrintServiceOptions;
  /** For tests: file size and checkpoint options of the journal (electron/services/journal). */
  journal?: Partial<JournalServiceOptions>;
  /** Updates from the shared folder (Electron only). */
  updates?: UpdateHooks;
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  const logger = deps.logger ?? consoleLogger;
  const sync = createSyncService({ profilePath: deps.profilePath, settingsStore: deps.settingsStore, appVersion: deps.version, now: deps.now, logger, ...deps.sync });
  const journal = createJournalService({ dir: join(deps.profilePath, JOURNAL_DIR), logger, ...deps.journal });
  const print = createPrintService(deps.print ?? {});
  const backups = createBackupFolder({ settingsStore: deps.settingsStore, logger });
  const archives = createArchiveFolder({ settingsStore: deps.settingsStore, logger });
  const appInfo = () => {
    const settings = deps.settingsStore.get();
    return {
      name: APP_NAME,
      version: deps.version,
      host: deps.host,
      platform: process.platform,
      profilePath: deps.profilePath,
      deviceId: settings.deviceId,
      stationCode: settings.stationCode,
      sharePath: settings.sharePath,
    };
  };
  const journalBlobs = createJournalBlobs(join(deps.profilePath, JOURNAL_DIR, 'blobs'));
  return {
    ...sync,
    // The journal learns which of its ops are on the share as soon as the share has them.
    syncPush: async (args) => {
      const result = await sync.syncPush(args);
      await journal.markPublished(result.published);
      logSyncPush(logger, result);
      return result;
    },
    // Each sync round is also when this PC looks for an update on the share (never blocking or failing the round).
    syncPull: async (args) => {
      const result = await sync.syncPull(args);
      logSyncPull(logger, result);
      try {
        deps.updates?.onSyncRound();
      } catch (error) {
        logger.warn('update: check after the sync round could not start', error);
      }
      return result;
    },
    updateStatus: () => Promise.resolve(deps.updates?.status() ?? UNSUPPORTED_UPDATE_STATUS),
    updateInstallNow: async () => {
      if (!deps.updates) throw new HandlerError('unavailable', 'this host does not install updates');
      await deps.updates.installNow();
      return null;
    },
    journalAppend: (args) => journal.append(args),
    journalState: () => journal.state(),
    journalRead: (args) => journal.read(args),
    journalBlobPut: ({ sha256, offset, total, data }) => journalBlobs.put(sha256, offset, Buffer.from(data, 'base64'), total),
    journalBlobGet: async ({ sha256, offset, length }) => {
      const r = await journalBlobs.get(sha256, offset, length);
      return { data: Buffer.from(r.data).toString('base64'), total: r.total, present: r.present };
    },
    ...print,
    printPrint: async (args) => {
      const result = await print.printPrint(args);
      logPrint(logger, args.form, args.copies, result);
      return result;
    },
    appInfo: () => Promise.resolve(appInfo()),
    backupPut: ({ data, ...rest }) => backups.put({ ...rest, data: Buffer.from(data, 'base64') }),
    backupList: () => backups.list(),
    archivePut: ({ data, ...rest }) => archives.put({ ...rest, data: Buffer.from(data, 'base64') }),
    archiveList: () => archives.list(),
    archiveRead: (args) => archives.read(args),
    backupRestored: async ({ deviceId }) => {
      const renewedTo = await sync.renewAfterRestore(deviceId);
      logger.warn(`backup: a backup of device ${deviceId} was restored${renewedTo ? `; this PC now uses device id ${renewedTo}` : ''}`);
      return { renewedTo };
    },
    diagnosticsExport: async () => {
      const info = appInfo();
      const pack = await buildDiagnosticsPack({ logDir: deps.logDir ?? join(deps.profilePath, LOG_DIR), settings: deps.settingsStore.get(), app: info, now: deps.now, ...(deps.sync?.fs ? { fs: deps.sync.fs } : {}) });
      logger.info(`diagnostics: pack ${pack.fileName} made (${pack.bytes.length} bytes)`);
      return { fileName: pack.fileName, dataBase64: pack.bytes.toString('base64') };
    },
    openAttachment: createAttachmentOpener({
      cacheDir: join(deps.profilePath, 'attachment-cache'),
      openPath: deps.openPath,
      ...(deps.showItemInFolder ? { showItemInFolder: deps.showItemInFolder } : {}),
      logger,
    }),
    saveDocument: createDocumentSaver({ settingsStore: deps.settingsStore, ...(deps.chooseSavePath ? { chooseSavePath: deps.chooseSavePath } : {}) }),
    getSettings: () => Promise.resolve(deps.settingsStore.get()),
    updateSettings: (patch) => deps.settingsStore.update(patch),
    shareStatus: () => checkShareStatus(deps.settingsStore.get().sharePath, { now: deps.now, ...(deps.shareTimeoutMs === undefined ? {} : { timeoutMs: deps.shareTimeoutMs }) }),
    openExternal: async ({ url }) => {
      // The contract already requires https; checked again here because this opens a program on the PC.
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new HandlerError('badArguments', 'url: not a valid URL', [{ path: 'url', message: 'not a valid URL' }]);
      }
      if (parsed.protocol !== 'https:') {
        throw new HandlerError('badArguments', 'url: only https links can be opened', [{ path: 'url', message: 'only https links can be opened' }]);
      }
      if (!deps.openExternal) throw new HandlerError('unavailable', 'this host cannot open links in a browser');
      await deps.openExternal(parsed.href);
      return null;
    },
  };
}
