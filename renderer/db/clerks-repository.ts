/**
 * The clerk repository: owns the shared clerk list (who works at the desk:
 * name, department, roles, active, the password credential). Every change is
 * one op of entity 'clerk' authored by the acting clerk, written with the
 * record in one transaction, so the op log keeps the history and other PCs
 * learn the clerk (and can sign them in offline). Admin changes are refused
 * unless the acting clerk (WriteContext.clerkId) is an active admin, and the
 * last active admin is never removed. Passwords are hashed before the
 * transaction (WebCrypto would end it) and never stored, returned or thrown.
 */
import Dexie from 'dexie';
import { newId } from './ids';
import { clerkHistory } from '../../shared/domain/clerks/history';
import { DELETED_FIELD, type JsonValue } from '../../shared/sync/op';
import { checkClerkName, checkDepartment, isActingAdmin, leavesNoAdmin } from '../../shared/domain/clerks/clerk';
import { checkNewPassword, credentialOf, DEFAULT_KDF_ITERATIONS, hashPassword, SALT_BYTES, verifyPassword, type PasswordCredential } from '../../shared/domain/clerks/password';
import { checkRoles, normalizeRoles, type ClerkRole } from '../../shared/domain/clerks/roles';
import { byAge, factsOf, toClerk } from './clerk-records';
import { signIn, subtle } from './clerk-sign-in';
import type { Clerk, ClerkRepository } from './clerk-types';
import type { OpsWriter } from './ops-writer';
import type { DeskDatabase, StoredClerk } from './schema';
import { RecordNotFoundError, ValidationFailedError, type WriteContext } from './types';

export { CLERK_NAME_LIMIT } from '../../shared/domain/clerks/clerk';

export function clerkNameKey(name: string): string {
  return name.trim().toLowerCase();
}

const collator = new Intl.Collator('zh-CN');

async function newCredential(password: string): Promise<PasswordCredential> {
  return hashPassword(password, crypto.getRandomValues(new Uint8Array(SALT_BYTES)), DEFAULT_KDF_ITERATIONS, subtle());
}

const credentialJson = (c: PasswordCredential): JsonValue => ({ algorithm: c.algorithm, iterations: c.iterations, salt: c.salt, hash: c.hash });

function refuseUnless(errors: Record<string, string | null>): void {
  const found = Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => e[1] !== null));
  if (Object.keys(found).length) throw new ValidationFailedError(found);
}

