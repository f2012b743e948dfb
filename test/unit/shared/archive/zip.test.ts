// The app's zips carry the injected clock's time on every entry: the same input gives the same bytes whatever the wall clock says.
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packZip, readZip } from '../../../../shared/archive/zip';

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
