/**
 * How replicated master-data entries land in `masterEntries`: the fields of
 * the ops over the stored record, over the seed's entry of that id. Seed
 * entries are written by every PC without ops (same fixed ids, same values:
 * master-data-repository.ts seedDefaults), so the ops of a seed entry carry
 * only what someone changed — a PC that merges them, or rebuilds from its
 * journal, before it has seeded still gets the whole entry.
 */
import { seedEntryOf } from '../../shared/domain/master-data/seed';
import type { EntityBinding } from './entity-binding';

/** The table of the master entries (its writes are what the master-data store follows). */
export const MASTER_ENTRIES_TABLE = 'masterEntries';

export const masterEntryBinding: EntityBinding = {
  table: MASTER_ENTRIES_TABLE,
  project(existing, id, fields) {
    return { ...seedEntryOf(id), ...existing, ...fields, id };
  },
};
