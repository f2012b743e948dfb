/**
 * Desktop notifications (Notification API; works from the renderer in
 * Electron) when a case becomes overdue while the app runs: checked every
 * minute against the ledger rows, once per item. Items already overdue when
 * the app starts are counted as known (the workbench lists them).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerStore } from '../../state/ledger-store';
import { formatDateTime } from '../../ui/dates';
import { newlyOverdue, workbenchBuckets } from './tasks';
import { sessionNow } from '../../state/session';

export const OVERDUE_CHECK_MS = 60_000;

export function useOverdueNotifications(): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (typeof Notification === 'undefined') return;
    if (Notification.permission === 'default') void Notification.requestPermission();
    const notified = new Set<string>();
    let primed = false;
    const check = () => {
      const { entries, status } = ledgerStore.getState();
      if (status !== 'complete') return;
      const fresh = newlyOverdue(workbenchBuckets(entries, sessionNow()).overdue, notified);
      if (!primed) {
        primed = true;
        return;
      }
      if (Notification.permission !== 'granted') return;
      for (const { row } of fresh)
        new Notification(t('lc.workbench.notifyTitle', { caseNumber: row.caseNumber }), {
          body: t('lc.workbench.notifyBody', { customer: row.customerName, kind: row.nextDueKind ? t(`lc.deadlines.kinds.${row.nextDueKind}`) : '', time: row.nextDueAt ? formatDateTime(row.nextDueAt) : '' }),
          tag: `overdue-${row.id}`,
        });
    };
    check();
    const timer = window.setInterval(check, OVERDUE_CHECK_MS);
    return () => window.clearInterval(timer);
  }, [t]);
}
