import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkShareStatus } from '../../../../electron/services/share-status';
import { tempDir } from '../helpers';

const now = () => Date.parse('2026-11-23T01:02:03.000Z');

describe('share status', () => {
  it('is none without a share', async () => {
    expect(await checkShareStatus(null, { now })).toEqual({ state: 'none', path: null, checkedAt: '2026-11-23T01:02:03.000Z', detail: null });
  });

  it('is online for a readable, writable folder', async () => {
    const share = await tempDir();
    expect(await checkShareStatus(share, { now })).toEqual({ state: 'online', path: share, checkedAt: '2026-11-23T01:02:03.000Z', detail: null });
  });

  it('is offline with a reason for a missing folder', async () => {
    const share = join(await tempDir(), 'gone');
    const status = await checkShareStatus(share, { now });
    expect(status).toMatchObject({ state: 'offline', path: share, detail: 'folder not found' });
  });

  it('is offline for a file instead of a folder', async () => {
    const file = join(await tempDir(), 'file.txt');
    await writeFile(file, 'x');
    expect((await checkShareStatus(file, { now })).detail).toBe('path is not a folder');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('is offline for a read-only folder', async () => {
    const share = await tempDir();
    await chmod(share, 0o500);
    try {
      const status = await checkShareStatus(share, { now });
      expect(status.state).toBe('offline');
      expect(status.detail).toMatch(/permission/);
    } finally {
      await chmod(share, 0o700);
    }
  });

  // Fake timers: the timeout is observed on the test's clock, never on elapsed real time.
  async function settledAfter<T>(promise: Promise<T>, ms: number): Promise<{ before: boolean; value: T }> {
    let done = false;
    void promise.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(ms - 1);
    const before = done;
    await vi.advanceTimersByTimeAsync(1);
    return { before, value: await promise };
  }

  it('gives up on a hanging check after the timeout, not before', async () => {
    vi.useFakeTimers();
    try {
      const hang = () => new Promise<never>(() => undefined);
      const checking = checkShareStatus('/mnt/share', { now, timeoutMs: 200, fs: { stat: hang, access: hang } });
      const { before, value } = await settledAfter(checking, 200);
      expect(before).toBe(false);
      expect(value).toMatchObject({ state: 'offline', path: '/mnt/share', detail: 'no answer within 0.2 s' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses a 3 s timeout by default', async () => {
    vi.useFakeTimers();
    try {
      const hang = () => new Promise<never>(() => undefined);
      const { before, value } = await settledAfter(checkShareStatus('/mnt/smb', { now, fs: { stat: hang, access: hang } }), 3000);
      expect(before).toBe(false);
      expect(value.detail).toBe('no answer within 3 s');
    } finally {
      vi.useRealTimers();
    }
  });
});
