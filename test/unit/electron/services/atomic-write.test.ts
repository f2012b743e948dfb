import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retryTransient, writeFileAtomic } from '../../../../electron/services/atomic-write';
import { tempDir } from '../helpers';

const codeError = (code: string) => Object.assign(new Error(code), { code });

describe('atomic write', () => {
  it('replaces the file and leaves no temp file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, '二');
    expect(await readFile(file, 'utf8')).toBe('二');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('fails cleanly when the folder is missing, leaving nothing behind', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('retries EPERM/EBUSY/EACCES with back-off, then succeeds', async () => {
    const failures = ['EPERM', 'EBUSY', 'EACCES'];
    let calls = 0;
    const result = await retryTransient(
      () => {
        calls++;
        const next = failures.shift();
        return next ? Promise.reject(codeError(next)) : Promise.resolve('done');
      },
      { delayMs: 1 },
    );
    expect(result).toBe('done');
    expect(calls).toBe(4);
  });

  it('gives up after the attempts and does not retry other errors', async () => {
    let calls = 0;
    await expect(retryTransient(() => (calls++, Promise.reject(codeError('EBUSY'))), { attempts: 3, delayMs: 1 })).rejects.toMatchObject({ code: 'EBUSY' });
    expect(calls).toBe(3);
    calls = 0;
    await expect(retryTransient(() => (calls++, Promise.reject(codeError('ENOSPC'))), { delayMs: 1 })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(calls).toBe(1);
  });
});
