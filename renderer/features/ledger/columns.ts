/** The ledger's columns: which row field, how wide, how it reads. */
import type { LedgerRow } from '../../db/types';
import { formatDateTime } from '../common/dates';

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
  { key: 'caseNumber', width: '130px', format: text('caseNumber') },
  { key: 'receivedAt', width: '140px', format: (row) => formatDateTime(row.receivedAt) },
  { key: 'customerName', width: 'auto', format: text('customerName') },
  { key: 'productModel', width: '11%', format: text('productModel') },
  { key: 'partNumber', width: '10%', format: text('partNumber') },
  { key: 'lotNumber', width: '10%', format: text('lotNumber') },
  { key: 'quantityDefective', width: '84px', align: 'right', format: (row) => (row.quantityDefective === null ? '—' : String(row.quantityDefective)) },
  { key: 'updatedAt', width: '140px', format: (row) => formatDateTime(row.updatedAt) },
];

export const LEDGER_ROW_HEIGHT = 36;
