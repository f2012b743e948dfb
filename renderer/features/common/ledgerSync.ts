/** Keeps the in-memory ledger (and the pending-changes count) in step after this PC writes a case. */
import type { ComplaintCase } from '../../../shared/domain/case';
import { toLedgerRow } from '../../db';
import { ledgerStore } from '../../state/ledger-store';
import { usePendingOps } from './pendingOps';
import { sessionStore } from './session';

function refreshPending(): void {
  const { repositories } = sessionStore.getState();
  if (repositories) void usePendingOps.getState().refresh(repositories);
}

export function caseSaved(saved: ComplaintCase): void {
  ledgerStore.getState().upsert(toLedgerRow(saved));
  refreshPending();
}

export function caseRemoved(id: string): void {
  ledgerStore.getState().remove(id);
  refreshPending();
}
