/**
 * App-wide notices that outlive the page that raised them (a saved case shows
 * its number after navigating to the case page). A notice keeps its i18n key
 * and params, not words: it follows a language switch while shown.
 * Success and info notices hide by themselves (Notifier); warnings and errors
 * stay until the clerk dismisses them.
 */
import { create } from 'zustand';
import { text, type TextKey, type TextParam, type Translatable } from '../i18n/translatable';

export type NoticeSeverity = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  text: Translatable;
  severity: NoticeSeverity;
}

/** How long a success or info notice stays (ms). */
export const NOTICE_HIDE_MS = 5000;

export function hidesByItself(severity: NoticeSeverity): boolean {
  return severity === 'success' || severity === 'info';
}

interface NoticeState {
  current: Notice | null;
  show: (text: Translatable, severity?: NoticeSeverity) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNotices = create<NoticeState>((set) => ({
  current: null,
  show: (value, severity = 'success') => set({ current: { id: nextId++, text: value, severity } }),
  dismiss: (id) => set((state) => (state.current?.id === id ? { current: null } : state)),
}));

export function notify(key: TextKey, params?: Readonly<Record<string, TextParam>>, severity?: NoticeSeverity): void {
  useNotices.getState().show(text(key, params), severity);
}

/** A notice whose text is already a Translatable (an error described by errorText). */
export function notifyText(value: Translatable, severity?: NoticeSeverity): void {
  useNotices.getState().show(value, severity);
}
