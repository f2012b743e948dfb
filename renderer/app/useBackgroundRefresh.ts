import { useEffect } from 'react';
import type { Repositories } from '../db/types';
import { pollPendingOps, usePendingOps } from '../state/pending-ops';
import { pollShareStatus } from '../state/share-status';
import { ledgerStore } from '../state/ledger-store';

/**
 * Once the session is ready: load the ledger and keep it following the
 * database's change feed (the rows of the cases each committed write or
 * merge changed — the one way the ledger is updated after loading), poll the
 * share state and the pending-changes count.
 */
export function useBackgroundRefresh(repositories: Repositories): void {
  useEffect(() => {
    void ledgerStore.getState().load(repositories);
    const stopFollowing = repositories.changes.subscribe((changes) => {
      void usePendingOps.getState().refresh(repositories);
      if (changes.cases.size > 0) {
        ledgerStore.getState().refreshRows(repositories, changes.cases).catch((error: unknown) => console.error('Could not update the ledger', error));
      }
    });
    const stopPending = pollPendingOps(repositories);
    const stopShare = pollShareStatus();
    return () => {
      stopFollowing();
      stopPending();
      stopShare();
    };
  }, [repositories]);
}
