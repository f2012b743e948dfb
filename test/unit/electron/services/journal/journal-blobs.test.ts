// Attachment bytes in the journal (electron/services/journal/journal-blobs.ts):
// chunks, resume, hash check, and reading back.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createJournalBlobs } from '../../../../../electron/services/journal/journal-blobs';
import { tempDir } from '../../helpers';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('journal blobs', () => {
  it('takes bytes in chunks, resumes where the file is, checks the hash and reads them back', async () => {
    const dir = await tempDir();
    const blobs = createJournalBlobs(dir);
    const bytes = new Uint8Array(3000).map((_, i) => i % 251);
    const h = sha(bytes);
    expect(await blobs.put(h, 0, bytes.subarray(0, 1000), 3000)).toEqual({ present: false, received: 1000 });
    expect(await blobs.put(h, 2000, bytes.subarray(2000), 3000)).toEqual({ present: false, received: 1000 }); // a gap: resume at 1000
    expect(await blobs.put(h, 1000, bytes.subarray(1000, 2000), 3000)).toEqual({ present: false, received: 2000 });
    expect(await blobs.put(h, 2000, bytes.subarray(2000), 3000)).toEqual({ present: true, received: 3000 });
    expect(await blobs.put(h, 0, bytes.subarray(0, 10), 3000)).toEqual({ present: true, received: 3000 }); // already there
    const back = await blobs.get(h, 0, 5000);
    expect(back.present).toBe(true);
    expect(Buffer.from(back.data).equals(Buffer.from(bytes))).toBe(true);
    expect(await readdir(dir)).toEqual([h]);
  });

  it('refuses bytes that do not match their sha256 and keeps nothing of them', async () => {
    const dir = await tempDir();
    const blobs = createJournalBlobs(dir);
    await expect(blobs.put('0'.repeat(64), 0, new Uint8Array([1, 2, 3]), 3)).rejects.toThrow(/arrived with hash/);
    expect(await readdir(dir)).toEqual([]);
    expect((await blobs.get('0'.repeat(64), 0, 10)).present).toBe(false);
  });
});
