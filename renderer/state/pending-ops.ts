/**
 * How many changes of this PC are not yet published to the share
 * (repositories.pendingOpCount()): refreshed after every write here and
 * polled, since sync publishes in the background.
 */
import { create } from 'zustand';
import type { Repositories } from '../db/types';

export const PENDING_POLL_MS = 10_000;
/** The status bar counts up to this many and shows "9,999+" beyond (an exact count of millions of ops takes seconds). */
export const PENDING_DISPLAY_CAP = 9_999;

interface PendingOpsState {
  count: number | null;
  refresh: (repositories: Repositories) => Promise<void>;
}

export const usePendingOps = create<PendingOpsState>((set) => ({
  count: null,
  refresh: async (repositories) => {
    try {
      set({ count: await repositories.pendingOpCount(PENDING_DISPLAY_CAP) });
    } catch (error) {
      console.error('Could not count pending changes', error);
    }
  },
}));

export function pollPendingOps(repositories: Repositories): () => void {
  const refresh = () => void usePendingOps.getState().refresh(repositories);
  refresh();
  const timer = window.setInterval(refresh, PENDING_POLL_MS);
  return () => window.clearInterval(timer);
}
