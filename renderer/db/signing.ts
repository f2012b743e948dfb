/**
 * Owns the proof behind an electronic signature (issue 16.4): before a
 * signed write the signed-in clerk re-enters their password, checked like a
 * sign-in (a wrong one counts toward the lockout: clerk-sign-in.ts) and
 * outside the write's transaction (WebCrypto would end it). The write then
 * reads the signer from the clerk list inside its own transaction, so a
 * clerk deactivated or demoted a moment ago (a merge) signs nothing. The
 * password is never stored, returned or put in an error.
 */
import type { Signer } from '../../shared/domain/signatures/signature';
import { toClerk } from './clerk-records';
import { delegatedRolesNow } from './delegations-repository';
import { signIn } from './clerk-sign-in';
import type { DeskDatabase } from './schema';
import { ValidationFailedError, type WriteContext } from './types';

import type { SigningInput } from './signing-input';

/**
 * The id of the signed-in clerk once their password is proven; refuses with
 * { signer: 'notSignedIn' } or { password: 'required' | 'wrongPassword' | 'locked' | 'deactivated' | 'noPassword' | 'unknownClerk' }.
 */
export async function proveSigner(db: DeskDatabase, ctx: WriteContext, signing: SigningInput | undefined): Promise<string> {
  if (!ctx.clerkId) throw new ValidationFailedError({ signer: 'notSignedIn' });
  if (!signing || signing.password === '') throw new ValidationFailedError({ password: 'required' });
  const result = await signIn(db, ctx.clerkId, signing.password, ctx.now());
  if (!result.ok) throw new ValidationFailedError({ password: result.reason });
  return ctx.clerkId;
}

/**
 * The signer as the clerk list holds them now (call inside the write's
 * transaction, which includes `clerks`). With `delegationsAt` (ms, the
 * write's clock) also the roles delegated to them then (委托授权; the
 * transaction must include `officeSettings`).
 */
export async function signerOf(db: DeskDatabase, clerkId: string, delegationsAt?: number): Promise<Signer | null> {
  const stored = await db.clerks.get(clerkId);
  if (!stored || stored.deleted) return null;
  const clerk = toClerk(stored);
  const signer: Signer = { id: clerk.id, name: clerk.name, active: clerk.active, roles: clerk.roles, hasPassword: clerk.hasPassword };
  if (delegationsAt !== undefined) signer.delegated = await delegatedRolesNow(db, clerk.id, delegationsAt);
  return signer;
}
