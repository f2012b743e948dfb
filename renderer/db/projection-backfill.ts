/**
 * The one-time fill of the issue-17 statistics facts (deadlines, returns,
 * survey, supplier claims) into projections stored before they existed.
 * Owns `backfillStatisticsFacts` and the test of "this projection lacks the
 * facts". The work list IS that test, so the fill needs no bookkeeping: it is
 * resumable (a restart scans again and finds only what is still missing) and
 * idempotent (a filled case no longer qualifies; refreshCaseProjections
 * stores nothing that did not change).
 *
 * It scans the compact `ledgerRows` (one per live case, a copy of the stored
 * projection: ledger-rows.ts) by primary key, a slice at a time, and hands
 * the cases whose row lacks the facts to refreshCaseProjections — the one
 * writer of StoredCase.projection — one short transaction per slice, so a
 * sync merge or a clerk's save waits one slice at most. Writes no op: the
 * projection is local, derived data. Tombstoned cases have no row and are
 * not filled (statistics never count them).
 */
import type { LedgerRow } from '../../shared/domain/ledger-row';
import type { CaseProjection } from '../../shared/domain/lifecycle/projection';
import { yieldToEventLoop } from '../../shared/event-loop';
import { refreshCaseProjection, refreshCaseProjections } from './lifecycle-projection';
import type { DeskDatabase } from './schema';
import type { WriteContext } from './types';

/** Cases per slice (one read of rows, one transaction). */
export const BACKFILL_SLICE = 500;

/** Does this stored projection (or the ledger row copied from it) lack any issue-17 fact? An absent projection lacks them all. */
export function lacksStatisticsFacts(p: Pick<CaseProjection, 'deadlines' | 'returns' | 'survey' | 'supplierClaims'> | undefined): boolean {
  return !p || p.deadlines === undefined || p.returns === undefined || p.survey === undefined || p.supplierClaims === undefined;
}

export interface BackfillFailure {
  caseId: string;
  reason: string;
}

export interface BackfillProgress {
  /** Ledger rows looked at so far. */
  scanned: number;
  /** Ledger rows when the fill started (more may arrive meanwhile: scanned can pass it). */
  total: number;
  /** Cases whose projection was recomputed so far. */
  filled: number;
  /** Cases that could not be projected so far (skipped; the next run tries them again). */
  failed: number;
}

export interface BackfillReport extends Omit<BackfillProgress, 'failed'> {
  failed: BackfillFailure[];
  /** The signal stopped it before the end (the next run continues). */
  stopped: boolean;
}

export interface BackfillOptions {
  /** Cases per slice; BACKFILL_SLICE by default. */
  sliceSize?: number;
  /** Called after every slice. */
  onProgress?: (progress: BackfillProgress) => void;
  /** Stops between slices (the app closes, the database is replaced). */
  signal?: AbortSignal;
  /** What runs between slices; gives the event loop back by default. */
  pause?: () => Promise<void>;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Recomputes, slice by slice, the projection of every live case whose stored
 * projection lacks the statistics facts, with the settings of `ctx` (the
 * deadlines depend on the PC's calendar and rules). A slice that fails is
 * retried case by case; a case that still fails is skipped and reported.
 */
export async function backfillStatisticsFacts(db: DeskDatabase, ctx: Pick<WriteContext, 'lifecycle'>, options: BackfillOptions = {}): Promise<BackfillReport> {
  const sliceSize = Math.max(1, options.sliceSize ?? BACKFILL_SLICE);
  const pause = options.pause ?? yieldToEventLoop;
  const report: BackfillReport = { scanned: 0, total: await db.ledgerRows.count(), filled: 0, failed: [], stopped: false };
  let after: string | null = null;
  for (;;) {
    if (options.signal?.aborted) {
      report.stopped = true;
      return report;
    }
    const page: LedgerRow[] = await (after === null ? db.ledgerRows.orderBy(':id') : db.ledgerRows.where(':id').above(after)).limit(sliceSize).toArray();
    report.scanned += page.length;
    const ids = page.filter(lacksStatisticsFacts).map((row) => row.id);
    if (ids.length > 0) await fillSlice(db, ids, ctx, report);
    options.onProgress?.({ scanned: report.scanned, total: report.total, filled: report.filled, failed: report.failed.length });
    if (page.length < sliceSize) return report;
    after = page[page.length - 1]!.id;
    await pause();
  }
}

async function fillSlice(db: DeskDatabase, ids: string[], ctx: Pick<WriteContext, 'lifecycle'>, report: BackfillReport): Promise<void> {
  try {
    report.filled += (await refreshCaseProjections(db, ids, ctx)).size;
    return;
  } catch {
    // One case that cannot be projected rolls the slice back: redo it case by case, so it stops only itself.
  }
  for (const id of ids) {
    try {
      if (await refreshCaseProjection(db, id, ctx)) report.filled++;
    } catch (error) {
      report.failed.push({ caseId: id, reason: reasonOf(error) });
    }
  }
}
