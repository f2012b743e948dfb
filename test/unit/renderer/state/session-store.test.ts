import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../../shared/domain/settings';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { createSyncRepository, openDeskDatabase, ValidationFailedError } from '../../../../renderer/db';
import { createSessionStore, DATABASE_PREFIX } from '../../../../renderer/state/session-store';
import { intake, openHarness } from '../db/helpers';
import { fakeHost as hostWith } from './fake-host';

const DEVICE = '22222222-2222-4222-8222-222222222222';

const fakeHost = (initial: Settings = defaultSettings(DEVICE)) => hostWith(initial);

/** The session's clock in these tests: a Monday morning in the factory (no test reads today's date). */
const NOW = Date.parse('2026-11-23T10:00:00+08:00');

function storeOn(factory = new IDBFactory()) {
  const opened: string[] = [];
  const store = createSessionStore({
    now: () => NOW,
    openDatabase: (name) => {
      opened.push(name);
      return openDeskDatabase(name, { indexedDB: factory, IDBKeyRange });
    },
  });
  return { store, opened };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('session store', () => {
  it('starts in setup, then is ready with a station code and a clerk; cases carry both', async () => {
    const host = fakeHost();
    const { store, opened } = storeOn();
    await Promise.all([store.getState().init(host.api), store.getState().init(host.api)]); // StrictMode calls twice
    expect(opened).toEqual([DATABASE_PREFIX + DEVICE]);
    expect(store.getState()).toMatchObject({ status: 'needsSetup', clerk: null });

    await expect(store.getState().setStationCode('b-1')).rejects.toBeInstanceOf(ValidationFailedError);
    await store.getState().setStationCode(' b ');
    expect(host.current().stationCode).toBe('B');
    expect(store.getState().status).toBe('needsSetup');

    const clerk = await store.getState().setUpFirstClerk(' 张三 ', '客服部', 'secret-1');
    expect(clerk).toMatchObject({ name: '张三', roles: ['admin'], hasPassword: true });
    expect(store.getState()).toMatchObject({ status: 'ready', clerk });
    expect(host.current().currentClerkId).toBe(clerk.id);

    const created = await store.getState().repositories!.cases.create(intake({ receivedAt: new Date(NOW - 60_000).toISOString() }));
    expect(created.createdBy).toBe('张三');
    expect(created.caseNumber).toBe('2611-B-001');

    // the write context is read fresh: a new pattern applies to the next case
    await store.getState().updateSettings({ caseNumberPattern: 'KS{YYYY}-{STATION}-{SEQ:4}' });
    const next = await store.getState().repositories!.cases.create(intake({ receivedAt: new Date(NOW - 60_000).toISOString() }));
    expect(next.caseNumber).toBe('KS2026-B-0001');
  });

  it('asks for the password at the next start, and signs the remembered clerk in with it', async () => {
    const factory = new IDBFactory();
    const host = fakeHost();
    const first = storeOn(factory).store;
    await first.getState().init(host.api);
    await first.getState().setStationCode('C');
    const clerk = await first.getState().setUpFirstClerk('李四', '', 'secret-1');
    const second = storeOn(factory).store;
    await second.getState().init(host.api);
    expect(second.getState()).toMatchObject({ status: 'ready', clerk: null, canSignIn: true });
    expect(second.getState().settings?.currentClerkId).toBe(clerk.id);
    expect(await second.getState().signIn(clerk.id, 'wrong-1')).toMatchObject({ ok: false, reason: 'wrongPassword', attemptsLeft: 4 });
    expect(second.getState().clerk).toBeNull();
    expect(await second.getState().signIn(clerk.id, 'secret-1')).toMatchObject({ ok: true });
    expect(second.getState().clerk).toMatchObject({ id: clerk.id, name: '李四' });
    // writes carry the signed-in clerk; a lock signs them out
    expect((await second.getState().repositories!.cases.create(intake({ receivedAt: new Date(NOW - 60_000).toISOString() }))).createdBy).toBe('李四');
    second.getState().lock();
    expect(second.getState()).toMatchObject({ status: 'ready', clerk: null });
  });

  it('locks at once when another PC deactivates the signed-in clerk; a role change there applies without a lock', async () => {
    const host = fakeHost();
    const { store } = storeOn();
    await store.getState().init(host.api);
    await store.getState().setStationCode('B');
    const admin = await store.getState().setUpFirstClerk('王丽', '', 'secret-1');
    const repos = store.getState().repositories!;
    const clerk = await repos.clerks.create({ name: '张伟', department: '', roles: [] }, 'temp-123');
    // The admin works on another PC (its own database); its ops arrive here through the merge, as from the share.
    const sync = store.getState().sync!;
    store.getState().lock();
    await store.getState().signIn(clerk.id, 'temp-123');
    expect(store.getState().clerk).toMatchObject({ id: clerk.id, mustChangePassword: true });
    await store.getState().changeOwnPassword('temp-123', 'zhang-own');
    const ops = async () => (await sync.db.ops.toArray()).map(({ published: _p, ...op }) => op);
    const other = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', user: '' });
    await createSyncRepository(other.db, () => other.ctx).applyRemote(await ops(), {}, { now: NOW });
    other.ctx.clerkId = admin.id;
    other.setNow(NOW + 60_000);
    await other.repos.clerks.setRoles(clerk.id, ['finance']);
    await sync.repository.applyRemote((await other.db.ops.toArray()).map(({ published: _p, ...op }) => op), {}, { now: NOW + 60_000 });
    await until(() => store.getState().clerk?.roles[0] === 'finance');
    expect(store.getState().clerk).toMatchObject({ id: clerk.id, roles: ['finance'] });
    other.setNow(NOW + 120_000);
    await other.repos.clerks.setActive(clerk.id, false);
    await sync.repository.applyRemote((await other.db.ops.toArray()).map(({ published: _p, ...op }) => op), {}, { now: NOW + 120_000 });
    await until(() => store.getState().clerk === null);
    expect(store.getState().clerk).toBeNull();
  });

  it('reports a host that cannot give settings', async () => {
    const { store } = storeOn();
    const api = { getSettings: () => Promise.reject(new Error('profile unreadable')) } as unknown as DesktopApi;
    await store.getState().init(api);
    expect(store.getState()).toMatchObject({ status: 'error', error: 'profile unreadable' });
  });

  it('refuses actions before init', async () => {
    const { store } = storeOn();
    await expect(store.getState().setUpFirstClerk('x', '', 'secret-1')).rejects.toThrow(/init/);
    await expect(store.getState().signIn('x', 'secret-1')).rejects.toThrow(/init/);
    await expect(store.getState().updateSettings({ language: 'en' })).rejects.toThrow(/init/);
  });
});
