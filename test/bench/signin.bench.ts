// Signing in (issue 16.3): the time from "Sign in" to a signed-in session —
// the clerk record read, the PBKDF2-SHA256 of the typed password (600,000
// iterations, WebCrypto) and the comparison — through the session store and
// the clerk repository as the renderer runs them, on fake-indexeddb in Node
// (Node's WebCrypto is the same OpenSSL/BoringSSL-class PBKDF2 as Chromium's).
// Also the KDF alone and a wrong password (which must cost the same).
// Target: ≤ 1 s on this machine. `BENCH_ONLY=signin npm run bench`.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../electron/services/errors';
import { createJournalService } from '../../electron/services/journal/journal-service';
import { openDeskDatabase } from '../../renderer/db';
import { createSessionStore } from '../../renderer/state/session-store';
import { DEFAULT_KDF_ITERATIONS, hashPassword, type KdfSubtle } from '../../shared/domain/clerks/password';
import { defaultSettings, type Settings, type SettingsPatch } from '../../shared/domain/settings';
import type { DesktopApi } from '../../shared/ipc/contract';
import { BENCH_PASSWORD } from './bench-ops';
import { timeRuns } from './timing';

const DEVICE = '44444444-4444-4444-8444-444444444444';
const RUNS = Number(process.env.BENCH_SIGNIN_RUNS ?? 7);

/** The host calls a session start makes: settings in memory, the real journal service on a temp folder. */
function benchHost(journalDir: string): { api: DesktopApi; close: () => Promise<void> } {
  let settings: Settings = defaultSettings(DEVICE);
  const journal = createJournalService({ dir: journalDir, logger: silentLogger });
  const api = {
    getSettings: () => Promise.resolve(settings),
    updateSettings: (patch: SettingsPatch) => {
      settings = { ...settings, ...patch };
      return Promise.resolve(settings);
    },
    journalState: () => journal.state(),
    journalAppend: (args: Parameters<DesktopApi['journalAppend']>[0]) => journal.append(args),
  } as unknown as DesktopApi;
  return { api, close: () => journal.close() };
}

export async function runSignInBench(): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-signin-'));
  const host = benchHost(join(dir, 'journal'));
  const store = createSessionStore({ openDatabase: (name) => openDeskDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange }) });
  await store.getState().init(host.api);
  if (store.getState().status === 'error') throw new Error(`session did not start: ${store.getState().error}`);
  await store.getState().setStationCode('S');
  const clerk = await store.getState().setUpFirstClerk('基准测试', '', BENCH_PASSWORD);

  const subtle = globalThis.crypto.subtle as unknown as KdfSubtle;
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const load = loadavg()[0]!.toFixed(2);
  const kdf = await timeRuns(RUNS, () => hashPassword(BENCH_PASSWORD, salt, DEFAULT_KDF_ITERATIONS, subtle), { cpu: true });
  const signIn = await timeRuns(RUNS, async () => {
    store.getState().lock();
    const result = await store.getState().signIn(clerk.id, BENCH_PASSWORD);
    if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  });
  // A wrong password costs the same KDF (nothing to learn from the time); 4 at most, the fifth would lock.
  store.getState().lock();
  const wrong = await timeRuns(2, async () => {
    const result = await store.getState().signIn(clerk.id, 'not-the-password');
    if (result.ok) throw new Error('a wrong password signed in');
  });
  store.getState().sync?.db.close();
  await host.close();
  await rm(dir, { recursive: true, force: true });
  return {
    iterations: DEFAULT_KDF_ITERATIONS,
    signInMs: signIn,
    kdfOnlyMs: kdf,
    wrongPasswordMs: wrong,
    targetMs: 1000,
    withinTarget: signIn.maxMs <= 1000,
    loadAverage1mAtStart: load,
  };
}
