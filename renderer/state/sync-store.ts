/**
 * The replication slice: runs sync rounds (renderer/state/sync-round.ts) on a
 * jittered timer (no fs.watch on SMB: polling) and on "sync now", and holds
 * what the status bar shows — online/offline, last sync, changes waiting,
 * conflicts, problems, join progress, and the messages that need the clerk
 * (read-only app, cloned PC renewed, share older than seen, clock warning).
 * Nothing here is the truth: IndexedDB is (renderer/db/sync-repository.ts).
 */
import { PENDING_DISPLAY_CAP } from './pending-ops';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DesktopApi } from '../../shared/ipc/contract';
import { DesktopApiError } from '../../shared/ipc/result';
import { isActingAdmin } from '../../shared/domain/clerks/clerk';
import { isConflictCopy } from '../../shared/sync/replica-names';
import { runSyncRound } from './sync-round';
import { reseedShare, type ReseedProgress, type ReseedReport } from './share-reseed';
import { sessionStore } from './session-store';

export type SyncPhase = 'off' | 'idle' | 'syncing' | 'offline';

export interface SyncNotice {
  kind: 'readOnly' | 'renewed' | 'shareOlder' | 'quarantined' | 'segment' | 'conflictCopy' | 'pushFailed' | 'tooLarge' | 'shareLost' | 'failed';
  params: Record<string, string | number>;
}

function shareLost(error: unknown): boolean {
  return error instanceof DesktopApiError && error.code === 'unavailable' && error.message.startsWith('shareUnavailable:');
}

export interface SyncState {
  phase: SyncPhase;
  lastSyncAt: string | null;
  /** Unpublished ops of this PC, counted up to PENDING_DISPLAY_CAP + 1 (more shows as "9,999+"). */
  pending: number;
  conflicts: number;
  readOnly: boolean;
  progress: { done: number; total: number } | null;
  notices: SyncNotice[];
  start(api: DesktopApi): void;
  stop(): void;
  syncNow(): Promise<void>;
  join(allowRecreate?: boolean): Promise<{ shareId: string; created: boolean }>;
  /** Admin: seeds the new, empty share folder set in the settings from this PC (share-reseed.ts), then syncs. */
  reseed(onProgress?: (p: ReseedProgress) => void): Promise<ReseedReport>;
}

export const SYNC_INTERVAL_MS = 30_000;

