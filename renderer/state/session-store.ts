/**
 * The session slice: who is working at this PC and where their data lives.
 * Owns the settings as last read from (or written through) the host, the
 * current clerk, and the open repositories. The database is named after the
 * device id, so two profiles on one PC never share a database.
 *
 * Settings are persisted by the host (DesktopApi), never here; this store only
 * holds the latest copy the host returned.
 *
 * Durable journal (issue 11): every local write also goes to the host's
 * journal, and repository calls resolve once it is on disk there
 * (renderer/db/journal-queue.ts). Before the first screen is chosen, the
 * database is compared with the journal: when the browser lost it (missing,
 * empty or older), it is rebuilt from the journal (`rebuilt` says so, and
 * the app shows it) — never the first-run setup while the journal says this
 * PC had data; the normal sync round then brings the share's ops back.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { STATION_CODE } from '../../shared/domain/numbering';
import type { Settings, SettingsPatch } from '../../shared/domain/settings';
import type { OfficeField } from '../../shared/domain/office-settings';
import type { DesktopApi } from '../../shared/ipc/contract';
import { BLOB_CHUNK } from '../../shared/ipc/sync-contract';
import { decodeBase64, encodeBase64 } from '../../shared/base64';
import {
  catchUpJournal,
  compareWithJournal,
  createRepositories,
  createSyncRepository,
  JournalQueue,
  lifecycleSettingsFrom,
  openDeskDatabase,
  rebuildFromJournal,
  ValidationFailedError,
  type Clerk,
  type DeskDatabase,
  type RebuildReport,
  type Repositories,
  type SyncRepository,
  type WriteContext,
} from '../db';
import { linkOfficeSettings, type OfficeLink } from './office-link';

export type SessionStatus = 'loading' | 'rebuilding' | 'needsSetup' | 'ready' | 'error';

/** Set when the database was rebuilt from the journal at this start (shown to the clerk). */
export interface RebuiltNotice extends RebuildReport {
  reason: 'missing' | 'behind' | 'serials';
  /** Damaged journal lines that were skipped (reported by the host). */
  damaged: number;
}

export interface SessionState {
  /** This PC's settings file overlaid with the office's shared rules (office-link.ts). */
  settings: Settings | null;
  /** Office fields whose replicated value this app refused (the settings page says so). */
  officeRefused: readonly OfficeField[];
  clerk: Clerk | null;
  repositories: Repositories | null;
  /** Replication's view of the same database (renderer/state/sync-store.ts). */
  sync: { db: DeskDatabase; repository: SyncRepository } | null;
  status: SessionStatus;
  error: string | null;
  /** The share requires a newer app: every write is refused (ReadOnlyError). Set by the sync slice (sync-store.ts). */
  readOnly: boolean;
  /** The one clock of this window: every write, deadline and sync round reads it (tests inject a simulated one). */
  now: () => number;
  /** The database was rebuilt from the durable journal at this start; null otherwise. */
  rebuilt: RebuiltNotice | null;
  /** Ops rebuilt so far while status is 'rebuilding'. */
  rebuildProgress: number;
  dismissRebuilt(): void;

  /** Reads the settings, opens this PC's database and finds the current clerk. Safe to call twice. */
  init(api: DesktopApi): Promise<void>;
  /** Signs a clerk in by name (created on first use) and remembers them in the settings. */
  chooseClerk(name: string): Promise<Clerk>;
  /** Sets this PC's station code (1–4 capital letters or digits); throws ValidationFailedError otherwise. */
  setStationCode(code: string): Promise<void>;
  /** Office fields go to the office record (one op; `basis`: the settings the form showed), the rest to this PC's file. */
  updateSettings(patch: SettingsPatch, basis?: Settings): Promise<Settings>;
}

export interface SessionDeps {
  /** Opens the database; tests pass one on fake-indexeddb. */
  openDatabase?: (name: string) => Promise<DeskDatabase>;
  /** The clock (default: the PC's); tests pass a simulated one. */
  now?: () => number;
}

export const DATABASE_PREFIX = 'complaint-desk-';

function statusOf(settings: Settings, clerk: Clerk | null): SessionStatus {
  return settings.stationCode !== '' && clerk !== null ? 'ready' : 'needsSetup';
}

/** Attachment bytes to the journal, in chunks the web host takes (resumes where the host says). */
async function putJournalBlob(host: DesktopApi, sha256: string, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  for (let guard = 0; guard < 2 + 2 * Math.ceil(bytes.length / BLOB_CHUNK); guard++) {
    const r = await host.journalBlobPut({ sha256, offset, total: bytes.length, data: encodeBase64(bytes.subarray(offset, offset + BLOB_CHUNK)) });
    if (r.present) return;
    offset = r.received;
  }
  throw new Error(`attachment ${sha256.slice(0, 12)}… could not be put in the journal`);
}

