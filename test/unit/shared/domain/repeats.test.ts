/** Repeat complaints (issue 17.2): same customer + model + defect type within N factory days, linked both ways. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, factoryMonthRange, parseFactoryDateTime } from '../../../../shared/domain/factory-calendar';
import type { MasterEntry } from '../../../../shared/domain/master-data/entry';
import {
  applyRepeatChanges,
  DEFAULT_REPEAT_WINDOW_DAYS,
  findRepeats,
  isRepeat,
  previousOf,
  repeatCounts,
  repeatKeyer,
  repeatIds,
  repeatOf,
  type RepeatIndex,
  type RepeatRow,
} from '../../../../shared/domain/repeats';

const huawei: MasterEntry = { id: 'c1', kind: 'customer', code: 'C1', name: '华为', aliases: ['华为技术'], active: true, confirmed: true, parentId: '' };
const kx: MasterEntry = { id: 'm1', kind: 'productModel', code: 'M1', name: 'KX-200', aliases: ['KX200'], active: true, confirmed: true, parentId: '', partNumbers: [] };
const entries = [huawei, kx];

let serial = 0;
/** A case received at a factory-local time ('2026-11-01T09:00'). */
function row(at: string, over: Partial<RepeatRow> = {}): RepeatRow {
  serial++;
  const ms = parseFactoryDateTime(at);
  if (ms === null) throw new Error(at);
  return {
    id: `id-${String(serial).padStart(4, '0')}`,
    caseNumber: `2611-B-${String(serial).padStart(3, '0')}`,
    receivedAt: new Date(ms).toISOString().replace('.000Z', 'Z'),
    customerId: 'c1',
    customerName: '华为',
    productModelId: 'm1',
    productModel: 'KX-200',
    defectTypeId: 'seed-defect-A02',
    countsAsComplaint: true,
    ...over,
  };
}

const keyOf = repeatKeyer(entries);
/** How many cases have a link either way. */
const linked = (index: RepeatIndex) => [...index.cases.keys()].filter((id) => repeatOf(index, id) !== null).length;

