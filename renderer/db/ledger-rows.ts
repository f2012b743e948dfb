/**
 * The compact ledger-row table (`ledgerRows`, schema 7): one LedgerRow per
 * live case, what the ledger reads whole at start (a few hundred bytes a row
 * instead of the full case record with its texts).
 *
 * It is a DBCore middleware, like the change feed: every write to `cases` —
 * a clerk's save, an import, a merge from the share, a projection refresh,
 * a rebuild from the journal — rewrites the rows of the cases it wrote in
 * the same transaction, so no write path can forget the row and a rolled
 * back write leaves none. A read-write transaction over `cases` is widened
 * to include `ledgerRows`. A tombstoned case has no row.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { toLedgerRow, type LedgerRow } from '../../shared/domain/ledger-row';

export const LEDGER_ROWS_TABLE = 'ledgerRows';

type StoredCaseRecord = Parameters<typeof toLedgerRow>[0];

/** The row of a stored case, or null when the case is tombstoned (the ledger does not show it). */
export function ledgerRowOf(stored: StoredCaseRecord): LedgerRow | null {
  return stored.deleted ? null : toLedgerRow(stored);
}

/** Writes the rows of what `req` wrote to `cases` (values that failed, e.g. a unique-index clash, are skipped). */
async function followCaseWrites(rows: DBCoreTable, req: DBCoreMutateRequest, response: DBCoreMutateResponse, trans: DBCoreTransaction): Promise<void> {
  if (req.type === 'delete') {
    await rows.mutate({ type: 'delete', trans, keys: req.keys });
    return;
  }
  if (req.type === 'deleteRange') {
    await rows.mutate({ type: 'deleteRange', trans, range: req.range });
    return;
  }
  const put: LedgerRow[] = [];
  const gone: string[] = [];
  for (const [i, value] of (req.values as StoredCaseRecord[]).entries()) {
    if (response.failures[i]) continue;
    const row = ledgerRowOf(value);
    if (row) put.push(row);
    else gone.push(value.id);
  }
  if (put.length) await rows.mutate({ type: 'put', trans, values: put });
  if (gone.length) await rows.mutate({ type: 'delete', trans, keys: gone });
}

/** The middleware that keeps `ledgerRows` in step with `cases` (DeskDatabase registers it). */
export function ledgerRowsMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ledgerRows',
    create: (down) => {
      // A database opened below schema 7 (upgrade tests open old versions) has no row table to keep.
      const hasRows = down.schema.tables.some((t) => t.name === LEDGER_ROWS_TABLE);
      if (!hasRows) return down;
      return {
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(mode === 'readwrite' && stores.includes('cases') && !stores.includes(LEDGER_ROWS_TABLE) ? [...stores, LEDGER_ROWS_TABLE] : stores, mode, options),
        table: (name) => {
          const table = down.table(name);
          if (name !== 'cases') return table;
          const rows = down.table(LEDGER_ROWS_TABLE);
          return {
            ...table,
            mutate: async (req): Promise<DBCoreMutateResponse> => {
              const response = await table.mutate(req);
              await followCaseWrites(rows, req, response, req.trans);
              return response;
            },
          };
        },
      };
    },
  };
}
