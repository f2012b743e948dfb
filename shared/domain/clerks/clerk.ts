/**
 * A clerk of the shared clerk list (issue 16.3): name, department, roles,
 * active flag and the password credential. The rules an admin change must
 * keep: names and departments checked, and never no active admin left.
 */
import type { ClerkRole } from './roles';

export const CLERK_NAME_LIMIT = 60;
export const DEPARTMENT_LIMIT = 60;

/** What the rules need of a clerk. */
export interface ClerkFacts {
  id: string;
  active: boolean;
  roles: readonly ClerkRole[];
  /** The clerk can sign in (has a password credential). */
  hasPassword: boolean;
}

export function checkClerkName(name: string): 'required' | 'tooLong' | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length > CLERK_NAME_LIMIT) return 'tooLong';
  return null;
}

export function checkDepartment(department: string): 'tooLong' | null {
  return department.trim().length > DEPARTMENT_LIMIT ? 'tooLong' : null;
}

/** An admin who can act: active, with the admin role and a password to sign in with. */
export function isActingAdmin(clerk: ClerkFacts | undefined): boolean {
  return !!clerk && clerk.active && clerk.hasPassword && clerk.roles.includes('admin');
}

/**
 * Would the office be left without an active admin if `id` became `next`?
 * (Removing the admin role or deactivating the last admin is refused.)
 */
export function leavesNoAdmin(clerks: readonly ClerkFacts[], id: string, next: Pick<ClerkFacts, 'active' | 'roles'>): boolean {
  const after = clerks.map((c) => (c.id === id ? { ...c, ...next } : c));
  return !after.some((c) => c.active && c.roles.includes('admin'));
}
