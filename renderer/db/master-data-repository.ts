/**
 * The master-data repository (字典, issue 16): owns the `masterEntries` table
 * — customers, product models, suppliers, defect types, root-cause
 * categories and departments. Every write validates with the shared rule
 * (shared/domain/master-data/validation.ts) and appends one op (entity
 * 'masterEntry') with the fields it changed, in the same transaction. An
 * entry is never deleted: it is deactivated.
 *
 * Only an admin edits, deactivates or confirms an entry (refused with
 * { actor: 'notAdmin' }); any clerk may add one at intake, and a clerk's
 * new entry waits unconfirmed for an admin (acting-admin.ts).
 *
 * The default entries (shared/domain/master-data/seed.ts) are stored by
 * every PC itself, without ops: their ids and values are fixed, so all PCs
 * hold the same records and only later edits replicate. A seed written as
 * ops would let a PC that joins later win over an admin's earlier edit of a
 * default entry (its seed op would be the newer one).
 *
 * Codes are unique per kind among the entries this PC holds; two PCs adding
 * one code offline both keep their entry (the admin sees both and edits one).
 */
import { isAdminWriting, requireAdminWriting } from './acting-admin';
import { hasErrors, pick } from '../../shared/domain/field-checks';
import { MASTER_FIELDS, type MasterEntry, type MasterEntryInput, type MasterKind, MASTER_KINDS } from '../../shared/domain/master-data/entry';
import { DEFAULT_MASTER_ENTRIES } from '../../shared/domain/master-data/seed';
import { cleanEntryInput, validateEntry } from '../../shared/domain/master-data/validation';
import type { JsonValue } from '../../shared/sync/op';
import { newId } from './ids';
import type { MasterDataRepository } from './master-data-types';
import { sameValue, type OpsWriter } from './ops-writer';
import type { DeskDatabase } from './schema';
import { RecordNotFoundError, ValidationFailedError, type WriteContext } from './types';

const byCode = (a: MasterEntry, b: MasterEntry): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A stored entry without undefined fields (ops carry JSON values only). */
function fieldsOf(entry: Partial<MasterEntry>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(entry)) if (value !== undefined && key !== 'id') out[key] = value;
  return out;
}

export function createMasterDataRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): MasterDataRepository {
  const tables = [db.masterEntries, db.clerks, ...writer.tables];
  let seeding: Promise<number> | null = null;

  const ofKind = (kind: MasterKind) => db.masterEntries.where('kind').equals(kind).toArray();

  async function seedDefaults(): Promise<number> {
    return db.transaction('rw', db.masterEntries, async () => {
      const stored = await db.masterEntries.bulkGet(DEFAULT_MASTER_ENTRIES.map((e) => e.id));
      const writes: MasterEntry[] = [];
      DEFAULT_MASTER_ENTRIES.forEach((seed, i) => {
        const held = stored[i];
        // A record merged from edits before this PC seeded lacks the seed's other fields: complete it, never overwrite.
        const whole = { ...seed, aliases: [...seed.aliases], ...held };
        if (!held || Object.keys(whole).length !== Object.keys(held).length) writes.push(whole);
      });
      if (writes.length) await db.masterEntries.bulkPut(writes);
      return writes.length;
    });
  }

  const ensureSeeded = (): Promise<number> => {
    seeding ??= seedDefaults().catch((error: unknown) => {
      seeding = null;
      throw error;
    });
    return seeding;
  };

  async function stored(id: string): Promise<MasterEntry> {
    const entry = await db.masterEntries.get(id);
    if (!entry) throw new RecordNotFoundError('masterEntry', id);
    return entry;
  }

  async function update(id: string, patch: Partial<MasterEntryInput>, seen?: Readonly<Record<string, unknown>>): Promise<MasterEntry> {
    const ctx = getContext();
    await ensureSeeded();
    return db.transaction('rw', tables, async () => {
      await requireAdminWriting(db, ctx);
      const existing = await stored(id);
      const merged: MasterEntry = { ...existing, ...cleanEntryInput(pick(patch, MASTER_FIELDS)) };
      if (patch.aliases === undefined && patch.name !== undefined) merged.aliases = cleanEntryInput({ name: merged.name, aliases: merged.aliases }).aliases;
      const errors = validateEntry(existing.kind, merged, await ofKind(existing.kind), id);
      if (hasErrors(errors)) throw new ValidationFailedError(errors);
      const changed: Record<string, JsonValue> = {};
      for (const field of MASTER_FIELDS) {
        if (merged[field] !== undefined && !sameValue(existing[field], merged[field])) changed[field] = merged[field];
      }
      if (Object.keys(changed).length === 0) return existing;
      const stamp = await writer.stamp(ctx.now);
      await db.masterEntries.put(merged);
      await writer.append(writer.build(ctx, stamp, 'masterEntry', id, changed), seen ? { seen } : {});
      return merged;
    });
  }

  return {
    async list(kind) {
      await ensureSeeded();
      const entries = kind ? await ofKind(kind) : await db.masterEntries.toArray();
      return entries.sort(byCode);
    },

    async get(id) {
      await ensureSeeded();
      return db.masterEntries.get(id);
    },

    async create(kind, input) {
      if (!MASTER_KINDS.includes(kind)) throw new ValidationFailedError({ kind: 'invalidChoice' });
      const ctx = getContext();
      await ensureSeeded();
      const clean = cleanEntryInput({ code: '', name: '', aliases: [], active: true, confirmed: true, parentId: '', ...pick(input, MASTER_FIELDS) });
      return db.transaction('rw', tables, async () => {
        if (!(await isAdminWriting(db, ctx))) clean.confirmed = false;
        const errors = validateEntry(kind, clean, await ofKind(kind));
        if (hasErrors(errors)) throw new ValidationFailedError(errors);
        const stamp = await writer.stamp(ctx.now);
        const entry: MasterEntry = { ...clean, id: newId(stamp.wall), kind };
        await db.masterEntries.add(entry);
        await writer.append(writer.build(ctx, stamp, 'masterEntry', entry.id, fieldsOf(entry)), { newRecords: true });
        return entry;
      });
    },

    update,
    setActive: (id, active) => update(id, { active }),
    confirm: (id) => update(id, { confirmed: true }),
    seedDefaults,
  };
}
