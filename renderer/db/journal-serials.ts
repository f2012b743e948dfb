/**
 * Watches the serial high-water marks (meta keys serial:*, serial:rma:*,
 * serial:8d:*) as they are written, whoever writes them — case, RMA and 8D
 * numbering each keep their own — so the durable journal keeps them with the
 * write that moved them (journal-queue.ts) and a rebuilt database never
 * issues a number twice. A Dexie DBCore middleware on the meta table; it
 * only observes.
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';

export const SERIAL_KEY_PREFIX = 'serial:';

export type SerialListener = (key: string, value: number) => void;

export function serialWatch(listener: () => SerialListener | null): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'journal-serials',
    create(down) {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (name !== 'meta') return table;
          return {
            ...table,
            mutate(req) {
              const notify = listener();
              if (notify && (req.type === 'put' || req.type === 'add')) {
                for (const row of req.values as { key?: unknown; value?: unknown }[]) {
                  if (typeof row.key === 'string' && row.key.startsWith(SERIAL_KEY_PREFIX) && typeof row.value === 'number') notify(row.key, row.value);
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
