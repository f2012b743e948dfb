/**
 * Who signs a step, for the signed-in clerk: the role they would sign it
 * with (null: none of theirs may), the roles that may, and the active
 * clerks holding them (so the page says who can, never a bare disabled
 * button).
 */
import { useMemo } from 'react';
import type { ClerkRole } from '../../../shared/domain/clerks/roles';
import { rolesThatSign, signingRoleOf, type SignedStep, type SigningFacts } from '../../../shared/domain/signatures/steps';
import { useClerkList } from '../useClerkList';
import { useClerk } from '../../state/session';

export interface SigningView {
  /** The role the signed-in clerk signs with; null when they may not sign. */
  myRole: ClerkRole | null;
  roles: ClerkRole[];
  /** Names of the active clerks who may sign (null while loading). */
  holders: string[] | null;
}

export function useSigning(step: SignedStep, facts: SigningFacts): SigningView {
  const clerk = useClerk();
  const { clerks } = useClerkList();
  const { amountFen, matrix } = facts;
  return useMemo(() => {
    const roles = rolesThatSign(step, { amountFen, matrix });
    const myRole = clerk?.active ? signingRoleOf(clerk.roles, step, { amountFen, matrix }) : null;
    const holders = clerks === null ? null : clerks.filter((c) => c.active && c.hasPassword && c.roles.some((r) => roles.includes(r))).map((c) => c.name);
    return { myRole, roles, holders };
  }, [step, amountFen, matrix, clerk, clerks]);
}
