/**
 * The clerk repository: owns the shared clerk list (who works at the desk).
 * A clerk is found by its name key (trimmed, lower-case), so "张三 " and
 * "张三" are one person. Creating a clerk appends ops (entity 'clerk') in the
 * same transaction, like every other write.
 */
import { newId } from './ids';
import { DELETED_FIELD } from '../../shared/sync/op';
import type { OpsWriter } from './ops-writer';
import type { DeskDatabase, StoredClerk } from './schema';
import { ValidationFailedError, type Clerk, type ClerkRepository, type WriteContext } from './types';

export const CLERK_NAME_LIMIT = 60;

export function clerkNameKey(name: string): string {
  return name.trim().toLowerCase();
}

function toClerk(stored: StoredClerk): Clerk {
  const { nameKey: _key, ...clerk } = stored;
  return clerk;
}

/** Oldest first, then by id: two PCs that created the same name offline agree on which one wins. */
function byAge(a: StoredClerk, b: StoredClerk): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const collator = new Intl.Collator('zh-CN');

export function createClerkRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): ClerkRepository {
  return {
    async list() {
      const all = await db.clerks.toArray();
      return all
        .filter((c) => !c.deleted)
        .sort((a, b) => collator.compare(a.name, b.name) || byAge(a, b))
        .map(toClerk);
    },

    async ensure(rawName) {
      const name = rawName.trim();
      if (name === '') throw new ValidationFailedError({ name: 'required' });
      if (name.length > CLERK_NAME_LIMIT) throw new ValidationFailedError({ name: 'tooLong' });
      const nameKey = clerkNameKey(name);
      const ctx = getContext();
      return db.transaction('rw', [db.clerks, ...writer.tables], async () => {
        const existing = (await db.clerks.where('nameKey').equals(nameKey).toArray()).filter((c) => !c.deleted).sort(byAge)[0];
        if (existing) return toClerk(existing);
        const stamp = await writer.stamp(ctx.now);
        const clerk: StoredClerk = { id: newId(stamp.wall), name, createdAt: new Date(stamp.wall).toISOString(), deleted: false, nameKey };
        await db.clerks.add(clerk);
        // The first clerk of a PC is created before anyone is "logged in": they create themselves.
        const author = { ...ctx, user: ctx.user || name };
        await writer.append(writer.build(author, stamp, 'clerk', clerk.id, { name, createdAt: clerk.createdAt, [DELETED_FIELD]: false }));
        return toClerk(clerk);
      });
    },

    async get(id) {
      const stored = await db.clerks.get(id);
      return stored && toClerk(stored);
    },
  };
}
