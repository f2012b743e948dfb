/**
 * Issue 16.3: a database of schema version 8 (clerks chosen by name, no
 * passwords) opens in this app: its clerks keep working — the PC's current
 * clerk sets a password at the next start and becomes admin; another clerk
 * of before gets a password from that admin.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDeskDatabase } from '../../../../renderer/db';
import { createSessionStore } from '../../../../renderer/state/session-store';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../../shared/domain/settings';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { journalHost } from './journal-helpers';

const DEVICE = '22222222-2222-4222-8222-222222222222';
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const ZHANG = { id: '0190a000-0000-7000-8000-000000000001', name: '张三', nameKey: '张三', createdAt: '2026-01-05T01:00:00.000Z', deleted: false };
const LI = { id: '0190a000-0000-7000-8000-000000000002', name: '李四', nameKey: '李四', createdAt: '2026-01-06T01:00:00.000Z', deleted: false };

function hostWith(initial: Settings) {
  let settings = initial;
  return {
    ...journalHost().api,
    getSettings: () => Promise.resolve(settings),
    updateSettings: (patch: SettingsPatch) => {
      settings = { ...settings, ...patch };
      return Promise.resolve(settings);
    },
  } as unknown as DesktopApi;
}

describe('clerks of a version 8 database', () => {
  it('the current clerk sets a password and becomes admin; the other clerk signs in after an admin reset', async () => {
    const factory = new IDBFactory();
    const name = `complaint-desk-${DEVICE}`;
    const old = await openDeskDatabase(name, { indexedDB: factory, IDBKeyRange, upToVersion: 8 });
    await old.clerks.bulkAdd([ZHANG, LI]);
    old.close();

    const store = createSessionStore({ now: () => NOW, openDatabase: (n) => openDeskDatabase(n, { indexedDB: factory, IDBKeyRange }) });
    await store.getState().init(hostWith({ ...defaultSettings(DEVICE), stationCode: 'B', currentClerkId: ZHANG.id }));
    expect(store.getState()).toMatchObject({ status: 'needsSetup', clerk: null, legacyClerk: { id: ZHANG.id, hasPassword: false, active: true, roles: [], department: '' } });
    const repos = store.getState().repositories!;
    expect(await repos.clerks.signIn(LI.id, 'anything')).toEqual({ ok: false, reason: 'noPassword' });

    await expect(store.getState().claimLegacyClerk('123')).rejects.toMatchObject({ fieldErrors: { password: 'tooShort' } });
    const zhang = await store.getState().claimLegacyClerk('zhang-pass');
    expect(zhang).toMatchObject({ id: ZHANG.id, roles: ['admin'], hasPassword: true, mustChangePassword: false });
    expect(store.getState()).toMatchObject({ status: 'ready', clerk: { id: ZHANG.id }, legacyClerk: null });

    await repos.clerks.resetPassword(LI.id, 'temp-123');
    expect(await repos.clerks.signIn(LI.id, 'temp-123')).toMatchObject({ ok: true, clerk: { id: LI.id, mustChangePassword: true, roles: [] } });
    // the upgraded PC's next start goes straight to sign-in
    const next = createSessionStore({ now: () => NOW, openDatabase: (n) => openDeskDatabase(n, { indexedDB: factory, IDBKeyRange }) });
    store.getState().sync!.db.close();
    await next.getState().init(hostWith({ ...defaultSettings(DEVICE), stationCode: 'B', currentClerkId: ZHANG.id }));
    expect(next.getState()).toMatchObject({ status: 'ready', clerk: null, legacyClerk: null, canSignIn: true });
  });
});
