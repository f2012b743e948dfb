/**
 * The clerk list's repository API (issue 16.3): clerks with department,
 * roles and a password to sign in with. Admin writes are refused with
 * ValidationFailedError({ actor: 'notAdmin' }) unless the acting clerk
 * (WriteContext.clerkId) is an active admin; nothing is written then.
 * No call ever returns or throws a password or its hash.
 */
import type { ClerkHistoryEntry } from '../../shared/domain/clerks/history';
import type { ClerkRole } from '../../shared/domain/clerks/roles';

export interface Clerk {
  id: string;
  name: string;
  createdAt: string;
  deleted: boolean;
  /** '' when not set (and for clerks made before issue 16.3). */
  department: string;
  roles: ClerkRole[];
  /** A deactivated clerk cannot sign in; their history stays. Clerks made before 16.3: active. */
  active: boolean;
  /** Has a password credential (clerks made before 16.3 have none until they set one). */
  hasPassword: boolean;
  /** The password was set by an admin: the clerk must change it at sign-in. */
  mustChangePassword: boolean;
  /** Id of the admin who created the clerk ('' before 16.3; their own id for the first clerk). */
  createdBy: string;
}

export interface NewClerk {
  name: string;
  department: string;
  roles: ClerkRole[];
}

export type SignInResult =
  | { ok: true; clerk: Clerk }
  | { ok: false; reason: 'wrongPassword'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; lockedUntil: number }
  | { ok: false; reason: 'deactivated' | 'noPassword' | 'unknownClerk' };

export interface ClerkRepository {
  /** Every clerk (active and deactivated), by name. */
  list(): Promise<Clerk[]>;
  get(id: string): Promise<Clerk | undefined>;
  /** First start: the first clerk, an admin with this password. Refused ({ name: 'clerksExist' }) once a clerk can sign in here. */
  createFirst(input: Pick<NewClerk, 'name' | 'department'>, password: string): Promise<Clerk>;
  /** A clerk made before sign-in existed sets their password; becomes admin when no active admin exists. */
  claimLegacy(id: string, password: string): Promise<Clerk>;
  /** Admin: a new clerk with a temporary password (to be changed at first sign-in). */
  create(input: NewClerk, temporaryPassword: string): Promise<Clerk>;
  setRoles(id: string, roles: ClerkRole[]): Promise<Clerk>;
  setDepartment(id: string, department: string): Promise<Clerk>;
  /** Admin: a temporary password; the clerk must change it at next sign-in. */
  resetPassword(id: string, temporaryPassword: string): Promise<Clerk>;
  /** Admin: deactivate (history kept) or reactivate. The last active admin is never deactivated. */
  setActive(id: string, active: boolean): Promise<Clerk>;
  /** Who added, changed, deactivated each clerk or reset their password, and when; newest first, never a password (shared/domain/clerks/history.ts). */
  history(): Promise<ClerkHistoryEntry[]>;
  /** The acting clerk changes their own password ({ currentPassword: 'wrong' } when the current one is not it). */
  changeOwnPassword(currentPassword: string, newPassword: string): Promise<Clerk>;
  /** Checks a password at this PC; wrong ones are counted here (not replicated) and lock the clerk for a while. */
  signIn(id: string, password: string): Promise<SignInResult>;
}
