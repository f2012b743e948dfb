import { describe, expect, it } from 'vitest';
import { IMPORT_WRITE_BATCH } from '../../../../renderer/db/cases-repository';
import type { ImportProgress } from '../../../../renderer/db';
import { intake, openHarness } from './helpers';

describe('cases.importMany progress', () => {
  it('reports 0 once the rows are valid, then each chunk as it commits: chunks done, cases written of the total', async () => {
    const h = await openHarness();
    const heard: ImportProgress[] = [];
    const storedAtReport: Promise<number>[] = [];
    const rows = Array.from({ length: 7 }, (_, i) => intake({ lotNumber: `L${i}` }));
    const done = await h.repos.cases.importMany(rows, {
      chunkSize: 3,
      onProgress: (progress) => {
        heard.push(progress);
        storedAtReport.push(h.db.cases.count()); // a read begun at the report, before the next chunk's transaction
      },
    });
    expect(done).toBe(7);
    expect(heard).toEqual([
      { chunksDone: 0, chunks: 3, rowsWritten: 0, total: 7 },
      { chunksDone: 1, chunks: 3, rowsWritten: 3, total: 7 },
      { chunksDone: 2, chunks: 3, rowsWritten: 6, total: 7 },
      { chunksDone: 3, chunks: 3, rowsWritten: 7, total: 7 },
    ]);
    // Each report comes once its chunk committed: what it says is written is in the database.
    expect(await Promise.all(storedAtReport)).toEqual([0, 3, 6, 7]);
    expect(await h.db.cases.count()).toBe(7);
  });

  it('takes the chunk size as a number too, and reports nothing when the rows are invalid', async () => {
    const h = await openHarness();
    const heard: ImportProgress[] = [];
    await expect(h.repos.cases.importMany([intake(), intake({ productModel: '' })], { onProgress: (p) => heard.push(p) })).rejects.toThrow();
    expect(heard).toEqual([]);
    expect(await h.repos.cases.importMany([intake(), intake(), intake()], 2)).toBe(3);
    expect(await h.repos.cases.importMany([], { onProgress: (p) => heard.push(p) })).toBe(0);
    expect(heard).toEqual([{ chunksDone: 0, chunks: 0, rowsWritten: 0, total: 0 }]);
  });

  it('writes a chunk larger than a write batch in one transaction with one stamp, every case numbered once', async () => {
    const h = await openHarness();
    const count = IMPORT_WRITE_BATCH * 2 + 17;
    const heard: ImportProgress[] = [];
    await h.repos.cases.importMany(
      Array.from({ length: count }, (_, i) => intake({ lotNumber: `L${i}` })),
      { chunkSize: count, onProgress: (p) => heard.push(p) },
    );
    expect(heard.at(-1)).toEqual({ chunksDone: 1, chunks: 1, rowsWritten: count, total: count });
    const cases = await h.db.cases.toArray();
    expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(count);
    expect(new Set((await h.db.ops.toArray()).map((o) => o.hlc)).size).toBe(1);
    expect(await h.db.ledgerRows.count()).toBe(count);
  });

  it('a progress listener that throws stops the import after the chunks already committed', async () => {
    const h = await openHarness();
    const rows = Array.from({ length: 6 }, () => intake());
    await expect(
      h.repos.cases.importMany(rows, {
        chunkSize: 2,
        onProgress: ({ chunksDone }) => {
          if (chunksDone === 2) throw new Error('cancelled by the clerk');
        },
      }),
    ).rejects.toThrow('cancelled by the clerk');
    expect(await h.db.cases.count()).toBe(4);
  });

  it('numbers each chunk after what arrived in its scope between chunks (a merge), not only after what the import took', async () => {
    const h = await openHarness();
    const november = (lot: string) => intake({ receivedAt: '2026-11-02T09:00:00+08:00', lotNumber: lot });
    await h.repos.cases.importMany([november('first')]); // 2611-B-001
    const template = (await h.db.cases.toArray())[0]!;
    await h.repos.cases.importMany(['a', 'b', 'c', 'd'].map(november), {
      chunkSize: 2,
      onProgress: ({ chunksDone }) => {
        // A case of this PC's scope arrives from the share between the chunks (no serial in meta for it).
        if (chunksDone === 1) void h.db.cases.add({ ...template, id: 'merged-from-share', caseNumber: '2611-B-004', lotNumber: 'merged' });
      },
    });
    const byLot = Object.fromEntries((await h.db.cases.toArray()).map((c) => [c.lotNumber, c.caseNumber]));
    expect(byLot).toEqual({ first: '2611-B-001', a: '2611-B-002', b: '2611-B-003', merged: '2611-B-004', c: '2611-B-005', d: '2611-B-006' });
  });
});