async function getJournalBlob(host: DesktopApi, sha256: string): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const r = await host.journalBlobGet({ sha256, offset, length: BLOB_CHUNK });
    if (!r.present) return null;
    const chunk = decodeBase64(r.data);
    parts.push(chunk);
    offset += chunk.length;
    if (offset >= r.total || chunk.length === 0) break;
  }
  const out = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createSessionStore(deps: SessionDeps = {}): StoreApi<SessionState> {
  const openDatabase = deps.openDatabase ?? ((name: string) => openDeskDatabase(name));
  const now = deps.now ?? (() => Date.now());
  let api: DesktopApi | null = null;
  let initializing: Promise<void> | null = null;
  let office: OfficeLink | null = null;

  return createStore<SessionState>()((set, get) => {
    function requireApi(): DesktopApi {
      if (!api) throw new Error('session not initialised: call init() first');
      return api;
    }

    /** Read fresh for every write: station code, pattern and clerk can change while the app runs. */
    function writeContext(): WriteContext {
      const { settings, clerk } = get();
      if (!settings) throw new Error('session not initialised: no settings');
      return {
        deviceId: settings.deviceId,
        stationCode: settings.stationCode,
        caseNumberPattern: settings.caseNumberPattern,
        user: clerk?.name ?? '',
        readOnly: get().readOnly,
        now,
        lifecycle: lifecycleSettingsFrom(settings),
      };
    }

    async function initOnce(host: DesktopApi): Promise<void> {
      api = host;
      set({ status: 'loading', error: null });
      try {
        const settings = await host.getSettings();
        // databaseId: a PC that took a new device id after cloning keeps its database (electron/services/sync/sync-service.ts).
        const databaseName = DATABASE_PREFIX + (settings.databaseId ?? settings.deviceId);
        const db = await openDatabase(databaseName);
        const journal = new JournalQueue(
          async (writes) => {
            const current = get().settings ?? settings;
            const clerk = get().clerk;
            await host.journalAppend({ identity: { databaseName, deviceId: current.deviceId, clerk: clerk ? { id: clerk.id, name: clerk.name } : null }, writes });
          },
          (sha256, bytes) => putJournalBlob(host, sha256, bytes),
        );
        const syncRepository = createSyncRepository(db, writeContext, journal);
        const state = await host.journalState();
        const verdict = await compareWithJournal(db, state);
        let rebuilt: RebuiltNotice | null = null;
        if (verdict.rebuild) {
          set({ settings, status: 'rebuilding', rebuildProgress: 0 });
          const report = await rebuildFromJournal(db, { read: (cursor) => host.journalRead({ cursor }), blob: (sha256) => getJournalBlob(host, sha256) }, syncRepository, state, {
            now,
            onProgress: (ops) => set({ rebuildProgress: ops }),
          });
          rebuilt = { ...report, reason: verdict.reason, damaged: state.damaged.length };
        }
        await catchUpJournal(db, state, settings.deviceId, journal);
        const repositories = createRepositories(db, writeContext, journal);
        office?.close();
        set({ settings }); // the write context of the migration reads it
        const link = await linkOfficeSettings(host, repositories, settings, (next) => set({ settings: next, officeRefused: link.refused }));
        office = link;
        let clerk = settings.currentClerkId ? ((await repositories.clerks.get(settings.currentClerkId)) ?? null) : null;
        // The clerk record comes back with the share's ops when it was made on another PC: until then the journal knows who it was.
        const known = state.identity?.clerk;
        if (!clerk && rebuilt && known && known.id === settings.currentClerkId) clerk = { id: known.id, name: known.name, createdAt: '', deleted: false };
        set({ settings: link.settings, officeRefused: link.refused, repositories, sync: { db, repository: syncRepository }, clerk: clerk && !clerk.deleted ? clerk : null, rebuilt });
        set({ status: statusOf(link.settings, get().clerk) });
      } catch (error) {
        initializing = null;
        set({ status: 'error', error: messageOf(error) });
      }
    }

    /** Persists through the host first; the store changes only once the host has accepted. */
    async function applyPatch(patch: SettingsPatch, clerk: Clerk | null = get().clerk, basis?: Settings): Promise<Settings> {
      const settings = office ? await office.update(patch, basis) : await requireApi().updateSettings(patch);
      set({ settings, officeRefused: office?.refused ?? [], clerk, status: statusOf(settings, clerk) });
      return settings;
    }

    return {
      settings: null,
      officeRefused: [],
      clerk: null,
      repositories: null,
      sync: null,
      status: 'loading',
      error: null,
      readOnly: false,
      now,
      rebuilt: null,
      rebuildProgress: 0,

      dismissRebuilt() {
        set({ rebuilt: null });
      },

      init(host) {
        initializing ??= initOnce(host);
        return initializing;
      },

      async chooseClerk(name) {
        const { repositories } = get();
        if (!repositories) throw new Error('session not initialised: call init() first');
        const clerk = await repositories.clerks.ensure(name);
        await applyPatch({ currentClerkId: clerk.id }, clerk);
        return clerk;
      },

      async setStationCode(code) {
        const normalized = code.trim().toUpperCase();
        if (!STATION_CODE.test(normalized)) throw new ValidationFailedError({ stationCode: 'invalidStationCode' });
        await applyPatch({ stationCode: normalized });
      },

      updateSettings(patch, basis) {
        return applyPatch(patch, get().clerk, basis);
      },
    };
  });
}

/** The app's session store. */
export const sessionStore = createSessionStore();

/** React hook: `const status = useSessionStore((s) => s.status)`. */
export function useSessionStore<T>(selector: (state: SessionState) => T): T {
  return useStore(sessionStore, selector);
}
