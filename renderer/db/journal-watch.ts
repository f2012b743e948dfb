/**
 * Watches, as they are written, what the durable journal keeps besides ops
 * (journal-queue.ts): the serial high-water marks (meta keys serial:*,
 * serial:rma:*, serial:8d:* — case, RMA and 8D numbering each keep their
 * own), so a rebuilt database never issues a number twice, and attachment
 * bytes (the local-only blobs table), so an attachment survives with the ops
 * that name it. A Dexie DBCore middleware on those two tables; it only
 * observes, whoever writes.
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';

export const SERIAL_KEY_PREFIX = 'serial:';

export interface JournalWatch {
  serial(key: string, value: number): void;
  blob(sha256: string, bytes: Uint8Array): void;
}

export function journalWatch(watcher: () => JournalWatch | null): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'journal-watch',
    create(down) {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (name !== 'meta' && name !== 'blobs') return table;
          return {
            ...table,
            mutate(req) {
              const watch = watcher();
              if (watch && (req.type === 'put' || req.type === 'add')) {
                for (const row of req.values as Record<string, unknown>[]) {
                  if (name === 'meta' && typeof row.key === 'string' && row.key.startsWith(SERIAL_KEY_PREFIX) && typeof row.value === 'number') watch.serial(row.key, row.value);
                  if (name === 'blobs' && typeof row.sha256 === 'string' && row.data instanceof ArrayBuffer) watch.blob(row.sha256, new Uint8Array(row.data));
                }
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
}
