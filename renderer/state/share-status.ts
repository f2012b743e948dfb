/**
 * The shared-folder status from the host (share:status), polled every 30 s
 * while the app frame is shown, and refreshed at once after a settings change.
 */
import { create } from 'zustand';
import type { ShareStatus } from '../../shared/ipc/contract';
import { getDesktopApi } from '../platform';

export const SHARE_POLL_MS = 30_000;

interface ShareStatusState {
  status: ShareStatus | null;
  error: unknown;
  refresh: () => Promise<void>;
}

export const useShareStatus = create<ShareStatusState>((set) => ({
  status: null,
  error: null,
  refresh: async () => {
    try {
      set({ status: await getDesktopApi().shareStatus(), error: null });
    } catch (error) {
      set({ error });
    }
  },
}));

/** Starts polling; returns the stop function. */
export function pollShareStatus(): () => void {
  const refresh = () => void useShareStatus.getState().refresh();
  refresh();
  const timer = window.setInterval(refresh, SHARE_POLL_MS);
  return () => window.clearInterval(timer);
}
