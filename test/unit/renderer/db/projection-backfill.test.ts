/**
 * The one-time fill of the issue-17 statistics facts (projection-backfill.ts):
 * projections stored by an older version (the facts stripped here) get them
 * back, equal to a fresh projection, with nothing else changed and no op
 * written; slice by slice, resumable, idempotent, and a case that cannot be
 * projected stops only itself.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CaseProjection } from '../../../../shared/domain/lifecycle/projection';
import type { StoredCase } from '../../../../renderer/db/schema';
import { backfillStatisticsFacts, lacksStatisticsFacts, type BackfillProgress } from '../../../../renderer/db/projection-backfill';
import { caseAtDecision, caseAtReceiving, snapshot } from './lifecycle-helpers';
import { intake, openHarness, type Harness } from './helpers';

/** A projection as a version before issue 17 stored it. */
function withoutFacts(p: CaseProjection): CaseProjection {
  const { deadlines: _d, returns: _r, survey: _s, supplierClaims: _c, ...older } = p;
  return older;
}

/** Strips the facts from every stored projection (the ledger rows follow through their middleware); returns the records as they were. */
async function storedByOlderVersion(h: Harness): Promise<StoredCase[]> {
  const full = await h.db.cases.toArray();
  await h.db.cases.bulkPut(full.map((c) => ({ ...c, projection: withoutFacts(c.projection!) })));
  return full;
}

/** Three cases at different points: a new one, one analysed, one with a return line in receiving. */
async function threeCases(h: Harness): Promise<void> {
  await h.repos.cases.create(intake({ customerName: '新客户' }));
  await caseAtDecision(h);
  await caseAtReceiving(h, 100);
}

describe('backfillStatisticsFacts', () => {
  it('gives stored projections their facts back, equal to a fresh projection, changing nothing else and writing no op', async () => {
    const h = await openHarness();
    await threeCases(h);
    const before = await snapshot(h);
    const full = await storedByOlderVersion(h);
    expect(full).toHaveLength(3);
    expect((await h.db.ledgerRows.toArray()).every(lacksStatisticsFacts)).toBe(true);
    const ops = await h.db.ops.count();

    const report = await backfillStatisticsFacts(h.db, h.ctx);

    expect(report).toEqual({ scanned: 3, total: 3, filled: 3, failed: [], stopped: false });
    // Every table as before the facts were stripped: the cases (projections included), their ledger rows, the ops …
    expect(await snapshot(h)).toEqual(before);
    expect(await h.db.ops.count()).toBe(ops);
    const received = (await h.db.ledgerRows.toArray()).find((r) => r.returns?.lines === 1);
    expect(received?.returns).toEqual({ lines: 1, approved: 100, received: 0, linesNotReceived: 1, defectiveFound: 0 });
    expect((await h.db.ledgerRows.toArray()).some(lacksStatisticsFacts)).toBe(false);
  });

  it('touches only projections that lack the facts, and a second run does nothing', async () => {
    const h = await openHarness();
    await threeCases(h);
    const full = await h.db.cases.toArray();
    const older = full[1]!;
    await h.db.cases.put({ ...older, projection: withoutFacts(older.projection!) });
    await h.db.changes.published(); // the writes above are announced before listening
    const written: string[] = [];
    h.db.changes.subscribe((changes) => written.push(...changes.cases));

    expect(await backfillStatisticsFacts(h.db, h.ctx)).toMatchObject({ scanned: 3, filled: 1, failed: [] });
    await h.db.changes.published();
    expect(written).toEqual([older.id]);
    expect(await h.db.cases.toArray()).toEqual(full);

    const after = await snapshot(h);
    written.length = 0;
    expect(await backfillStatisticsFacts(h.db, h.ctx)).toMatchObject({ scanned: 3, filled: 0, failed: [] });
    await h.db.changes.published();
    expect(written).toEqual([]);
    expect(await snapshot(h)).toEqual(after);
  });

  it('leaves tombstoned cases alone (they have no ledger row; statistics never count them)', async () => {
    const h = await openHarness();
    await threeCases(h);
    const gone = (await h.db.cases.toArray())[0]!.id;
    await h.repos.cases.remove(gone);
    await storedByOlderVersion(h);
    const tombstone = await h.db.cases.get(gone);

    expect(await backfillStatisticsFacts(h.db, h.ctx)).toMatchObject({ scanned: 2, total: 2, filled: 2 });
    expect(await h.db.cases.get(gone)).toEqual(tombstone);
    expect(await h.db.ledgerRows.get(gone)).toBeUndefined();
  });

  it('reports progress per slice and continues where a stopped run left off', async () => {
    const h = await openHarness();
    for (let i = 0; i < 5; i++) await h.repos.cases.create(intake({ lotNumber: `L${i}` }));
    const full = await storedByOlderVersion(h);
    const progress: BackfillProgress[] = [];
    const stop = new AbortController();
    const first = await backfillStatisticsFacts(h.db, h.ctx, {
      sliceSize: 2,
      onProgress: (p) => {
        progress.push(p);
        stop.abort(); // the app closes after the first slice
      },
      signal: stop.signal,
    });
    expect(first).toMatchObject({ scanned: 2, total: 5, filled: 2, stopped: true });
    expect((await h.db.ledgerRows.toArray()).filter(lacksStatisticsFacts)).toHaveLength(3);

    // A restart: the rows that lack the facts are the work left.
    progress.length = 0;
    const rest = await backfillStatisticsFacts(h.db, h.ctx, { sliceSize: 2, onProgress: (p) => progress.push(p) });
    expect(rest).toMatchObject({ scanned: 5, filled: 3, stopped: false });
    expect(progress).toEqual([
      { scanned: 2, total: 5, filled: 0, failed: 0 },
      { scanned: 4, total: 5, filled: 2, failed: 0 },
      { scanned: 5, total: 5, filled: 3, failed: 0 },
    ]);
    expect(await h.db.cases.toArray()).toEqual(full);
  });

  it('skips and reports a case that cannot be projected, filling the rest of its slice', async () => {
    const h = await openHarness();
    await threeCases(h);
    const full = await storedByOlderVersion(h);
    const bad = full[1]!.id;
    const bulkGet = h.db.caseLifecycles.bulkGet.bind(h.db.caseLifecycles);
    const spy = vi.spyOn(h.db.caseLifecycles, 'bulkGet').mockImplementation((keys) => {
      if (keys.includes(bad)) throw new Error('damaged record');
      return bulkGet(keys);
    });

    const report = await backfillStatisticsFacts(h.db, h.ctx);
    spy.mockRestore();

    expect(report).toMatchObject({ scanned: 3, filled: 2, failed: [{ caseId: bad, reason: 'damaged record' }] });
    const rows = await h.db.ledgerRows.toArray();
    expect(rows.filter(lacksStatisticsFacts).map((r) => r.id)).toEqual([bad]);
    // The next run (the record readable again) fills it.
    expect(await backfillStatisticsFacts(h.db, h.ctx)).toMatchObject({ filled: 1, failed: [] });
    expect(await h.db.cases.toArray()).toEqual(full);
  });
});
