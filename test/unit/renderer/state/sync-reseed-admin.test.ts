/** Re-seeding the share is an admin's action: the sync store refuses it for anyone else before anything reaches the host. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../../shared/domain/settings';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { openDeskDatabase } from '../../../../renderer/db';
import { createSessionStore } from '../../../../renderer/state/session-store';
import { createSyncStore } from '../../../../renderer/state/sync-store';
import { journalHost } from '../db/journal-helpers';

const DEVICE = '55555555-5555-4555-8555-555555555555';
const SHARE = '66666666-6666-4666-8666-666666666666';

describe('re-seeding from the sync store', () => {
  it('is refused while no admin is signed in; an admin reaches the host', async () => {
    const steps: string[] = [];
    let settings: Settings = { ...defaultSettings(DEVICE), sharePath: '/mnt/share' };
    const api = {
      ...journalHost().api,
      getSettings: () => Promise.resolve(settings),
      updateSettings: (patch: Partial<Settings>) => {
        settings = { ...settings, ...patch };
        return Promise.resolve(settings);
      },
      syncJoin: () => Promise.resolve({ shareId: SHARE, created: false, readOnly: false, minAppVersion: '0.1.0', warnings: [], deviceId: DEVICE, renewedFrom: null }),
      syncPull: () => Promise.resolve({ ops: [], cursors: {}, remaining: 0, errors: [], snapshot: null, readOnly: false, deviceId: DEVICE, renewedFrom: null }),
      syncBlobStatus: () => Promise.resolve({ present: true, partial: 0 }),
      syncReseed: (args: { step: string }) => {
        steps.push(args.step);
        return Promise.resolve({ shareId: args.step === 'finish' ? SHARE : null, ops: 0, devices: 0, snapshot: null });
      },
    } as unknown as DesktopApi;
    const s = createSessionStore({ openDatabase: (name) => openDeskDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange }) });
    await s.getState().init(api);
    await s.getState().setStationCode('B');
    const sync = createSyncStore(s);
    sync.getState().start(api);
    await expect(sync.getState().reseed()).rejects.toThrow(/adminOnly/);
    expect(steps).toEqual([]);
    await s.getState().setUpFirstClerk('张三', '', 'secret-1'); // the first clerk is an admin, signed in
    const report = await sync.getState().reseed();
    sync.getState().stop();
    expect(steps[0]).toBe('begin');
    expect(steps.includes('ops')).toBe(true); // the clerk just set up is a change of this desk
    expect(steps.at(-1)).toBe('finish');
    expect(report).toMatchObject({ shareId: SHARE, blobs: 0 });
  });
});
