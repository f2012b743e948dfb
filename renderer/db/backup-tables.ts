/**
 * Owns reading and replacing the whole local database for 备份与恢复
 * (issue 20.2; the file format is shared/archive/backup.ts). Export reads
 * every table — ops (with their published flags), meta (sync cursors, share
 * id, HLC, serials), attachments' bytes — in one read transaction, so the
 * backup is one consistent moment. Restore replaces every table in one
 * write transaction: it lands whole or not at all. A backup made by an
 * older schema is first opened as that version in a scratch database and
 * upgraded by the same steps the app runs on start (schema.ts), then copied.
 */
import { DeskDatabase, LATEST_SCHEMA_VERSION, openDeskDatabase, type OpenOptions } from './schema';

export type TableRows = Record<string, Record<string, unknown>[]>;

/** Every table of the database with all its rows. */
export async function exportTables(db: DeskDatabase): Promise<TableRows> {
  return db.transaction('r', db.tables, async () => {
    const out: TableRows = {};
    for (const table of db.tables) out[table.name] = (await table.toArray()) as Record<string, unknown>[];
    return out;
  });
}

/** A table in the backup this database does not have: the backup is not one of this app's. */
export class UnknownTableError extends Error {
  constructor(readonly table: string) {
    super(`the backup holds a table this app does not know: ${table}`);
    this.name = 'UnknownTableError';
  }
}

/**
 * Replaces the content of every table with the backup's (tables the backup
 * lacks are emptied). Rows of an older schema are upgraded first
 * (`schemaVersion` below LATEST_SCHEMA_VERSION; `scratch` names the scratch
 * database and carries the IndexedDB implementation).
 */
export async function replaceTables(db: DeskDatabase, tables: TableRows, schemaVersion: number, scratch: { name: string } & OpenOptions): Promise<void> {
  const rows = schemaVersion < LATEST_SCHEMA_VERSION ? await upgradeRows(tables, schemaVersion, scratch) : tables;
  const known = new Set(db.tables.map((t) => t.name));
  for (const name of Object.keys(rows)) if (!known.has(name)) throw new UnknownTableError(name);
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    // ledgerRows last: writing cases makes the ledger rows again (ledger-rows.ts); the backup's own rows then stand.
    const order = [...db.tables].sort((a, b) => Number(a.name === 'ledgerRows') - Number(b.name === 'ledgerRows'));
    for (const table of order) {
      const list = rows[table.name];
      if (list && list.length > 0) await table.bulkPut(list);
    }
  });
}

async function upgradeRows(tables: TableRows, schemaVersion: number, scratch: { name: string } & OpenOptions): Promise<TableRows> {
  const { name, ...options } = scratch;
  await new DeskDatabase(name, options).delete();
  const old = await openDeskDatabase(name, { ...options, upToVersion: schemaVersion });
  try {
    const known = new Set(old.tables.map((t) => t.name));
    for (const table of Object.keys(tables)) if (!known.has(table)) throw new UnknownTableError(table);
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) {
        const list = tables[table.name];
        if (list && list.length > 0) await table.bulkPut(list);
      }
    });
  } finally {
    old.close();
  }
  const upgraded = await openDeskDatabase(name, options);
  try {
    return await exportTables(upgraded);
  } finally {
    await upgraded.delete();
  }
}
