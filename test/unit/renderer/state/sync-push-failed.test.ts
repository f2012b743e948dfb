/** A push that fails is shown in the sync status (its own notice) while the pull still runs and the changes stay waiting. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../../shared/domain/settings';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { DesktopApiError } from '../../../../shared/ipc/result';
import { openDeskDatabase } from '../../../../renderer/db';
import { createSessionStore } from '../../../../renderer/state/session-store';
import { createSyncStore } from '../../../../renderer/state/sync-store';
import { PENDING_DISPLAY_CAP } from '../../../../renderer/state/pending-ops';
import { noticeText } from '../../../../renderer/features/sync/SyncStatus';
import { intake } from '../db/helpers';
import { journalHost } from '../db/journal-helpers';

const DEVICE = '55555555-5555-4555-8555-555555555555';
const SHARE = '66666666-6666-4666-8666-666666666666';

function host(calls: string[], pull: () => Promise<unknown> = () => Promise.resolve({ ops: [], cursors: {}, remaining: 0, errors: [], snapshot: null, readOnly: false, deviceId: DEVICE, renewedFrom: null })): DesktopApi {
  let settings: Settings = { ...defaultSettings(DEVICE), sharePath: '/mnt/share' };
  return {
    ...journalHost().api, // saves are confirmed by the durable journal (a real one on a temp folder)
    getSettings: () => Promise.resolve(settings),
    updateSettings: (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return Promise.resolve(settings);
    },
    syncJoin: () => Promise.resolve({ shareId: SHARE, created: false, readOnly: false, minAppVersion: '0.1.0', warnings: [], deviceId: DEVICE, renewedFrom: null }),
    syncPush: () => {
      calls.push('push');
      return Promise.reject(new Error('access denied by the share'));
    },
    syncPull: () => {
      calls.push('pull');
      return pull();
    },
    syncBlobStatus: () => Promise.resolve({ present: true, partial: 0 }),
  } as unknown as DesktopApi;
}

describe('sync status after a failed push', () => {
  it('shows the push failure as its own notice, keeps the changes waiting, and the pull still ran', async () => {
    const calls: string[] = [];
    const api = host(calls);
    const s = createSessionStore({ openDatabase: (name) => openDeskDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange }) });
    await s.getState().init(api);
    await s.getState().setStationCode('B');
    await s.getState().setUpFirstClerk('张三', '', 'secret-1');
    await s.getState().repositories!.cases.create(intake());
    // The status counts the outbox with the status bar's bound: an exact count of millions blocks the database for seconds.
    const repository = s.getState().sync!.repository;
    const countBounds: unknown[] = [];
    const exactCount = repository.pendingCount.bind(repository);
    repository.pendingCount = (atMost) => {
      countBounds.push(atMost);
      return exactCount(atMost);
    };
    const sync = createSyncStore(s);
    sync.getState().start(api);
    for (let i = 0; i < 200 && !calls.includes('pull'); i++) await new Promise((r) => setTimeout(r, 5));
    await sync.getState().syncNow();
    sync.getState().stop();

    expect(calls.slice(0, 2)).toEqual(['push', 'pull']);
    const state = sync.getState();
    expect(state.phase).toBe('idle'); // the share is reachable: not "offline"
    expect(state.pending).toBeGreaterThan(0);
    expect(countBounds.length).toBeGreaterThan(0);
    expect(new Set(countBounds)).toEqual(new Set([PENDING_DISPLAY_CAP]));
    const failed = state.notices.filter((n) => n.kind === 'pushFailed');
    expect(failed).toHaveLength(1);
    const t = ((key: string, params: Record<string, unknown>) => `${key} ${JSON.stringify(params)}`) as unknown as Parameters<typeof noticeText>[0];
    expect(noticeText(t, failed[0]!)).toBe('sync.pushFailed {"message":"access denied by the share"}');
  });

  it('a share that stops answering mid-round reads as offline with changes kept, not as a failure to join', async () => {
    const calls: string[] = [];
    const lost = new DesktopApiError({ code: 'unavailable', message: 'shareUnavailable: the shared folder stopped answering (EIO)' });
    const api = host(calls, () => Promise.reject(lost));
    const s = createSessionStore({ openDatabase: (name) => openDeskDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange }) });
    await s.getState().init(api);
    await s.getState().setStationCode('B');
    await s.getState().setUpFirstClerk('张三', '', 'secret-1');
    const sync = createSyncStore(s);
    sync.getState().start(api);
    for (let i = 0; i < 200 && !calls.includes('pull'); i++) await new Promise((r) => setTimeout(r, 5));
    await sync.getState().syncNow();
    sync.getState().stop();

    const state = sync.getState();
    expect(state.phase).toBe('offline');
    expect(state.notices.map((n) => n.kind)).toEqual(['shareLost']);
    const t = ((key: string) => key) as unknown as Parameters<typeof noticeText>[0];
    expect(noticeText(t, state.notices[0]!)).toBe('sync.shareLost');
  });
});
