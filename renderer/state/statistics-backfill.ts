/**
 * Runs the one-time fill of the statistics facts into projections stored
 * before issue 17 (renderer/db/projection-backfill.ts) in the background,
 * once the ledger has loaded: once per database per app run, with the
 * session's current settings (the deadlines depend on them; read again for
 * every slice), stopped between slices when the app frame goes away (lock)
 * and continued at the next start. Owns only the "once" and its log lines:
 * the ledger picks the filled rows up through the change feed, like any write.
 */
import type { Settings } from '../../shared/domain/settings';
import { backfillStatisticsFacts, lifecycleSettingsFrom, type BackfillReport, type DeskDatabase, type WriteContext } from '../db';
import { sessionStore } from './session-store';

type Log = Pick<Console, 'info' | 'warn'>;

/** Databases whose fill ran to the end in this app run. */
const finished = new WeakSet<DeskDatabase>();
/** The run in progress (a stopped one finishes its slice before the next starts). */
let current: Promise<unknown> = Promise.resolve();

/**
 * Fills the facts of `db` unless that already ran to the end in this app
 * run; null when there was nothing to do or no settings. Never throws: a
 * failure is logged, the next start tries again.
 */
export async function runStatisticsBackfill(db: DeskDatabase, settings: () => Settings | null, signal: AbortSignal, log: Log = console): Promise<BackfillReport | null> {
  const previous = current;
  const run = (async () => {
    await previous.catch(() => undefined);
    if (finished.has(db) || signal.aborted || !settings()) return null;
    const ctx: Pick<WriteContext, 'lifecycle'> = {
      get lifecycle() {
        const now = settings();
        return now ? lifecycleSettingsFrom(now) : undefined;
      },
    };
    try {
      const report = await backfillStatisticsFacts(db, ctx, { signal });
      if (!report.stopped) finished.add(db);
      if (report.filled > 0 || report.failed.length > 0 || report.stopped) {
        log.info(`Statistics facts filled in for ${report.filled} stored cases (${report.scanned} of ${report.total} ledger rows looked at${report.stopped ? ', stopped: continues at the next start' : ''}).`);
      }
      for (const failure of report.failed) log.warn(`Statistics facts of case ${failure.caseId} could not be computed (tried again at the next start): ${failure.reason}`);
      return report;
    } catch (error) {
      log.warn('Statistics facts could not be filled in (tried again at the next start)', error);
      return null;
    }
  })();
  current = run;
  return run;
}

/** runStatisticsBackfill on the session's database and settings (the app frame calls it once the ledger has loaded). */
export function runSessionStatisticsBackfill(signal: AbortSignal): Promise<BackfillReport | null> {
  const db = sessionStore.getState().sync?.db;
  if (!db) return Promise.resolve(null);
  return runStatisticsBackfill(db, () => sessionStore.getState().settings, signal);
}
