/**
 * App-wide snackbar messages that outlive the page that raised them (a saved
 * case shows its number after navigating to the case page).
 */
import { create } from 'zustand';

export type NoticeSeverity = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  message: string;
  severity: NoticeSeverity;
}

interface NoticeState {
  current: Notice | null;
  show: (message: string, severity?: NoticeSeverity) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNotices = create<NoticeState>((set) => ({
  current: null,
  show: (message, severity = 'success') => set({ current: { id: nextId++, message, severity } }),
  dismiss: (id) => set((state) => (state.current?.id === id ? { current: null } : state)),
}));

export function notify(message: string, severity?: NoticeSeverity): void {
  useNotices.getState().show(message, severity);
}
