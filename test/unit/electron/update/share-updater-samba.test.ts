// Updates from a real SMB share (issue 20.1): the Samba server on loopback
// (../shared/tools/samba-share.sh, see test/unit/sync/share-backends.ts)
// goes away in the middle of copying the installer; the next round after it
// is back resumes and verifies. Skipped with a loud message where Samba
// cannot be started.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShareUpdater, UPDATE_CACHE_DIR } from '../../../../electron/main/update/share-updater';
import { createUpdateController } from '../../../../electron/main/update/update-controller';
import { nodeShareFs, type ShareFs } from '../../../../electron/services/sync/share-fs';
import { useShareBackends } from '../../sync/share-backends';
import { tempDir } from '../helpers';
import { fakeRelease, publish, quietLogger, testApp } from './fake-release';

const shares = useShareBackends();

describe('updates from a Samba share', () => {
  it('the server drops mid-copy: the next round after it is back resumes from the part file and verifies', async (ctx) => {
    const samba = shares.samba;
    if (!samba?.drop || !samba.restore) return ctx.skip();
    const drop = () => samba.drop?.();
    const restore = () => samba.restore?.();
    const share = await samba.fresh();
    const profile = await tempDir('samba-update-pc-');
    const release = fakeRelease('0.3.0', 1024 * 1024);
    await publish(share, release);
    let reads = 0;
    const dropping: ShareFs = {
      ...nodeShareFs,
      readAt(path, offset, length) {
        if (++reads === 4) drop();
        return nodeShareFs.readAt(path, offset, length);
      },
    };
    const updater = new ShareUpdater({
      profilePath: profile,
      sharePath: () => share,
      stationCode: () => 'A',
      publisherNames: null,
      now: () => 0,
      app: testApp('0.2.0', profile),
      logger: quietLogger,
      fs: dropping,
      chunkBytes: 128 * 1024,
    });
    const controller = createUpdateController({ updater, now: () => 0, log: { info: () => undefined, warn: () => undefined } });
    try {
      await controller.checkNow();
      expect(controller.status().state).toBe('idle');
    } finally {
      restore();
    }
    const partial = join(profile, UPDATE_CACHE_DIR, 'partial');
    const [part] = await readdir(partial);
    expect((await stat(join(partial, part ?? ''))).size).toBe(3 * 128 * 1024);
    for (let i = 0; i < 20 && controller.status().state !== 'ready'; i++) {
      await controller.checkNow();
      if (controller.status().state !== 'ready') await new Promise((r) => setTimeout(r, 500)); // smbnetfs reconnects
    }
    expect(controller.status()).toMatchObject({ state: 'ready', version: '0.3.0' });
    expect(await readFile(join(profile, UPDATE_CACHE_DIR, 'pending', release.name))).toEqual(release.bytes);
  }, 180_000);
});