/** 30 s ± 30 %: PCs that started together do not hit the share in step. */
export function nextDelay(base = SYNC_INTERVAL_MS, random = Math.random): number {
  return Math.round(base * (0.7 + 0.6 * random()));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `session`: the session slice to read the database and settings from (tests pass their own). */
export function createSyncStore(session: typeof sessionStore = sessionStore): StoreApi<SyncState> {
  let api: DesktopApi | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let joinedShare: string | null = null;
  let joinNotices: SyncNotice[] = [];
  /** Set once the share has said read-only or not in this run (then the stored mark no longer counts). */
  let verdictKnown = false;

  return createStore<SyncState>()((set, get) => {
    async function counts(): Promise<void> {
      const sync = session.getState().sync;
      if (!sync) return;
      const [pending, conflicts] = await Promise.all([sync.repository.pendingCount(PENDING_DISPLAY_CAP), sync.repository.conflictCount()]);
      set({ pending, conflicts, lastSyncAt: await sync.repository.lastSync() });
    }

    async function ensureJoined(): Promise<boolean> {
      const settings = session.getState().settings;
      if (!settings?.sharePath) {
        set({ phase: 'off' });
        return false;
      }
      if (joinedShare !== settings.sharePath) {
        await get().join();
        joinedShare = settings.sharePath;
      }
      return true;
    }

    async function round(): Promise<void> {
      const sync = session.getState().sync;
      if (!api || !sync) return;
      try {
        if (!(await ensureJoined())) return;
        set({ phase: 'syncing' });
        const report = await runSyncRound(sync.db, sync.repository, api, {
          readOnly: get().readOnly,
          now: session.getState().now,
          onProgress: (done, remaining) => set({ progress: remaining > 0 || done > 5000 ? { done, total: done + remaining } : null }),
        });
        const notices: SyncNotice[] = [...joinNotices];
        if (report.readOnly && !notices.some((n) => n.kind === 'readOnly')) notices.push({ kind: 'readOnly', params: { version: '' } });
        if (report.renewedFrom) {
          notices.push({ kind: 'renewed', params: { old: report.renewedFrom } });
          joinNotices = [...joinNotices, { kind: 'renewed', params: { old: report.renewedFrom } }];
          await session.getState().updateSettings({}); // pick up the new device id
        }
        const held = await sync.repository.quarantineCount();
        if (held > 0) notices.push({ kind: 'quarantined', params: { count: held } });
        if (report.pushError) notices.push({ kind: 'pushFailed', params: { message: report.pushError } });
        for (const h of report.heldBack) notices.push({ kind: 'tooLarge', params: { field: `${h.entity}/${h.entityId.slice(0, 8)}/${h.fields}`, size: Math.ceil(h.bytes / 1024) } });
        for (const e of report.errors) {
          // A replicator's conflict copy (two sites, Syncthing) is its own notice: never read, IT removes it.
          if (isConflictCopy(e.file.split('/').pop() ?? '')) notices.push({ kind: 'conflictCopy', params: { file: e.file } });
          else notices.push({ kind: 'segment', params: { file: e.file, reason: e.reason } });
        }
        verdictKnown = true;
        set({ phase: 'idle', readOnly: report.readOnly, progress: null, notices });
      } catch (error) {
        // The share stopped answering mid-round (server, network or mount gone): offline, not a failure of the desk.
        const notice: SyncNotice = shareLost(error) ? { kind: 'shareLost', params: {} } : { kind: 'failed', params: { message: messageOf(error) } };
        set({ phase: 'offline', progress: null, notices: [...joinNotices, notice] });
        joinedShare = null;
      } finally {
        await counts().catch(() => undefined);
      }
    }

    function schedule(): void {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        void get()
          .syncNow()
          .finally(schedule);
      }, nextDelay());
    }

    return {
      phase: 'off',
      lastSyncAt: null,
      pending: 0,
      conflicts: 0,
      readOnly: false,
      progress: null,
      notices: [],
      start(host) {
        if (api) return;
        api = host;
        // Read-only survives a restart (offline included) until the share says otherwise.
        const sync = session.getState().sync;
        const marked = sync ? sync.repository.readOnlyMark().catch(() => false) : Promise.resolve(false);
        void marked.then((flag) => {
          if (flag && !verdictKnown) set((s) => ({ readOnly: true, notices: s.notices.some((n) => n.kind === 'readOnly') ? s.notices : [...s.notices, { kind: 'readOnly', params: { version: '' } }] }));
          void get().syncNow();
          schedule();
        });
      },
      stop() {
        if (timer) clearTimeout(timer);
        timer = null;
        api = null;
      },
      syncNow() {
        running ??= round().finally(() => {
          running = null;
        });
        return running;
      },
      async reseed(onProgress) {
        if (!api) throw new Error('sync not started');
        // An admin's action (the settings show it to admins only); the store refuses it for anyone else too.
        if (!isActingAdmin(session.getState().clerk ?? undefined)) throw new Error('adminOnly: only an admin re-seeds the share');
        const sync = session.getState().sync;
        if (!sync) throw new Error('no database');
        await running; // not in the middle of a round
        const report = await reseedShare(sync.db, sync.repository, api, onProgress);
        joinNotices = [];
        joinedShare = session.getState().settings?.sharePath ?? null;
        void get().syncNow();
        return report;
      },
      async join(allowRecreate) {
        if (!api) throw new Error('sync not started');
        const sync = session.getState().sync;
        const result = await api.syncJoin(allowRecreate ? { allowRecreate } : {});
        await sync?.repository.bindShare(result.shareId);
        joinNotices = result.warnings.map((w) => ({ kind: 'shareOlder', params: { device: w.deviceId.slice(0, 8), seen: w.seen, now: w.now } }));
        if (result.readOnly) joinNotices.push({ kind: 'readOnly', params: { version: result.minAppVersion } });
        if (result.renewedFrom) {
          joinNotices.push({ kind: 'renewed', params: { old: result.renewedFrom } });
          await session.getState().updateSettings({});
        }
        verdictKnown = true;
        set({ readOnly: result.readOnly, notices: joinNotices });
        joinedShare = session.getState().settings?.sharePath ?? null;
        return { shareId: result.shareId, created: result.created };
      },
    };
  });
}

export const syncStore = createSyncStore();

/**
 * Read-only is enforced where writes happen: the write context
 * (session-store.ts) carries it to renderer/db, and the local database keeps
 * the verdict for the next start.
 */
export function bindReadOnly(store: StoreApi<SyncState>, session: typeof sessionStore): () => void {
  return store.subscribe((s, prev) => {
    if (s.readOnly === prev.readOnly) return;
    session.setState({ readOnly: s.readOnly });
    void session.getState().sync?.repository.setReadOnlyMark(s.readOnly).catch(() => undefined);
  });
}
bindReadOnly(syncStore, sessionStore);

export function useSyncStore<T>(selector: (s: SyncState) => T): T {
  return useStore(syncStore, selector);
}
