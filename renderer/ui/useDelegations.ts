/**
 * The office's delegations of approval authority (委托授权) as stored on
 * this PC, read again after every write or merge of the office settings
 * table (where they live), and the roles delegated to the signed-in clerk
 * now (the session's clock, refreshed every minute: a delegation starts and
 * ends with a factory day).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { delegatedRolesOf, type DelegatedRole, type Delegation } from '../../shared/domain/clerks/delegation';
import { useClerk, useRepositories } from '../state/session';
import { useClerkList } from './useClerkList';
import { useNow } from './useNow';
import { useTableChanges } from './useRecordChanges';

const MINUTE = 60_000;

export function useDelegations(): { delegations: Delegation[] | null; reload: () => void } {
  const repositories = useRepositories();
  const [delegations, setDelegations] = useState<Delegation[] | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  useTableChanges(['officeSettings'], reload);
  useEffect(() => {
    let live = true;
    void repositories.delegations.list().then((list) => live && setDelegations(list));
    return () => {
      live = false;
    };
  }, [repositories, round]);
  return { delegations, reload };
}

/** The approver roles delegated to the signed-in clerk now, with on whose authority; [] while loading. */
export function useMyDelegatedRoles(): DelegatedRole[] {
  const clerk = useClerk();
  const { clerks } = useClerkList();
  const { delegations } = useDelegations();
  const now = useNow(MINUTE);
  return useMemo(() => (clerk && clerks && delegations ? delegatedRolesOf(clerk.id, delegations, clerks, now) : []), [clerk, clerks, delegations, now]);
}
