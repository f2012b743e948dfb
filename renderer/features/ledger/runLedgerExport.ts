/**
 * Runs one ledger export in its worker (ledgerExport.worker.ts): sends the
 * view's rows in parts (one structured clone of 100,000 rows would block the
 * window), then the build request, and reports progress — rows written, then
 * the file being written. cancel() terminates the worker: the result is null.
 */
import type { LedgerRow } from '../../../shared/domain/ledger-row';
import { yieldToEventLoop } from '../../../shared/event-loop';
import type { ExportReply, ExportRequest, ExportSettings } from './exportMessages';

/** Rows per message to the worker. */
const SEND_ROWS = 5_000;

export type ExportProgress = { phase: 'reading' } | { phase: 'rows'; done: number; total: number } | { phase: 'writing' };

export interface LedgerExportJob {
  /** The file's bytes, or null when cancelled. */
  result: Promise<Uint8Array | null>;
  cancel(): void;
}

export function startLedgerExport(rows: readonly LedgerRow[], settings: ExportSettings, onProgress: (progress: ExportProgress) => void): LedgerExportJob {
  const worker = new Worker(new URL('./ledgerExport.worker.ts', import.meta.url), { type: 'module' });
  let finished = false;
  let settle!: (bytes: Uint8Array | null) => void;
  let fail!: (error: Error) => void;
  const result = new Promise<Uint8Array | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const finish = () => {
    finished = true;
    worker.terminate();
  };
  const send = (request: ExportRequest) => worker.postMessage(request);

  worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
    if (finished) return;
    if (data.kind === 'progress') onProgress(data.done < data.total ? { phase: 'rows', done: data.done, total: data.total } : { phase: 'writing' });
    else if (data.kind === 'done') {
      finish();
      settle(data.bytes);
    } else {
      finish();
      fail(new Error(data.message));
    }
  };
  worker.onerror = (event) => {
    if (finished) return;
    finish();
    fail(new Error(event.message || 'The export worker failed to start.'));
  };

  onProgress(rows.length === 0 ? { phase: 'writing' } : { phase: 'rows', done: 0, total: rows.length });
  void (async () => {
    for (let start = 0; start < rows.length && !finished; start += SEND_ROWS) {
      send({ kind: 'rows', rows: rows.slice(start, start + SEND_ROWS) });
      await yieldToEventLoop();
    }
    if (!finished) send({ kind: 'build', settings });
  })();

  return {
    result,
    cancel() {
      if (finished) return;
      finish();
      settle(null);
    },
  };
}
