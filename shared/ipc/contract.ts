/**
 * The IPC contract: every channel between the renderer and the main process
 * (or the web host) is declared here once, with zod schemas for its argument
 * and its result. The preload, the web host client and the main-process
 * handler table are all derived from this map, so a channel cannot exist in
 * one place and not in another.
 */
import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from '../domain/settings';
import * as sync from './sync-contract';
import * as print from './print-contract';
import * as files from './files-contract';
import * as journal from './journal-contract';
import * as backup from './backup-contract';
import * as archive from './archive-contract';
import * as update from './update-contract';

const noArgs = z.object({}).strict();

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Which host runs the renderer: the Electron main process or the loopback web host. */
  host: z.enum(['electron', 'web']),
  platform: z.string(),
  profilePath: z.string(),
  /** This PC's identity and share, for the about box (issue 20.4). */
  deviceId: z.string(),
  stationCode: z.string(),
  sharePath: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const SHARE_STATES = ['none', 'online', 'offline'] as const;
export const shareStatusSchema = z.object({
  state: z.enum(SHARE_STATES),
  path: z.string().nullable(),
  /** ISO time of the check. */
  checkedAt: z.string(),
  /** Why the share could not be reached (offline only). */
  detail: z.string().nullable(),
});
export type ShareStatus = z.infer<typeof shareStatusSchema>;

export const MENU_COMMANDS = ['workbench', 'ledger', 'newCase', 'settings', 'language:zh-CN', 'language:en', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

function channel<A extends z.ZodType, R extends z.ZodType>(name: string, args: A, result: R) {
  return { name, args, result };
}

export const ipcContract = {
  appInfo: channel('app:info', noArgs, appInfoSchema),
  getSettings: channel('settings:get', noArgs, settingsSchema),
  updateSettings: channel('settings:update', settingsPatchSchema, settingsSchema),
  shareStatus: channel('share:status', noArgs, shareStatusSchema),
  openExternal: channel('shell:open-external', z.object({ url: z.url({ protocol: /^https$/ }) }).strict(), z.null()),
  // Replication through the shared folder (issue 4; shared/ipc/sync-contract.ts).
  syncJoin: channel('sync:join', sync.syncJoinArgs, sync.syncJoinResult),
  syncPush: channel('sync:push', sync.syncPushArgs, sync.syncPushResult),
  syncPull: channel('sync:pull', sync.syncPullArgs, sync.syncPullResult),
  syncBlobStatus: channel('sync:blob-status', sync.syncBlobStatusArgs, sync.syncBlobStatusResult),
  syncBlobPut: channel('sync:blob-put', sync.syncBlobPutArgs, sync.syncBlobPutResult),
  syncBlobGet: channel('sync:blob-get', sync.syncBlobGetArgs, sync.syncBlobGetResult),
  syncSnapshot: channel('sync:snapshot', noArgs, sync.syncSnapshotResult),
  /** An admin re-seeds a new, empty share from this PC (issue 20.3). */
  syncReseed: channel('sync:reseed', sync.syncReseedArgs, sync.syncReseedResult),
  // This PC's durable journal of its own writes, outside IndexedDB (issue 11; shared/ipc/journal-contract.ts).
  journalAppend: channel('journal:append', journal.journalAppendArgs, journal.journalAppendResult),
  journalState: channel('journal:state', noArgs, journal.journalStateResult),
  journalRead: channel('journal:read', journal.journalReadArgs, journal.journalReadResult),
  journalBlobPut: channel('journal:blob-put', journal.journalBlobPutArgs, journal.journalBlobPutResult),
  journalBlobGet: channel('journal:blob-get', journal.journalBlobGetArgs, journal.journalBlobGetResult),
  // Printing (issue 5; shared/ipc/print-contract.ts).
  printRenderPdf: channel('print:render-pdf', print.printRenderPdfArgs, print.printRenderPdfResult),
  printListPrinters: channel('print:list-printers', noArgs, print.printListPrintersResult),
  printPrint: channel('print:print', print.printPrintArgs, print.printPrintResult),
  printSavePdf: channel('print:save-pdf', print.printSavePdfArgs, print.printSavePdfResult),
  /** Hands an attachment (its bytes, verified against sha256) to the PC's own viewer when its content is viewable (shared/ipc/files-contract.ts). */
  openAttachment: channel('files:open-attachment', files.filesOpenAttachmentArgs, files.filesOpenAttachmentResult),
  /** Saves a document the renderer made (8D Word export) through the host's save dialog (shared/ipc/files-contract.ts). */
  saveDocument: channel('files:save-document', files.filesSaveDocumentArgs, files.filesSaveDocumentResult),
  /** 导出诊断包: logs, share doctor report and versions in one zip for IT (issue 20.4; shared/ipc/files-contract.ts). */
  diagnosticsExport: channel('diagnostics:export', noArgs, files.diagnosticsExportResult),
  // 备份与恢复 (issue 20.2; shared/ipc/backup-contract.ts).
  backupPut: channel('backup:put', backup.backupPutArgs, backup.backupPutResult),
  backupList: channel('backup:list', noArgs, backup.backupListResult),
  backupRestored: channel('backup:restored', backup.backupRestoredArgs, backup.backupRestoredResult),
  // 归档 (issue 20.6; shared/ipc/archive-contract.ts).
  archivePut: channel('archive:put', archive.archivePutArgs, archive.archivePutResult),
  archiveList: channel('archive:list', noArgs, archive.archiveListResult),
  archiveRead: channel('archive:read', archive.archiveReadArgs, archive.archiveReadResult),
  // Updates from the shared folder (issue 20.1; shared/ipc/update-contract.ts).
  updateStatus: channel('update:status', noArgs, update.updateStatusSchema),
  /** 立即更新: quits and runs the downloaded, verified installer. */
  updateInstallNow: channel('update:install-now', noArgs, update.updateInstallNowResult),
} as const;

export type IpcContract = typeof ipcContract;
export type IpcMethod = keyof IpcContract;
export type IpcArgs<M extends IpcMethod> = z.input<IpcContract[M]['args']>;
export type IpcParsedArgs<M extends IpcMethod> = z.output<IpcContract[M]['args']>;
export type IpcValue<M extends IpcMethod> = z.output<IpcContract[M]['result']>;

/** Events sent from main to the renderer. */
export const ipcEvents = {
  menuCommand: { name: 'menu:command', payload: z.enum(MENU_COMMANDS) },
  updateStatus: { name: 'update:status-changed', payload: update.updateStatusSchema },
} as const;

/** Argument-less calls may be made without an argument. */
type CallSignature<M extends IpcMethod> = Record<string, never> extends IpcArgs<M>
  ? (args?: IpcArgs<M>) => Promise<IpcValue<M>>
  : (args: IpcArgs<M>) => Promise<IpcValue<M>>;

/** What the renderer sees as `window.desktop` (Electron) or the web host client. */
export type DesktopApi = { [M in IpcMethod]: CallSignature<M> } & {
  /** Subscribes to application-menu commands; returns its own unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to this PC's update status as it changes (Electron only); returns its own unsubscribe. */
  onUpdateStatus(listener: (status: update.UpdateStatus) => void): () => void;
};

export const IPC_METHODS = Object.keys(ipcContract) as IpcMethod[];