export function createClerkRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): ClerkRepository {
  const live = async (): Promise<Clerk[]> => (await db.clerks.toArray()).filter((c) => !c.deleted).map(toClerk);

  /**
   * One write of the clerk list: the record's new fields and their op,
   * authored by `author` (its id goes on the op: other PCs check that role
   * grants come from an admin, shared/domain/signatures/directory.ts).
   */
  async function write(ctx: WriteContext, author: Pick<Clerk, 'id' | 'name'>, stored: StoredClerk, fields: Record<string, JsonValue>, isNew: boolean): Promise<Clerk> {
    const stamp = await writer.stamp(ctx.now);
    await db.clerks.put(stored);
    await writer.append(writer.build({ ...ctx, user: author.name, clerkId: author.id }, stamp, 'clerk', stored.id, fields), { newRecords: isNew });
    return toClerk(stored);
  }

  /** Runs an admin change: the acting clerk must be an active admin (checked in the write's transaction). */
  function asAdmin<T>(change: (ctx: WriteContext, admin: Clerk, clerks: Clerk[]) => Promise<T>): Promise<T> {
    const ctx = getContext();
    return db.transaction('rw', [db.clerks, ...writer.tables], async () => {
      const clerks = await live();
      const admin = clerks.find((c) => c.id === ctx.clerkId);
      if (!admin || !isActingAdmin(factsOf(admin))) throw new ValidationFailedError({ actor: 'notAdmin' });
      return change(ctx, admin, clerks);
    });
  }

  async function storedOf(id: string): Promise<StoredClerk> {
    const stored = await db.clerks.get(id);
    if (!stored || stored.deleted) throw new RecordNotFoundError('clerk', id);
    return stored;
  }

  /** A change of an existing clerk's roles or active flag, refused when it would leave no active admin. */
  async function changeStanding(ctx: WriteContext, admin: Clerk, clerks: Clerk[], id: string, next: { roles?: ClerkRole[]; active?: boolean }): Promise<Clerk> {
    const stored = await storedOf(id);
    const current = toClerk(stored);
    const roles = next.roles ?? current.roles;
    const active = next.active ?? current.active;
    if (leavesNoAdmin(clerks.map(factsOf), id, { roles, active })) throw new ValidationFailedError({ roles: 'lastAdmin' });
    const fields: Record<string, JsonValue> = {};
    if (next.roles) fields.roles = roles;
    if (next.active !== undefined) fields.active = active;
    return write(ctx, admin, { ...stored, roles, active }, fields, false);
  }

  return {
    async list() {
      return (await live()).sort((a, b) => collator.compare(a.name, b.name) || byAge(a, b));
    },

    async get(id) {
      const stored = await db.clerks.get(id);
      return stored && toClerk(stored);
    },

    async createFirst(input, password) {
      const name = input.name.trim();
      const department = input.department.trim();
      refuseUnless({ name: checkClerkName(name), department: checkDepartment(department), password: checkNewPassword(password) });
      const credential = await newCredential(password);
      const ctx = getContext();
      return db.transaction('rw', [db.clerks, ...writer.tables], async () => {
        if ((await live()).some((c) => c.active && c.hasPassword)) throw new ValidationFailedError({ name: 'clerksExist' });
        const id = newId(ctx.now());
        const createdAt = new Date(ctx.now()).toISOString();
        const roles: ClerkRole[] = ['admin'];
        const stored: StoredClerk = { id, name, createdAt, deleted: false, nameKey: clerkNameKey(name), department, roles, active: true, credential, passwordTemporary: false, createdBy: id };
        // The first clerk creates themself: nobody is signed in yet.
        return write(ctx, { id, name }, stored, { name, createdAt, department, roles, active: true, credential: credentialJson(credential), passwordTemporary: false, createdBy: id, [DELETED_FIELD]: false }, true);
      });
    },

    async claimLegacy(id, password) {
      refuseUnless({ password: checkNewPassword(password) });
      const credential = await newCredential(password);
      const ctx = getContext();
      return db.transaction('rw', [db.clerks, ...writer.tables], async () => {
        const stored = await storedOf(id);
        const clerk = toClerk(stored);
        if (clerk.hasPassword) throw new ValidationFailedError({ password: 'alreadySet' });
        const clerks = await live();
        const needsAdmin = !clerks.some((c) => isActingAdmin(factsOf(c)));
        const roles: ClerkRole[] = needsAdmin && !clerk.roles.includes('admin') ? [...clerk.roles, 'admin'] : clerk.roles;
        const fields: Record<string, JsonValue> = { credential: credentialJson(credential), passwordTemporary: false, active: true };
        if (roles !== clerk.roles) fields.roles = normalizeRoles(roles);
        return write(ctx, clerk, { ...stored, roles: normalizeRoles(roles), active: true, credential, passwordTemporary: false }, fields, false);
      });
    },

    async create(input, temporaryPassword) {
      const name = input.name.trim();
      const department = input.department.trim();
      refuseUnless({ name: checkClerkName(name), department: checkDepartment(department), roles: checkRoles(input.roles), password: checkNewPassword(temporaryPassword) });
      const credential = await newCredential(temporaryPassword);
      return asAdmin(async (ctx, admin, clerks) => {
        if (clerks.some((c) => c.active && clerkNameKey(c.name) === clerkNameKey(name))) throw new ValidationFailedError({ name: 'taken' });
        const id = newId(ctx.now());
        const createdAt = new Date(ctx.now()).toISOString();
        const roles = normalizeRoles(input.roles);
        const stored: StoredClerk = { id, name, createdAt, deleted: false, nameKey: clerkNameKey(name), department, roles, active: true, credential, passwordTemporary: true, createdBy: admin.id };
        return write(ctx, admin, stored, { name, createdAt, department, roles, active: true, credential: credentialJson(credential), passwordTemporary: true, createdBy: admin.id, [DELETED_FIELD]: false }, true);
      });
    },

    async setRoles(id, roles) {
      refuseUnless({ roles: checkRoles(roles) });
      return asAdmin((ctx, admin, clerks) => changeStanding(ctx, admin, clerks, id, { roles: normalizeRoles(roles) }));
    },

    async setActive(id, active) {
      return asAdmin((ctx, admin, clerks) => changeStanding(ctx, admin, clerks, id, { active }));
    },

    async setDepartment(id, raw) {
      const department = raw.trim();
      refuseUnless({ department: checkDepartment(department) });
      return asAdmin(async (ctx, admin) => {
        const stored = await storedOf(id);
        return write(ctx, admin, { ...stored, department }, { department }, false);
      });
    },

    async resetPassword(id, temporaryPassword) {
      refuseUnless({ password: checkNewPassword(temporaryPassword) });
      const credential = await newCredential(temporaryPassword);
      return asAdmin(async (ctx, admin) => {
        const stored = await storedOf(id);
        return write(ctx, admin, { ...stored, credential, passwordTemporary: true }, { credential: credentialJson(credential), passwordTemporary: true }, false);
      });
    },

    async changeOwnPassword(currentPassword, newPassword) {
      const ctx = getContext();
      const stored = ctx.clerkId ? await db.clerks.get(ctx.clerkId) : undefined;
      const current = stored && !stored.deleted ? credentialOf(stored.credential) : null;
      if (!stored || !current || !toClerk(stored).active) throw new ValidationFailedError({ actor: 'notSignedIn' });
      refuseUnless({ password: checkNewPassword(newPassword) });
      if (!(await verifyPassword(currentPassword, current, subtle()))) throw new ValidationFailedError({ currentPassword: 'wrong' });
      const credential = await newCredential(newPassword);
      return db.transaction('rw', [db.clerks, ...writer.tables], async () => {
        const fresh = await storedOf(stored.id);
        return write(ctx, fresh, { ...fresh, credential, passwordTemporary: false }, { credential: credentialJson(credential), passwordTemporary: false }, false);
      });
    },

    async history() {
      return clerkHistory(await db.ops.where('[entity+entityId]').between(['clerk', Dexie.minKey], ['clerk', Dexie.maxKey]).toArray());
    },

    signIn(id, password) {
      return signIn(db, id, password, getContext().now());
    },
  };
}
