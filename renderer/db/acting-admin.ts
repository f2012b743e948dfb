/**
 * Who is writing: is the clerk of the write context an active admin? Read in
 * the write's own transaction (which must include `clerks`), so a clerk
 * deactivated or demoted by a merge a moment ago is refused at once.
 */
import { isActingAdmin } from '../../shared/domain/clerks/clerk';
import { factsOf, toClerk } from './clerk-records';
import type { DeskDatabase } from './schema';
import { ValidationFailedError, type WriteContext } from './types';

export async function isAdminWriting(db: DeskDatabase, ctx: WriteContext): Promise<boolean> {
  const acting = ctx.clerkId ? await db.clerks.get(ctx.clerkId) : undefined;
  return !!acting && !acting.deleted && isActingAdmin(factsOf(toClerk(acting)));
}

/** Refuses the write with { actor: 'notAdmin' } (nothing is written: it throws inside the transaction). */
export async function requireAdminWriting(db: DeskDatabase, ctx: WriteContext): Promise<void> {
  if (!(await isAdminWriting(db, ctx))) throw new ValidationFailedError({ actor: 'notAdmin' });
}
