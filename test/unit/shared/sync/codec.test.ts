import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, CorruptFileError, decodeSegment, decodeSnapshot, encodeSegment, encodeSnapshot, type WireOp } from '../../../../shared/sync/codec';
import type { JsonValue } from '../../../../shared/sync/op';
import { sha256Hex } from '../../../../shared/sync/sha256';
import { parseSegmentName, segmentCandidateWalk, segmentName, compareVersions } from '../../../../shared/sync/share-layout';

export function op(partial: Partial<WireOp> & { id: string }): WireOp {
  return { hlc: '001732352400000-0000', deviceId: 'dev-a', user: '张三', entity: 'case', entityId: 'c1', fields: { customerName: '华为' }, schemaVersion: 2, ...partial };
}

const jsonValue: fc.Arbitrary<JsonValue> = fc.letrec<{ v: JsonValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
    fc.string({ unit: 'grapheme' }),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie('v'), { maxKeys: 3 }),
  ),
})).v;
const fieldName = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,11}$/);
const hlcText = fc.tuple(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.integer({ min: 0, max: 0xffff })).map(([w, c]) => `${String(w).padStart(15, '0')}-${c.toString(16).padStart(4, '0')}`);
const opRef = fc.record({ hlc: hlcText, deviceId: fc.uuid(), id: fc.uuid() });
const anyOp: fc.Arbitrary<WireOp> = fc
  .record({
    id: fc.uuid(),
    hlc: hlcText,
    deviceId: fc.uuid(),
    user: fc.string({ unit: 'grapheme', maxLength: 8 }),
    entity: fc.constantFrom('case', 'returnLine', 'eightD', 'aNewerEntity'),
    entityId: fc.uuid(),
    fields: fc.dictionary(fieldName, jsonValue, { minKeys: 1, maxKeys: 6 }),
    bases: fc.option(fc.dictionary(fieldName, opRef, { minKeys: 1, maxKeys: 3 }), { nil: undefined }),
    schemaVersion: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ bases, ...rest }) => (bases ? { ...rest, bases } : rest));

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
  const ops = [op({ id: 'o1' }), op({ id: 'o2', fields: { quantityDefective: 12, lotNumber: 'L2611A' }, extraFromNewerVersion: { a: 1 } } as unknown as WireOp)];
  const header = { deviceId: 'dev-a', from: 1, to: 2, count: 2, schemaVersion: 2, writtenAt: '001732352400000-0000' };

  it('round-trips any op of several fields (fuzzed): values, bases, Chinese text, entities of newer apps', () => {
    fc.assert(
      fc.property(fc.array(anyOp, { minLength: 1, maxLength: 5 }), (some) => {
        const { text } = encodeSegment({ ...header, to: some.length, count: some.length }, some);
        expect(decodeSegment(text).ops).toEqual(some.map((o) => JSON.parse(JSON.stringify(o)) as WireOp));
        const snap = decodeSnapshot(encodeSnapshot({ 'dev-a': 1 }, some, 2).text);
        expect(new Set(snap.ops.map((o) => canonicalJson(o)))).toEqual(new Set(some.map((o) => canonicalJson(o))));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a segment of format 1 (one field per op) as one-field ops with the same ids', () => {
    const legacy = [
      { id: 'o1', hlc: '001732352400000-0000', deviceId: 'dev-a', user: '张三', entity: 'case', entityId: 'c1', field: 'customerName', value: '华为', schemaVersion: 1, base: null },
      { id: 'o2', hlc: '001732352400001-0000', deviceId: 'dev-a', user: '张三', entity: 'case', entityId: 'c1', field: 'lotNumber', value: 'L1', schemaVersion: 1, base: { hlc: '001732352400000-0000', deviceId: 'dev-a', id: 'o0' } },
    ];
    const body = `QSEG 1\n${canonicalJson(header)}\n${legacy.map((o) => canonicalJson(o)).join('\n')}\n`;
    const back = decodeSegment(`${body}#sha256=${sha256Hex(new TextEncoder().encode(body))}\n`);
    expect(back.ops).toEqual([
      { id: 'o1', hlc: '001732352400000-0000', deviceId: 'dev-a', user: '张三', entity: 'case', entityId: 'c1', fields: { customerName: '华为' }, schemaVersion: 1 },
      { id: 'o2', hlc: '001732352400001-0000', deviceId: 'dev-a', user: '张三', entity: 'case', entityId: 'c1', fields: { lotNumber: 'L1' }, bases: { lotNumber: { hlc: '001732352400000-0000', deviceId: 'dev-a', id: 'o0' } }, schemaVersion: 1 },
    ]);
  });

  it('refuses an op without fields, and a segment of a newer format', () => {
    const body = `QSEG 2\n${canonicalJson({ ...header, to: 1, count: 1 })}\n${canonicalJson({ ...op({ id: 'o1' }), fields: {} })}\n`;
    expect(() => decodeSegment(`${body}#sha256=${sha256Hex(new TextEncoder().encode(body))}\n`)).toThrow(/bad op line/);
    const newer = `QSEG 3\n${canonicalJson(header)}\n`;
    expect(() => decodeSegment(`${newer}#sha256=${sha256Hex(new TextEncoder().encode(newer))}\n`)).toThrow(/newerFormat/);
  });

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
    const winners = [op({ id: 'a', entityId: 'c2' }), op({ id: 'c', entityId: 'c1', hlc: '001732352400001-0000', fields: { lotNumber: 'L1' } }), op({ id: 'b', entityId: 'c1' })];
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
