// Simulated PCs for replication tests: each has its own profile folder
// (settings + sync state, real services), its own IndexedDB (fake-indexeddb,
// separate IDBFactory) and calls the sync handlers directly — no browser.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createRepositories, createSyncRepository, openDeskDatabase, type DeskDatabase, type Repositories, type SyncRepository, type WriteContext } from '../../../renderer/db';
import { runSyncRound, type RoundOptions, type RoundReport } from '../../../renderer/state/sync-round';
import { openSettingsStore, type SettingsStore } from '../../../electron/services/settings-store';
import { silentLogger } from '../../../electron/services/errors';
import { createSyncService, type SyncService } from '../../../electron/services/sync/sync-service';
import { SHARE_FORMAT_APP_VERSION } from '../../../shared/sync/share-layout';
import type { ShareFs } from '../../../electron/services/sync/share-fs';

export const T0 = Date.parse('2026-11-23T10:00:00+08:00');

export interface Pc {
  name: string;
  profile: string;
  settings: SettingsStore;
  service: SyncService;
  db: DeskDatabase;
  repos: Repositories;
  sync: SyncRepository;
  ctx: WriteContext & { now: () => number };
  clock: { now: number };
  round(options?: Partial<RoundOptions>): Promise<RoundReport>;
  /** The app closes and starts again on the same profile and IndexedDB (nothing kept in memory). */
  restart(): Promise<void>;
  /** The next round joins the share again first (what the sync store does after a failed round). */
  rejoin(): void;
}

let n = 0;

export async function makePc(
  name: string,
  sharePath: string,
  options: { station?: string; fingerprint?: string; appVersion?: string; fs?: ShareFs; profile?: string; clock?: { now: number } } = {},
): Promise<Pc> {
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), `pc-${name}-`)));
  const settings = await openSettingsStore({ profilePath: profile, logger: silentLogger, now: () => clock.now });
  if (settings.get().sharePath !== sharePath) await settings.update({ sharePath, stationCode: options.station ?? name.toUpperCase().slice(0, 4) });
  const clock = options.clock ?? { now: T0 };
  const service = createSyncService({
    profilePath: profile,
    settingsStore: settings,
    appVersion: options.appVersion ?? SHARE_FORMAT_APP_VERSION, // this app's version unless a test plays another
    fingerprint: () => options.fingerprint ?? `fp-${name}`,
    now: () => clock.now,
    retry: { delayMs: 1 },
    ...(options.fs ? { fs: options.fs } : {}),
  });
  const s = settings.get();
  const factory = new IDBFactory();
  const dbName = `pc-${name}-${++n}`;
  const db = await openDeskDatabase(dbName, { indexedDB: factory, IDBKeyRange });
  const ctx = {
    get deviceId() {
      return settings.get().deviceId;
    },
    stationCode: s.stationCode,
    caseNumberPattern: s.caseNumberPattern,
    user: `clerk-${name}`,
    now: () => clock.now,
  } as WriteContext & { now: () => number };
  let joined = false;
  const pc: Pc = {
    name,
    profile,
    settings,
    service,
    db,
    repos: createRepositories(db, () => ctx),
    sync: createSyncRepository(db, () => ctx),
    ctx,
    clock,
    async round(roundOptions: Partial<RoundOptions> = {}) {
      let renewedFrom: string | null = null;
      if (!joined) {
        const j = await service.syncJoin({});
        await pc.sync.bindShare(j.shareId);
        renewedFrom = j.renewedFrom;
        joined = true;
      }
      const report = await runSyncRound(pc.db, pc.sync, service, { now: () => clock.now, ...roundOptions });
      report.renewedFrom ??= renewedFrom;
      return report;
    },
    async restart() {
      pc.db.close();
      pc.db = await openDeskDatabase(dbName, { indexedDB: factory, IDBKeyRange });
      pc.repos = createRepositories(pc.db, () => ctx);
      pc.sync = createSyncRepository(pc.db, () => ctx);
      joined = false;
    },
    rejoin() {
      joined = false;
    },
  };
  return pc;

}

/** A disk image of `pc` on another machine: same profile files, another fingerprint. */
export async function clonePc(pc: Pc, name: string, sharePath: string): Promise<Pc> {
  const profile = await mkdtemp(join(tmpdir(), `pc-${name}-`));
  await cp(pc.profile, profile, { recursive: true });
  return makePc(name, sharePath, { profile, fingerprint: `fp-${name}` });
}
