/**
 * Who signs a step, for the signed-in clerk: the role they would sign it
 * with (null: none of theirs may) and, for an approval signed by a
 * delegate (委托授权), on whose authority; the roles that may, and the
 * active clerks holding them or a delegation of them (so the page says who
 * can, never a bare disabled button). The rule is the signing code's
 * (signatures/signature.ts checkSigner).
 */
import { useMemo } from 'react';
import type { ClerkRole } from '../../../shared/domain/clerks/roles';
import { delegatedRolesOf, type DelegatedRole } from '../../../shared/domain/clerks/delegation';
import { checkSigner } from '../../../shared/domain/signatures/signature';
import { rolesThatSign, type SignedStep, type SigningFacts } from '../../../shared/domain/signatures/steps';
import { useClerkList } from '../useClerkList';
import { useDelegations } from '../useDelegations';
import { useNow } from '../useNow';
import { useClerk } from '../../state/session';

export interface SigningView {
  /** The role the signed-in clerk signs with; null when they may not sign. */
  myRole: ClerkRole | null;
  /** The delegation myRole is held by (the clerk signs for its delegator); null when it is their own role. */
  onBehalfOf: DelegatedRole | null;
  roles: ClerkRole[];
  /** Names of the active clerks who may sign (null while loading). */
  holders: string[] | null;
}

export function useSigning(step: SignedStep, facts: SigningFacts): SigningView {
  const clerk = useClerk();
  const { clerks } = useClerkList();
  const { delegations } = useDelegations();
  const now = useNow(60_000);
  const { amountFen, matrix } = facts;
  return useMemo(() => {
    const roles = rolesThatSign(step, { amountFen, matrix });
    const delegatedTo = (id: string) => (clerks && delegations ? delegatedRolesOf(id, delegations, clerks, now) : []);
    const check = clerk ? checkSigner({ ...clerk, delegated: delegatedTo(clerk.id) }, step, { amountFen, matrix }) : null;
    const mine = check?.ok ? check : null;
    const holders = clerks === null ? null : clerks.filter((c) => c.active && c.hasPassword && checkSigner({ ...c, delegated: delegatedTo(c.id) }, step, { amountFen, matrix }).ok).map((c) => c.name);
    return { myRole: mine?.role ?? null, onBehalfOf: mine?.onBehalfOf ?? null, roles, holders };
  }, [step, amountFen, matrix, clerk, clerks, delegations, now]);
}
