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
 *
 * Sign-in (issue 16.3): `clerk` is the clerk signed in, null while the
 * screen is locked (at start, after idle time, on demand, to switch clerk).
 * Passwords pass through to the clerk repository and are never kept here.
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
  type SignInResult,
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
  /** The clerk signed in; null while locked (the sign-in screen shows, no case data). */
  clerk: Clerk | null;
  /** This PC's clerk from before sign-in existed (no password yet): the setup page has them set one. */
  legacyClerk: Clerk | null;
  /** Some active clerk can sign in on this PC (otherwise first start creates the first admin). */
  canSignIn: boolean;
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
  /** First start: creates the first clerk (an admin) with this password and signs them in. */
  setUpFirstClerk(name: string, department: string, password: string): Promise<Clerk>;
  /** The legacy clerk of this PC sets their password (admin when the office has none) and is signed in. */
  claimLegacyClerk(password: string): Promise<Clerk>;
  /** Checks the password; signed in (and remembered as this PC's last clerk) when it matches. */
  signIn(clerkId: string, password: string): Promise<SignInResult>;
  /** Locks the screen: nobody is signed in until someone signs in again. */
  lock(): void;
  /** The signed-in clerk changes their password (also the forced change after an admin's reset). */
  changeOwnPassword(currentPassword: string, newPassword: string): Promise<Clerk>;
  /** Re-reads the signed-in clerk (roles changed here or on another PC); locks when they were deactivated. */
  refreshClerk(): Promise<void>;
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

/** Setup until the station code is set and someone can sign in (a rebuilt PC waits for the share's clerks instead). */
function statusOf(settings: Settings, access: { canSignIn: boolean; legacyClerk: Clerk | null; rebuilt: boolean }): SessionStatus {
  if (settings.stationCode === '' || access.legacyClerk) return 'needsSetup';
  return access.canSignIn || access.rebuilt ? 'ready' : 'needsSetup';
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
  /** Who wrote last at this PC, for the journal's identity while the screen is locked. */
  let lastClerk: { id: string; name: string } | null = null;

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
        clerkId: clerk?.id,
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
            const clerk = get().clerk ?? lastClerk;
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
        const current = settings.currentClerkId ? ((await repositories.clerks.get(settings.currentClerkId)) ?? null) : null;
        // Nobody is signed in at start. This PC's clerk from before sign-in existed (no password) sets one at setup.
        const legacyClerk = current && !current.deleted && current.active && !current.hasPassword ? current : null;
        const canSignIn = (await repositories.clerks.list()).some((c) => c.active && c.hasPassword);
        set({ settings: link.settings, officeRefused: link.refused, repositories, sync: { db, repository: syncRepository }, clerk: null, legacyClerk, canSignIn, rebuilt });
        set({ status: statusOf(link.settings, { canSignIn, legacyClerk, rebuilt: rebuilt !== null }) });
        // A change of the signed-in clerk from another PC (deactivated, roles, a password reset) applies at once.
        db.changes.subscribe((changes) => {
          const signedIn = get().clerk;
          if (signedIn && changes.ids.has(signedIn.id)) void get().refreshClerk();
        });
      } catch (error) {
        initializing = null;
        set({ status: 'error', error: messageOf(error) });
      }
    }

    /** Persists through the host first; the store changes only once the host has accepted. */
    async function applyPatch(patch: SettingsPatch, basis?: Settings): Promise<Settings> {
      const settings = office ? await office.update(patch, basis) : await requireApi().updateSettings(patch);
      const { canSignIn, legacyClerk, rebuilt } = get();
      set({ settings, officeRefused: office?.refused ?? [], status: statusOf(settings, { canSignIn, legacyClerk, rebuilt: rebuilt !== null }) });
      return settings;
    }

    function requireRepositories(): Repositories {
      const { repositories } = get();
      if (!repositories) throw new Error('session not initialised: call init() first');
      return repositories;
    }

    /** Signs `clerk` in and remembers them as this PC's clerk (preselected on the sign-in screen). */
    async function signedIn(clerk: Clerk): Promise<Clerk> {
      lastClerk = { id: clerk.id, name: clerk.name };
      set({ clerk, legacyClerk: null, canSignIn: true });
      if (get().settings?.currentClerkId !== clerk.id) await applyPatch({ currentClerkId: clerk.id });
      else set({ status: statusOf(get().settings!, { canSignIn: true, legacyClerk: null, rebuilt: get().rebuilt !== null }) });
      return clerk;
    }

    return {
      settings: null,
      officeRefused: [],
      clerk: null,
      legacyClerk: null,
      canSignIn: false,
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

      async setUpFirstClerk(name, department, password) {
        return signedIn(await requireRepositories().clerks.createFirst({ name, department }, password));
      },

      async claimLegacyClerk(password) {
        const { legacyClerk } = get();
        if (!legacyClerk) throw new Error('no clerk of this PC is waiting for a password');
        return signedIn(await requireRepositories().clerks.claimLegacy(legacyClerk.id, password));
      },

      async signIn(clerkId, password) {
        const result = await requireRepositories().clerks.signIn(clerkId, password);
        if (result.ok) await signedIn(result.clerk);
        return result;
      },

      lock() {
        set({ clerk: null });
      },

      async changeOwnPassword(currentPassword, newPassword) {
        const clerk = await requireRepositories().clerks.changeOwnPassword(currentPassword, newPassword);
        set({ clerk });
        return clerk;
      },

      async refreshClerk() {
        const { clerk } = get();
        if (!clerk) return;
        const fresh = await requireRepositories().clerks.get(clerk.id);
        if (get().clerk?.id !== clerk.id) return; // locked or switched meanwhile
        // A password reset made elsewhere applies at the next sign-in, not in the middle of the clerk's work.
        set({ clerk: fresh && fresh.active && !fresh.deleted ? { ...fresh, mustChangePassword: clerk.mustChangePassword && fresh.mustChangePassword } : null });
      },

      async setStationCode(code) {
        const normalized = code.trim().toUpperCase();
        if (!STATION_CODE.test(normalized)) throw new ValidationFailedError({ stationCode: 'invalidStationCode' });
        await applyPatch({ stationCode: normalized });
      },

      updateSettings(patch, basis) {
        return applyPatch(patch, basis);
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