describe('repeat complaints', () => {
  it('day 30 is a repeat, day 31 is not (factory days, inclusive), whatever the hour', () => {
    const first = row('2026-11-01T23:50');
    const day30 = row('2026-12-01T00:10'); // 30 factory days later (30 days and 20 minutes)
    const index = findRepeats([first, day30], keyOf, 30);
    expect(isRepeat(index, day30.id)).toBe(true);
    expect(previousOf(index, day30.id)).toMatchObject({ id: first.id, caseNumber: first.caseNumber, days: 30 });
    expect(repeatOf(index, first.id)).toEqual({ occurrence: 1, earlier: [], later: [{ id: day30.id, caseNumber: day30.caseNumber, receivedAt: day30.receivedAt, days: 30 }] });

    const day31 = row('2026-12-02T00:00');
    const index31 = findRepeats([first, day31], keyOf, 30);
    expect(isRepeat(index31, day31.id)).toBe(false);
    expect(repeatOf(index31, first.id)).toBeNull();
    // The factory day counts, not the UTC one: 23:50 +08:00 on 1 Nov is 15:50 UTC on 1 Nov; 2 Dec 07:00 +08:00 is 1 Dec UTC.
    const early = row('2026-12-02T07:00');
    expect(daysBetween(Date.parse(first.receivedAt), Date.parse(early.receivedAt))).toBe(31);
    expect(isRepeat(findRepeats([first, early], keyOf, 30), early.id)).toBe(false);
    // The window is the office's: 31 days takes it in.
    expect(isRepeat(findRepeats([first, day31], keyOf, 31), day31.id)).toBe(true);
  });

  it('aliases and free text count as the master-data entry', () => {
    const a = row('2026-11-01T09:00');
    const b = row('2026-11-05T09:00', { customerId: '', customerName: ' 华为技术 ', productModelId: '', productModel: 'kx200' });
    const c = row('2026-11-06T09:00', { customerId: '', customerName: '华为终端' }); // another customer
    const index = findRepeats([a, b, c], keyOf);
    expect(previousOf(index, b.id)?.id).toBe(a.id);
    expect(isRepeat(index, c.id)).toBe(false);
    // Free text matching no entry: compared as normalized text (full-width, case, blanks).
    const d = row('2026-11-01T09:00', { customerId: '', customerName: 'ＡＣＭＥ  Co', productModelId: '', productModel: 'X1' });
    const e = row('2026-11-02T09:00', { customerId: '', customerName: 'acme co', productModelId: '', productModel: 'x1' });
    expect(isRepeat(findRepeats([d, e], keyOf), e.id)).toBe(true);
  });

  it('needs the same defect type entry; no defect type or no model is never a repeat', () => {
    const a = row('2026-11-01T09:00');
    const otherDefect = row('2026-11-02T09:00', { defectTypeId: 'seed-defect-A03' });
    const parent = row('2026-11-03T09:00', { defectTypeId: 'seed-defect-A' });
    expect(linked(findRepeats([a, otherDefect, parent], keyOf))).toBe(0);
    const none1 = row('2026-11-01T09:00', { defectTypeId: '' });
    const none2 = row('2026-11-02T09:00', { defectTypeId: '' });
    expect(linked(findRepeats([none1, none2], keyOf))).toBe(0);
    const noModel1 = row('2026-11-01T09:00', { productModelId: '', productModel: ' ' });
    const noModel2 = row('2026-11-02T09:00', { productModelId: '', productModel: '' });
    expect(linked(findRepeats([noModel1, noModel2], keyOf))).toBe(0);
  });

  it('7-day no-reason returns take no part, neither as earlier nor as later case', () => {
    const a = row('2026-11-01T09:00');
    const ret = row('2026-11-02T09:00', { countsAsComplaint: false });
    const b = row('2026-11-03T09:00');
    const index = findRepeats([ret, a, b], keyOf);
    expect(repeatOf(index, ret.id)).toBeNull();
    expect(repeatOf(index, b.id)?.earlier.map((l) => l.id)).toEqual([a.id]);
    expect(linked(findRepeats([a, ret], keyOf))).toBe(0);
  });

  it('three occurrences: occurrences 1, 2, 3, linked both ways, nearest first; a sliding window', () => {
    const a = row('2026-11-01T09:00');
    const b = row('2026-11-13T09:00');
    const c = row('2026-11-20T09:00');
    const d = row('2026-12-10T09:00'); // 39 days after a, 27 after b, 20 after c
    const index = findRepeats([d, c, a, b], keyOf);
    expect(repeatOf(index, a.id)).toMatchObject({ occurrence: 1, earlier: [], later: [{ id: b.id, days: 12 }, { id: c.id, days: 19 }] });
    expect(repeatOf(index, b.id)).toMatchObject({ occurrence: 2, earlier: [{ id: a.id, days: 12 }], later: [{ id: c.id }, { id: d.id }] });
    expect(repeatOf(index, c.id)).toMatchObject({ occurrence: 3, earlier: [{ id: b.id }, { id: a.id }], later: [{ id: d.id, days: 20 }] });
    expect(repeatOf(index, d.id)).toMatchObject({ occurrence: 3, earlier: [{ id: c.id }, { id: b.id }], later: [] });
    expect(previousOf(index, c.id)).toMatchObject({ id: b.id, days: 7 });
  });

  it('same instant: the smaller case number is the earlier', () => {
    const a = row('2026-11-01T09:00');
    const b = row('2026-11-01T09:00');
    const index = findRepeats([b, a], keyOf);
    expect(previousOf(index, b.id)).toMatchObject({ id: a.id, days: 0 });
    expect(isRepeat(index, a.id)).toBe(false);
  });

  it('counts for the report: repeat cases received in the period and their distinct problems', () => {
    const octA = row('2026-10-25T09:00');
    const novA = row('2026-11-03T09:00'); // repeats October's: counts in November
    const novA2 = row('2026-11-20T09:00');
    const novB1 = row('2026-10-31T09:00', { defectTypeId: 'seed-defect-B01' }); // October's; novB2 is exactly 30 days later
    const novB2 = row('2026-11-30T23:59', { defectTypeId: 'seed-defect-B01' });
    const decB = row('2026-12-01T00:00', { defectTypeId: 'seed-defect-B01' }); // December's
    const index = findRepeats([octA, novA, novA2, novB1, novB2, decB], keyOf, DEFAULT_REPEAT_WINDOW_DAYS);
    const november = factoryMonthRange(Date.parse(novA.receivedAt));
    const counts = repeatCounts(index, november);
    expect(counts.repeatCases).toBe(3);
    expect(counts.repeatedProblems).toBe(2);
    expect(counts.caseIds.sort()).toEqual([novA.id, novA2.id, novB2.id].sort());
    expect(repeatCounts(index, factoryMonthRange(Date.parse(octA.receivedAt)))).toEqual({ repeatCases: 0, repeatedProblems: 0, caseIds: [] });
  });

  it('a window outside 1–365 falls back to the default', () => {
    const a = row('2026-11-01T09:00');
    const b = row('2026-12-01T09:00');
    expect(findRepeats([a, b], keyOf, 0).windowDays).toBe(30);
    expect(isRepeat(findRepeats([a, b], keyOf, 1.5), b.id)).toBe(true);
  });
});

