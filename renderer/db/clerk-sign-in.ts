/**
 * Owns signing in at this PC: checks a clerk's password against the
 * replicated credential and keeps the wrong attempts in the local
 * signInFailures table (never replicated, never an op: one PC cannot lock a
 * clerk out office-wide, and a typo writes nothing to the share). Times come
 * from the session's clock (WriteContext.now).
 */
import { lockedUntil, MAX_FAILED_ATTEMPTS, recentFailures, withFailure } from '../../shared/domain/clerks/lockout';
import { credentialOf, verifyPassword, type KdfSubtle } from '../../shared/domain/clerks/password';
import { toClerk } from './clerk-records';
import type { SignInResult } from './clerk-types';
import type { DeskDatabase } from './schema';

export const subtle = (): KdfSubtle => crypto.subtle;

export async function signIn(db: DeskDatabase, id: string, password: string, now: number): Promise<SignInResult> {
  const stored = await db.clerks.get(id);
  if (!stored || stored.deleted) return { ok: false, reason: 'unknownClerk' };
  const clerk = toClerk(stored);
  if (!clerk.active) return { ok: false, reason: 'deactivated' };
  const credential = credentialOf(stored.credential);
  if (!credential) return { ok: false, reason: 'noPassword' };
  const failures = (await db.signInFailures.get(id))?.times ?? [];
  const until = lockedUntil(failures, now);
  if (until !== null) return { ok: false, reason: 'locked', lockedUntil: until };
  if (await verifyPassword(password, credential, subtle())) {
    if (failures.length) await db.signInFailures.delete(id);
    return { ok: true, clerk };
  }
  const times = withFailure(failures, now);
  await db.signInFailures.put({ clerkId: id, times });
  const lockedNow = lockedUntil(times, now);
  if (lockedNow !== null) return { ok: false, reason: 'locked', lockedUntil: lockedNow };
  return { ok: false, reason: 'wrongPassword', attemptsLeft: MAX_FAILED_ATTEMPTS - recentFailures(times, now).length };
}
