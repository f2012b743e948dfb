/** The sync slice's read-only verdict reaches the write context, survives a restart, and reads as "update the app". */
import type { TFunction } from 'i18next';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../../shared/domain/settings';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { openDeskDatabase, ReadOnlyError } from '../../../../renderer/db';
import { errorMessage } from '../../../../renderer/ui/errors';
import { createSessionStore } from '../../../../renderer/state/session-store';
import { bindReadOnly, createSyncStore } from '../../../../renderer/state/sync-store';
import { intake } from '../db/helpers';
import { journalHost } from '../db/journal-helpers';

const DEVICE = '44444444-4444-4444-8444-444444444444';

function host(): DesktopApi {
  let settings: Settings = defaultSettings(DEVICE);
  return {
    ...journalHost().api,
    getSettings: () => Promise.resolve(settings),
    updateSettings: (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return Promise.resolve(settings);
    },
  } as unknown as DesktopApi;
}

/** The session's clock (no test reads today's date). */
const NOW = Date.parse('2026-11-23T10:00:00+08:00');

async function session(factory: IDBFactory, api: DesktopApi) {
  const store = createSessionStore({ now: () => NOW, openDatabase: (name) => openDeskDatabase(name, { indexedDB: factory, IDBKeyRange }) });
  await store.getState().init(api);
  const remembered = store.getState().settings?.currentClerkId;
  if (store.getState().status === 'ready' && remembered) {
    await store.getState().signIn(remembered, 'secret-1'); // a restart: the clerk signs in again
    return store;
  }
  await store.getState().setStationCode('B');
  await store.getState().setUpFirstClerk('张三', '', 'secret-1');
  return store;
}

const until = async (check: () => Promise<boolean> | boolean) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('read-only wiring', () => {
  it('refuses saves while the sync slice says read-only, with the "update the app" text; saves again once it clears', async () => {
    const factory = new IDBFactory();
    const api = host();
    const s = await session(factory, api);
    const sync = createSyncStore(s);
    const unbind = bindReadOnly(sync, s);
    const received = new Date(NOW - 60_000).toISOString();

    sync.setState({ readOnly: true });
    expect(s.getState().readOnly).toBe(true);
    const error = await s.getState().repositories!.cases.create(intake({ receivedAt: received })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadOnlyError);
    expect(errorMessage(error, ((key: string) => key) as unknown as TFunction)).toBe('sync.readOnlyWrite');
    expect(await s.getState().repositories!.cases.count()).toBe(0);
    await until(() => s.getState().sync!.repository.readOnlyMark());
    expect(await s.getState().sync!.repository.readOnlyMark()).toBe(true);

    // A restart (no share reachable): the stored verdict makes the new run read-only at once.
    const restarted = await session(factory, api);
    const sync2 = createSyncStore(restarted);
    const unbind2 = bindReadOnly(sync2, restarted);
    sync2.getState().start(api);
    await until(() => sync2.getState().readOnly);
    expect(sync2.getState().readOnly).toBe(true);
    expect(restarted.getState().readOnly).toBe(true);
    sync2.getState().stop();

    sync2.setState({ readOnly: false });
    const created = await restarted.getState().repositories!.cases.create(intake({ receivedAt: received }));
    expect(created.caseNumber).toMatch(/-B-001$/);
    await until(async () => !(await restarted.getState().sync!.repository.readOnlyMark()));
    expect(await restarted.getState().sync!.repository.readOnlyMark()).toBe(false);
    unbind();
    unbind2();
  });
});