/** The reference: every pair compared (quadratic), straight from the rule. */
function reference(rows: readonly RepeatRow[], windowDays: number) {
  const live = rows.filter((r) => r.countsAsComplaint && keyOf(r) !== null);
  const order = (a: RepeatRow, b: RepeatRow) => {
    const d = Date.parse(a.receivedAt) - Date.parse(b.receivedAt);
    if (d !== 0) return d;
    if (a.caseNumber !== b.caseNumber) return a.caseNumber < b.caseNumber ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  const out = new Map<string, { earlier: string[]; later: string[] }>();
  for (const r of live) {
    const same = live.filter((o) => o !== r && keyOf(o) === keyOf(r) && Math.abs(daysBetween(Date.parse(r.receivedAt), Date.parse(o.receivedAt))) <= windowDays);
    const earlier = same.filter((o) => order(o, r) < 0).sort((x, y) => order(y, x)).map((o) => o.id);
    const later = same.filter((o) => order(o, r) > 0).sort(order).map((o) => o.id);
    if (earlier.length + later.length > 0) out.set(r.id, { earlier, later });
  }
  return out;
}

const base = Date.UTC(2026, 0, 1);
const arbRow = fc.record({
  minutes: fc.integer({ min: 0, max: 120 * 24 * 60 }),
  customer: fc.constantFrom('c1', '华为', '华为技术', 'Acme', 'ACME', '中兴'),
  model: fc.constantFrom('m1', 'KX200', 'X1', ''),
  defect: fc.constantFrom('d1', 'd2', ''),
  counts: fc.boolean(),
  number: fc.integer({ min: 0, max: 50 }),
});
type Spec = typeof arbRow extends fc.Arbitrary<infer T> ? T : never;
const rowOf = (s: Spec, i: number): RepeatRow => ({
  id: `r${String(i).padStart(3, '0')}`,
  caseNumber: `N${String(s.number).padStart(3, '0')}`,
  receivedAt: new Date(base + s.minutes * 60_000).toISOString(),
  customerId: s.customer === 'c1' ? 'c1' : '',
  customerName: s.customer === 'c1' ? '华为终端' : s.customer,
  productModelId: s.model === 'm1' ? 'm1' : '',
  productModel: s.model === 'm1' ? '' : s.model,
  defectTypeId: s.defect,
  countsAsComplaint: s.counts,
});

/** Every case's links, read from an index (for comparing two indexes). */
const linksOf = (index: RepeatIndex, ids: readonly string[]) => ids.map((id) => repeatOf(index, id));

describe('repeat complaints (property)', () => {
  it('equal to comparing every pair; the period counts too', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 120 }), (specs, windowDays, fromDay) => {
        const rows = specs.map(rowOf);
        const index = findRepeats(rows, keyOf, windowDays);
        const expected = reference(rows, windowDays);
        const period = { from: base + fromDay * 86_400_000, to: base + (fromDay + 31) * 86_400_000 };
        const inPeriod = rows.filter((r) => (expected.get(r.id)?.earlier.length ?? 0) > 0 && Date.parse(r.receivedAt) >= period.from && Date.parse(r.receivedAt) < period.to);
        const counts = repeatCounts(index, period);
        expect(counts.caseIds.sort()).toEqual(inPeriod.map((r) => r.id).sort());
        expect(counts.repeatedProblems).toBe(new Set(inPeriod.map((r) => keyOf(r))).size);
        expect([...repeatIds(index)].sort()).toEqual(rows.filter((r) => (expected.get(r.id)?.earlier.length ?? 0) > 0).map((r) => r.id).sort());
        for (const r of rows) {
          const got = repeatOf(index, r.id);
          const want = expected.get(r.id);
          if (!want) {
            expect(got).toBeNull();
            continue;
          }
          expect(got?.earlier.map((l) => l.id)).toEqual(want.earlier);
          expect(got?.later.map((l) => l.id)).toEqual(want.later);
          expect(got?.occurrence).toBe(want.earlier.length + 1);
          expect(isRepeat(index, r.id)).toBe(want.earlier.length > 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('saves applied one by one (edits, removals, new cases) equal a rebuild from the rows as they end up', () => {
    const change = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), at: fc.nat(), spec: arbRow }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 30 }), fc.array(change, { maxLength: 15 }), fc.integer({ min: 1, max: 40 }), (specs, changes, windowDays) => {
        const rows = new Map(specs.map((s, i) => [rowOf(s, i).id, rowOf(s, i)]));
        const index = findRepeats([...rows.values()], keyOf, windowDays);
        const everId = new Set(rows.keys());
        for (const c of changes) {
          const ids = [...rows.keys()];
          if (c.kind === 'remove') {
            if (ids.length === 0) continue;
            const id = ids[c.at % ids.length]!;
            rows.delete(id);
            applyRepeatChanges(index, [], [id]);
          } else {
            // An edit of an existing case (its id kept) or a new one.
            const i = c.at % (ids.length + 5);
            const id = i < ids.length ? ids[i]! : `r${String(100 + everId.size).padStart(3, '0')}`;
            const next = { ...rowOf(c.spec, 0), id };
            rows.set(id, next);
            everId.add(id);
            applyRepeatChanges(index, [next]);
          }
        }
        const rebuilt = findRepeats([...rows.values()], keyOf, windowDays);
        const ids = [...everId];
        expect(linksOf(index, ids)).toEqual(linksOf(rebuilt, ids));
        expect(repeatCounts(index, { from: 0, to: Number.MAX_SAFE_INTEGER }).caseIds.sort()).toEqual(repeatCounts(rebuilt, { from: 0, to: Number.MAX_SAFE_INTEGER }).caseIds.sort());
      }),
      { numRuns: 300 },
    );
  });
});
