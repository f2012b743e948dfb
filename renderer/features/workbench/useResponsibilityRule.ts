/**
 * Applies the responsibility rule (shared/domain/lifecycle/responsibility-rule.ts)
 * while the app runs and a clerk is signed in: every minute, each case of
 * the ledger whose responsibility deadline has passed with percent
 * undecided gets it as a sales share (one write per case, by the rule's
 * command, which checks again inside its transaction). Another PC may apply
 * it first: the rule's share has the same id and values there, so both
 * merge into one. A case is tried once per session; what was assigned is
 * announced. Checked every minute, when the ledger has loaded and when a
 * clerk signs in.
 */
import { useEffect } from 'react';
import { responsibilityRuleStatus, ruleFactsOfRow } from '../../../shared/domain/lifecycle/responsibility-rule';
import { ValidationFailedError } from '../../db/types';
import { ledgerStore } from '../../state/ledger-store';
import { notify } from '../../state/notices';
import { sessionNow, sessionStore } from '../../state/session';

export const RESPONSIBILITY_RULE_CHECK_MS = 60_000;

export function useResponsibilityRule(): void {
  useEffect(() => {
    const tried = new Set<string>();
    let running = false;
    const check = async () => {
      const { clerk, repositories } = sessionStore.getState();
      const { entries, status } = ledgerStore.getState();
      if (running || !clerk || !repositories || status !== 'complete') return;
      const now = sessionNow();
      const due = entries.map((e) => e.row).filter((row) => !tried.has(row.id) && responsibilityRuleStatus(ruleFactsOfRow(row), now).stage === 'due');
      if (due.length === 0) return;
      running = true;
      const assigned: string[] = [];
      try {
        for (const row of due) {
          tried.add(row.id);
          try {
            await repositories.lifecycle.applyResponsibilityRule(row.id);
            assigned.push(row.caseNumber);
          } catch (error) {
            // Refused: another PC or clerk decided meanwhile. Anything else is a real failure, shown once.
            if (!(error instanceof ValidationFailedError)) notify('lc.responsibilityRule.failed', { caseNumber: row.caseNumber, message: String(error) }, 'error');
          }
        }
      } finally {
        running = false;
      }
      if (assigned.length > 0) notify('lc.responsibilityRule.applied', { count: assigned.length, caseNumbers: assigned.slice(0, 5).join('、') }, 'warning');
    };
    void check();
    const timer = window.setInterval(() => void check(), RESPONSIBILITY_RULE_CHECK_MS);
    // Also as soon as the ledger has loaded and when a clerk signs in.
    const offLedger = ledgerStore.subscribe((state, before) => state.status !== before.status && void check());
    const offSession = sessionStore.subscribe((state, before) => state.clerk !== before.clerk && void check());
    return () => {
      window.clearInterval(timer);
      offLedger();
      offSession();
    };
  }, []);
}
