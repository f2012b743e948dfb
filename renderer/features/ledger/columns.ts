/** The ledger's columns: which row field, how wide, how it reads. */
import type { LedgerRow } from '../../../shared/domain/ledger-row';
import { formatDateTime } from '../../ui/dates';

export type LedgerColumnKey = 'caseNumber' | 'receivedAt' | 'customerName' | 'productModel' | 'partNumber' | 'lotNumber' | 'quantityDefective' | 'updatedAt';

export interface LedgerColumn {
  key: LedgerColumnKey;
  /** CSS width; the customer column takes what is left. */
  width: string;
  align?: 'right';
  format: (row: LedgerRow) => string;
}

const text = (key: Exclude<LedgerColumnKey, 'quantityDefective'>) => (row: LedgerRow) => row[key];

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: 'caseNumber', width: '160px', format: text('caseNumber') }, // room for the 重复 mark
  { key: 'receivedAt', width: '128px', format: (row) => formatDateTime(row.receivedAt) },
  { key: 'customerName', width: 'auto', format: text('customerName') },
  { key: 'productModel', width: '10%', format: text('productModel') },
  { key: 'partNumber', width: '9%', format: text('partNumber') },
  { key: 'lotNumber', width: '9%', format: text('lotNumber') },
  { key: 'quantityDefective', width: '80px', align: 'right', format: (row) => (row.quantityDefective === null ? '—' : String(row.quantityDefective)) },
  { key: 'updatedAt', width: '128px', format: (row) => formatDateTime(row.updatedAt) },
];

export const LEDGER_ROW_HEIGHT = 36;

/** The due-date column after the data columns. */
export const LEDGER_DUE_WIDTH = '156px';

/**
 * Narrower than this the table scrolls sideways instead of squeezing the
 * customer column (the one a clerk reads first) below ~180 px.
 */
export const LEDGER_MIN_WIDTH = '1100px';
