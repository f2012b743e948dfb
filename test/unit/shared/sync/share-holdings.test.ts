// Which PC holds which part, and whether the share holds all of it (shared/sync/share-holdings.ts): hand-built shares.
import { describe, expect, it } from 'vitest';
import { shareHoldings, type DeviceOnShare } from '../../../../shared/sync/share-holdings';

const SHA = (c: string) => c.repeat(64);
function pc(deviceId: string, lastSeq: number, cursors: Record<string, number>, segments: [number, number][], cited: string[] = []): DeviceOnShare {
  return { deviceId, file: { lastSeq, cursors, seenAt: '2026-11-23T02:00:00.000Z' }, segments: segments.map(([from, to]) => ({ from, to })), citedBlobs: new Set(cited) };
}

describe('share holdings', () => {
  it('a whole share: every claim on it, every PC that applied everything holds everything', () => {
    const h = shareHoldings([pc('a', 3, { b: 2 }, [[1, 3]], [SHA('1')]), pc('b', 2, { a: 3 }, [[1, 2]]), pc('c', 0, { a: 1, b: 2 }, [])], {}, new Set([SHA('1')]));
    expect(h.complete).toBe(true);
    expect(h.fullHolders).toEqual(['a', 'b']);
    expect(h.devices.find((d) => d.deviceId === 'c')?.lacks).toEqual([{ deviceId: 'a', has: 1, claimedTo: 3 }]);
    expect(h.devices.map((d) => [d.deviceId, d.claimedTo, d.onShareTo, d.missing])).toEqual([
      ['a', 3, 3, null],
      ['b', 2, 2, null],
      ['c', 0, 0, null],
    ]);
  });

  it('the snapshot covers the start; segments go on from there; a gap stops what is on the share', () => {
    const h = shareHoldings([pc('a', 9, {}, [[4, 5], [8, 9]])], { a: 3 }, new Set());
    expect(h.devices[0]).toMatchObject({ claimedTo: 9, onShareTo: 5, missing: { from: 6, to: 9, claimedBy: ['a'] } });
    expect(h.complete).toBe(false);
  });

  it("changes lost from the share are claimed by the PCs that applied them; a PC's own device file missing still counts others' word", () => {
    // b's file is gone with its segments; a and c applied b up to 4.
    const h = shareHoldings([pc('a', 1, { b: 4, c: 0 }, [[1, 1]]), pc('c', 0, { a: 1, b: 2 }, []), { deviceId: 'b', file: null, segments: [{ from: 1, to: 2 }], citedBlobs: new Set() }], {}, new Set());
    const b = h.devices.find((d) => d.deviceId === 'b')!;
    expect(b.missing).toEqual({ from: 3, to: 4, claimedBy: ['a'] });
    expect(b.holdsAll).toBe(false); // no device file: nothing known of what it applied
    expect(h.fullHolders).toEqual(['a']);
  });

  it('attachments cited but not on the share are listed under the PC whose change cites them', () => {
    const h = shareHoldings([pc('a', 1, {}, [[1, 1]], [SHA('1'), SHA('2')])], {}, new Set([SHA('1')]));
    expect(h.devices[0]!.missingBlobs).toEqual([SHA('2')]);
    expect(h.complete).toBe(false);
  });

  it('a re-seeded share: its snapshot covers every PC at 0, and the old seqs claimed by device files not yet rewritten are missing until those PCs send them again', () => {
    const h = shareHoldings([pc('a', 0, {}, [])], { a: 0, b: 0 }, new Set());
    expect(h.complete).toBe(true);
    expect(h.devices.map((d) => d.deviceId)).toEqual(['a', 'b']);
    expect(h.fullHolders).toEqual(['a']);
  });
});
