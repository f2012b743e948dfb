/** A replicator's conflict copy on the share (two sites through Syncthing) is its own notice in the sync status; other problems stay as they were. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../../shared/domain/settings';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { openDeskDatabase } from '../../../../renderer/db';
import { createSessionStore } from '../../../../renderer/state/session-store';
import { createSyncStore } from '../../../../renderer/state/sync-store';
import { noticeText } from '../../../../renderer/features/sync/SyncStatus';
import { journalHost } from '../db/journal-helpers';

const DEVICE = '55555555-5555-4555-8555-555555555555';
const SHARE = '66666666-6666-4666-8666-666666666666';
const COPY = 'qsync/devices/dev-a.sync-conflict-20261203-101112-ABCDEF7.json';

function host(): DesktopApi {
  let settings: Settings = { ...defaultSettings(DEVICE), sharePath: '/mnt/share' };
  const errors = [
    { deviceId: 'dev-a', file: COPY, reason: "a replicator's conflict copy of dev-a.json" },
    { deviceId: 'dev-b', file: 'qsync/log/dev-b/202611/000000000001-000000000002.seg', reason: 'not visible yet' },
  ];
  return {
    ...journalHost().api,
    getSettings: () => Promise.resolve(settings),
    updateSettings: (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return Promise.resolve(settings);
    },
    syncJoin: () => Promise.resolve({ shareId: SHARE, created: false, readOnly: false, minAppVersion: '0.1.0', warnings: [], deviceId: DEVICE, renewedFrom: null }),
    syncPull: () => Promise.resolve({ ops: [], cursors: {}, remaining: 0, errors, snapshot: null, readOnly: false, deviceId: DEVICE, renewedFrom: null }),
    syncBlobStatus: () => Promise.resolve({ present: true, partial: 0 }),
  } as unknown as DesktopApi;
}

describe('sync status with a conflict copy on the share', () => {
  it('names the copy as a conflict copy for IT, beside the ordinary file problems', async () => {
    const api = host();
    const s = createSessionStore({ openDatabase: (name) => openDeskDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange }) });
    await s.getState().init(api);
    await s.getState().setStationCode('B');
    const sync = createSyncStore(s);
    sync.getState().start(api);
    for (let i = 0; i < 400 && sync.getState().phase !== 'idle'; i++) await new Promise((r) => setTimeout(r, 5));
    await sync.getState().syncNow();
    sync.getState().stop();
    const { notices } = sync.getState();
    expect(notices.map((n) => n.kind)).toEqual(['conflictCopy', 'segment']);
    const t = ((key: string, params: Record<string, unknown>) => `${key} ${JSON.stringify(params)}`) as unknown as Parameters<typeof noticeText>[0];
    expect(noticeText(t, notices[0]!)).toBe(`sync.conflictCopy {"file":"${COPY}"}`);
  });
});
