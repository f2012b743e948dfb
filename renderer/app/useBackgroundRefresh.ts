import { useEffect } from 'react';
import type { Repositories } from '../db/types';
import { pollPendingOps, usePendingOps } from '../state/pending-ops';
import { pollShareStatus } from '../state/share-status';
import { ledgerStore } from '../state/ledger-store';
import { runSessionStatisticsBackfill } from '../state/statistics-backfill';
import { startDailyBackup } from '../state/daily-backup';

/**
 * Once the session is ready: load the ledger and keep it following the
 * database's change feed (the rows of the cases each committed write or
 * merge changed — the one way the ledger is updated after loading), poll the
 * share state and the pending-changes count. After the ledger has loaded,
 * fill the statistics facts of cases stored before issue 17, once, in
 * slices (statistics-backfill.ts); check the daily backup (state/daily-backup.ts);
 * stopped when the frame goes away.
 */
export function useBackgroundRefresh(repositories: Repositories): void {
  useEffect(() => {
    const stopBackfill = new AbortController();
    void ledgerStore
      .getState()
      .load(repositories)
      .then(() => runSessionStatisticsBackfill(stopBackfill.signal));
    const stopFollowing = repositories.changes.subscribe((changes) => {
      void usePendingOps.getState().refresh(repositories);
      if (changes.cases.size > 0) {
        ledgerStore.getState().refreshRows(repositories, changes.cases).catch((error: unknown) => console.error('Could not update the ledger', error));
      }
    });
    const stopPending = pollPendingOps(repositories);
    const stopShare = pollShareStatus();
    // The daily backup to the backup folder of the settings (issue 20.2).
    const stopBackup = startDailyBackup();
    return () => {
      stopBackup();
      stopBackfill.abort();
      stopFollowing();
      stopPending();
      stopShare();
    };
  }, [repositories]);
}
