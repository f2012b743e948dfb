// The app's zips carry the injected clock's time on every entry: the same input gives the same bytes whatever the wall clock says.
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checksums, packZip, readZip } from '../../../../shared/archive/zip';

const entryTime = new Date(Date.UTC(2026, 10, 23, 2, 30, 4));
const entries = [
  { path: 'manifest.json', data: '{"a":1}' },
  { path: 'blobs/ab/abcdef', data: new Uint8Array([1, 2, 3]) },
  { path: 'tables/cases.json', data: '[]' },
];

afterEach(() => {
  vi.useRealTimers();
});

describe('packZip', () => {
  it('writes no folder entries, so no entry takes the wall clock', async () => {
    const zip = await JSZip.loadAsync(await packZip(entries, entryTime));
    expect(Object.keys(zip.files).sort()).toEqual(['blobs/ab/abcdef', 'manifest.json', 'tables/cases.json']);
    for (const file of Object.values(zip.files)) expect(file.date.getTime()).toBe(entryTime.getTime());
  });

  it('gives the same bytes when the wall clock moves between two packs', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2031, 0, 1, 0, 0, 0));
    const first = await packZip(entries, entryTime);
    vi.setSystemTime(Date.UTC(2033, 6, 9, 13, 47, 11));
    const second = await packZip(entries, entryTime);
    expect(second).toEqual(first);
    expect([...(await readZip(second)).keys()].sort()).toEqual(['blobs/ab/abcdef', 'manifest.json', 'tables/cases.json']);
  });
});

describe('entries stored as they are', () => {
  it('are not deflated (photos are compressed already), and read back the same', async () => {
    const zeros = new Uint8Array(256 * 1024);
    const stored = await packZip([{ path: 'blobs/photo', data: zeros, store: true }], entryTime);
    const deflated = await packZip([{ path: 'blobs/photo', data: zeros }], entryTime);
    expect(stored.length).toBeGreaterThan(zeros.length);
    expect(deflated.length).toBeLessThan(zeros.length / 100);
    expect((await readZip(stored)).get('blobs/photo')).toEqual(zeros);
  });
});

describe('checksums', () => {
  it('hash every file with the hasher passed in, listed in path order', async () => {
    const seen: number[] = [];
    const sums = await checksums(
      new Map([
        ['b', new Uint8Array([2, 2])],
        ['a', new Uint8Array([1])],
      ]),
      (bytes) => {
        seen.push(bytes.length);
        return Promise.resolve(`len${bytes.length}`);
      },
    );
    expect(Object.entries(sums)).toEqual([
      ['a', 'len1'],
      ['b', 'len2'],
    ]);
    expect(seen).toEqual([2, 1]);
  });
});
