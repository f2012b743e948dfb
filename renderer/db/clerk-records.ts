/**
 * Owns how a stored clerk reads (a Clerk without its credential) and the
 * facts the clerk rules need. Records made before issue 16.3 lack the new
 * fields: no department, no roles, active, no password yet.
 */
import { credentialOf } from '../../shared/domain/clerks/password';
import { normalizeRoles } from '../../shared/domain/clerks/roles';
import type { ClerkFacts } from '../../shared/domain/clerks/clerk';
import type { Clerk } from './clerk-types';
import type { StoredClerk } from './schema';

export function toClerk(stored: StoredClerk): Clerk {
  const hasPassword = credentialOf(stored.credential) !== null;
  return {
    id: stored.id,
    name: stored.name,
    createdAt: stored.createdAt,
    deleted: stored.deleted === true,
    department: typeof stored.department === 'string' ? stored.department : '',
    roles: normalizeRoles(stored.roles),
    active: stored.active !== false,
    hasPassword,
    mustChangePassword: hasPassword && stored.passwordTemporary === true,
    createdBy: typeof stored.createdBy === 'string' ? stored.createdBy : '',
  };
}

export function factsOf(clerk: Clerk): ClerkFacts {
  return { id: clerk.id, active: clerk.active, roles: clerk.roles, hasPassword: clerk.hasPassword };
}

/** Oldest first, then by id: two PCs that created the same name offline agree on the order. */
export function byAge(a: Pick<Clerk, 'createdAt' | 'id'>, b: Pick<Clerk, 'createdAt' | 'id'>): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
