import { useEffect } from 'react';
import type { Repositories } from '../db/types';
import { pollPendingOps } from '../features/common/pendingOps';
import { pollShareStatus } from '../features/common/shareStatus';
import { ledgerStore } from '../state/ledger-store';

/** Once the session is ready: load the ledger, poll the share state and the pending-changes count. */
export function useBackgroundRefresh(repositories: Repositories): void {
  useEffect(() => {
    void ledgerStore.getState().load(repositories);
    const stopPending = pollPendingOps(repositories);
    const stopShare = pollShareStatus();
    return () => {
      stopPending();
      stopShare();
    };
  }, [repositories]);
}
