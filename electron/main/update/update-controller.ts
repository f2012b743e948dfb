/**
 * This PC's update status for the renderer (issue 20.1): turns ShareUpdater's
 * events into one UpdateStatus (shared/ipc/update-contract.ts), starts a
 * check of the share after a sync round when one is due (at most every
 * `intervalMs`, never while one runs or an update waits), and installs on
 * 立即更新. A check never throws into the sync round: every failure is
 * logged; a bad latest.yml, installer or signature is shown as `error` (for
 * IT), the share going away mid-copy only as `idle` (retried next round).
 * No "electron" import: plain Node tests drive it with a real ShareUpdater.
 */
import type { UpdateInfo } from 'electron-updater';
import { UpdateFeedError } from '../../../shared/domain/app-update';
import type { UpdateStatus } from '../../../shared/ipc/update-contract';
import type { UpdateHooks } from '../../services/handlers';
import { HandlerError } from '../../services/errors';
import { NOTHING_PUBLISHED } from './share-provider';
import type { DownloadProgress, ShareUpdater } from './share-updater';

export interface UpdateControllerOptions {
  updater: ShareUpdater;
  now: () => number;
  /** Shortest time between two checks of the share (default 5 minutes). */
  intervalMs?: number;
  /** Told every status change (main sends it to the windows). */
  onStatus?: (status: UpdateStatus) => void;
  log?: { info(message: string): void; warn(message: string): void };
}

export interface UpdateController extends UpdateHooks {
  /** One check now (tests, start-up); resolves when the check (and its download) has ended. */
  checkNow(): Promise<void>;
}

const IDLE: UpdateStatus = { state: 'idle', version: null, transferred: 0, total: 0, message: null };

function describe(error: unknown): string {
  if (error instanceof UpdateFeedError) return error.message;
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}

export function createUpdateController(options: UpdateControllerOptions): UpdateController {
  const { updater } = options;
  const log = options.log ?? { info: (m: string) => console.info(m), warn: (m: string) => console.warn(m) };
  const intervalMs = options.intervalMs ?? 5 * 60_000;
  let status: UpdateStatus = IDLE;
  let lastCheck = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | null = null;

  function set(next: Partial<UpdateStatus>): void {
    status = { ...status, ...next };
    options.onStatus?.(status);
  }

  updater.on('checking-for-update', () => {
    if (status.state !== 'ready') set({ state: 'checking', message: null });
  });
  updater.on('update-not-available', () => set(IDLE));
  updater.on('update-available', (info: UpdateInfo) => {
    log.info(`update: ${info.version} found on the share; copying it to this PC`);
    set({ state: 'downloading', version: info.version, transferred: 0, total: info.files[0]?.size ?? 0, message: null });
  });
  updater.on('download-progress', (progress: DownloadProgress) => set({ state: 'downloading', transferred: progress.transferred, total: progress.total }));
  updater.on('update-downloaded', (info: UpdateInfo) => {
    log.info(`update: ${info.version} copied and verified; it is installed on quit or with 立即更新`);
    set({ state: 'ready', version: info.version, message: null });
  });

  async function check(): Promise<void> {
    try {
      const result = await updater.checkShare();
      if (result?.downloadPromise) await result.downloadPromise;
      else if (result === null && status.state === 'checking') set(IDLE);
    } catch (error) {
      if ((error as { code?: string }).code === NOTHING_PUBLISHED) {
        if (status.state !== 'ready') set(IDLE);
        return;
      }
      const message = describe(error);
      log.warn(`update: ${message}`);
      // The share or network gone (ENOENT, EIO, ECONNRESET…): the sync status already says offline; the next round retries (and resumes).
      const transient = /^E[A-Z]+$/.test((error as { code?: unknown }).code as string);
      if (status.state !== 'ready') set(transient ? { ...IDLE, message } : { state: 'error', message });
    }
  }

  function start(): Promise<void> {
    if (running) return running;
    lastCheck = options.now();
    running = check().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    status: () => status,
    checkNow: () => start(),
    onSyncRound() {
      if (running || status.state === 'ready' || options.now() - lastCheck < intervalMs) return;
      void start();
    },
    installNow() {
      if (status.state !== 'ready') return Promise.reject(new HandlerError('unavailable', 'noUpdateReady: no verified update is waiting on this PC'));
      log.info(`update: installing ${status.version ?? ''} now (立即更新)`);
      // Silent one-click NSIS install, then the new version starts by itself.
      updater.quitAndInstall(true, true);
      return Promise.resolve();
    },
  };
}
