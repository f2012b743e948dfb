import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, CorruptFileError, decodeSegment, decodeSnapshot, encodeSegment, encodeSnapshot, type WireOp } from '../../../../shared/sync/codec';
import { sha256Hex } from '../../../../shared/sync/sha256';
import { parseSegmentName, segmentCandidateWalk, segmentName, compareVersions } from '../../../../shared/sync/share-layout';

export function op(partial: Partial<WireOp> & { id: string }): WireOp {
  return { hlc: '001732352400000-0000', deviceId: 'dev-a', user: '张三', entity: 'case', entityId: 'c1', field: 'customerName', value: '华为', schemaVersion: 1, ...partial };
}

describe('sha256', () => {
  it('matches node:crypto on random bytes (Chinese text included)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
    );
    const text = '客诉退货台 — 2611-B-007';
    expect(sha256Hex(new TextEncoder().encode(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('segment codec', () => {
  const ops = [op({ id: 'o1' }), op({ id: 'o2', field: 'quantityDefective', value: 12, extraFromNewerVersion: { a: 1 } } as unknown as WireOp)];
  const header = { deviceId: 'dev-a', from: 1, to: 2, count: 2, schemaVersion: 1, writtenAt: '001732352400000-0000' };

  it('round-trips ops, keeping unknown keys of newer versions', () => {
    const { text, hash } = encodeSegment(header, ops);
    const back = decodeSegment(text);
    expect(back.hash).toBe(hash);
    expect(back.ops).toEqual(ops);
  });

  it('same input gives the same bytes whatever the key order', () => {
    const shuffled = ops.map((o) => Object.fromEntries(Object.entries(o).reverse()) as WireOp);
    expect(encodeSegment(header, shuffled).text).toBe(encodeSegment(header, ops).text);
  });

  it('a truncated segment or a changed byte is refused, never half-read', () => {
    const { text } = encodeSegment(header, ops);
    for (let cut = 0; cut < text.length; cut += 7) expect(() => decodeSegment(text.slice(0, cut))).toThrow(CorruptFileError);
    const flipped = text.replace('华为', '华三');
    expect(() => decodeSegment(flipped)).toThrow(/badHash/);
  });
});

describe('snapshot codec', () => {
  it('is deterministic: same winners in any order ⇒ same bytes and hash', () => {
    const winners = [op({ id: 'a', entityId: 'c2' }), op({ id: 'b', entityId: 'c1' }), op({ id: 'c', entityId: 'c1', field: 'lotNumber', value: 'L1' })];
    const one = encodeSnapshot({ 'dev-a': 3, 'dev-b': 1 }, winners, 1);
    const two = encodeSnapshot({ 'dev-b': 1, 'dev-a': 3 }, [...winners].reverse(), 1);
    expect(two.text).toBe(one.text);
    expect(decodeSnapshot(one.text).ops.map((o) => o.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('layout helpers', () => {
  it('offers every file holding the next seq, best first: furthest reach, plain name before alternates', () => {
    const seg = (from: number, to: number, alt = 0) => ({ from, to, alt, name: segmentName(from, to, alt) });
    const walk = segmentCandidateWalk([seg(5, 6), seg(3, 4, 1), seg(1, 2), seg(3, 6), seg(3, 4), seg(8, 9)]);
    const names = (next: number) => walk(next).map((s) => s.name.slice(10));
    expect(names(1)).toEqual(['01-000000000002.seg']);
    expect(names(3)).toEqual(['03-000000000006.seg', '03-000000000004.seg', '03-000000000004.1.seg']);
    expect(names(5)).toEqual(['05-000000000006.seg', '03-000000000006.seg']);
    expect(names(7)).toEqual([]); // a gap: nothing is skipped
  });

  it('names segments with fixed width and parses them back', () => {
    expect(segmentName(1, 20)).toBe('000000000001-000000000020.seg');
    expect(parseSegmentName(segmentName(5, 9))).toEqual({ from: 5, to: 9, alt: 0 });
    expect(parseSegmentName(segmentName(5, 9, 2))).toEqual({ from: 5, to: 9, alt: 2 });
    expect(segmentName(5, 9, 2)).toBe('000000000005-000000000009.2.seg');
    expect(parseSegmentName('000000000005-000000000009.0.seg')).toBeNull();
    expect(parseSegmentName('.tmp-abc')).toBeNull();
  });
  it('compares versions numerically', () => {
    expect(compareVersions('0.10.0', '0.9.3')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
  });
});
