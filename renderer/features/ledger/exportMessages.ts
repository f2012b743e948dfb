/** The messages between the ledger export's driver (runLedgerExport.ts) and its worker (ledgerExport.worker.ts). */
import type { LedgerRow } from '../../../shared/domain/ledger-row';
import type { LedgerWorkbookInput } from '../../../shared/workbook/ledger-workbook';

/** Everything the builder takes but the rows (sent ahead in parts) and the pause (the worker's own). */
export type ExportSettings = Omit<LedgerWorkbookInput, 'rows' | 'pause' | 'chunkRows'>;

export type ExportRequest = { kind: 'rows'; rows: LedgerRow[] } | { kind: 'build'; settings: ExportSettings };

export type ExportReply = { kind: 'progress'; done: number; total: number } | { kind: 'done'; bytes: Uint8Array } | { kind: 'failed'; message: string };
