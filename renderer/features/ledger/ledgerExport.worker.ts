/**
 * The ledger export's worker: builds the workbook (shared/workbook) off the
 * window's thread — writing 100,000 rows out as XML and zipping them takes
 * seconds that would otherwise freeze the window. Takes the rows in parts,
 * then the build request; reports progress after each chunk of rows and
 * hands the file's bytes back (transferred, not copied). Cancelling is the
 * driver terminating the worker.
 */
import type { LedgerRow } from '../../../shared/domain/ledger-row';
import { buildLedgerWorkbook } from '../../../shared/workbook/ledger-workbook';
import type { ExportReply, ExportRequest } from './exportMessages';

/** The dedicated worker's global scope, typed for what is used here (the renderer is typed with the DOM library). */
interface WorkerScope {
  onmessage: ((event: { data: ExportRequest }) => void) | null;
  postMessage(message: ExportReply, transfer?: ArrayBuffer[]): void;
}
const scope = self as unknown as WorkerScope;
const rows: LedgerRow[] = [];

scope.onmessage = ({ data }) => {
  if (data.kind === 'rows') {
    for (const row of data.rows) rows.push(row);
    return;
  }
  const pause = (done: number, total: number) => {
    scope.postMessage({ kind: 'progress', done, total });
    return Promise.resolve(true);
  };
  buildLedgerWorkbook({ ...data.settings, rows, pause }).then(
    (bytes) => {
      if (bytes) scope.postMessage({ kind: 'done', bytes }, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
