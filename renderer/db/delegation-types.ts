/** The delegations repository's API (委托授权, delegations-repository.ts; the rules: shared/domain/clerks/delegation.ts). */
import type { Delegation, DelegationInput } from '../../shared/domain/clerks/delegation';
import type { HistoryEntry } from '../../shared/domain/history';

export interface DelegationHistoryEntry extends HistoryEntry {
  delegationId: string;
}

export interface DelegationsRepository {
  /** Every delegation (in force, upcoming, ended), newest first. */
  list(): Promise<Delegation[]>;
  /** A new delegation by the signed-in clerk (the delegator or an admin); refused with the problems of checkDelegation. */
  create(input: DelegationInput): Promise<Delegation>;
  /** Ends a delegation now ({ actor: 'notAllowed' | 'alreadyEnded' }). */
  end(id: string): Promise<Delegation>;
  /** Who made or ended each delegation, when; newest first. */
  history(): Promise<DelegationHistoryEntry[]>;
}

