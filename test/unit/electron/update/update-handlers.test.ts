// The update channels in the handler table (issue 20.1): a sync round asks the
// updater to check, and whatever the updater does never fails the round; the
// web host says 'unsupported' and refuses 立即更新.
import { describe, expect, it } from 'vitest';
import { createHandlers, type UpdateHooks } from '../../../../electron/services/handlers';
import { openSettingsStore } from '../../../../electron/services/settings-store';
import { quietLogger, tempDir } from '../helpers';

async function handlers(updates?: UpdateHooks) {
  const profilePath = await tempDir();
  const share = await tempDir('desk-share-');
  const logger = quietLogger().logger;
  const h = createHandlers({
    profilePath,
    host: updates ? 'electron' : 'web',
    version: '0.2.0',
    settingsStore: await openSettingsStore({ profilePath, logger, now: () => Date.parse('2026-11-23T02:00:00Z') }),
    now: () => Date.parse('2026-11-23T02:00:00Z'),
    logger,
    openPath: () => Promise.resolve(''),
    ...(updates ? { updates } : {}),
    sync: { maintenance: false },
  });
  await h.updateSettings({ sharePath: share });
  await h.syncJoin({});
  return h;
}

describe('update channels', () => {
  it('a sync pull asks the updater to check, and an updater that throws does not fail the pull', async () => {
    let rounds = 0;
    const h = await handlers({
      status: () => ({ state: 'idle', version: null, transferred: 0, total: 0, message: null }),
      installNow: () => Promise.resolve(),
      onSyncRound: () => {
        rounds++;
        throw new Error('updater broke');
      },
    });
    const pulled = await h.syncPull({ cursors: {} });
    expect(pulled.ops).toEqual([]);
    expect(rounds).toBe(1);
    expect(await h.updateStatus({})).toMatchObject({ state: 'idle' });
  });

  it('the web host does not update itself', async () => {
    const h = await handlers();
    expect(await h.updateStatus({})).toMatchObject({ state: 'unsupported' });
    await expect(h.updateInstallNow({})).rejects.toThrow(/does not install updates/);
  });
});
