/**
 * What the ledger's Excel export writes: the table's columns as the table
 * shows them (LEDGER_COLUMNS, then the due date), then the case facts the
 * table has no room for; and the workbook's texts in the UI's language —
 * the table's own headers for its columns, enum values by their UI labels.
 */
import type { TFunction } from 'i18next';
import type { CaseColumn, LedgerWorkbookLabels } from '../../../shared/workbook/ledger-workbook';
import { LEDGER_COLUMNS } from './columns';

export const EXPORT_COLUMNS: readonly CaseColumn[] = [
  ...LEDGER_COLUMNS.map((column) => column.key),
  'nextDueAt',
  'state',
  'severity',
  'category',
  'defectType',
  'market',
  'orderNumber',
  'rmaNumber',
  'decisionAmount',
  'losses',
  'closedAt',
  'createdBy',
];

type EnumKey = 'lc.steps' | 'lc.triage.severities' | 'lc.triage.complaintCategories' | 'choices.market' | 'lc.returns.results' | 'lc.returns.kinds';

export function exportLabels(t: TFunction): LedgerWorkbookLabels {
  const values = (key: EnumKey): Record<string, string> => t(key, { returnObjects: true });
  return {
    sheets: { cases: t('ledgerExport.sheets.cases'), lines: t('ledgerExport.sheets.lines') },
    caseHeaders: {
      caseNumber: t('ledger.columns.caseNumber'),
      receivedAt: t('ledger.columns.receivedAt'),
      customerName: t('ledger.columns.customerName'),
      productModel: t('ledger.columns.productModel'),
      partNumber: t('ledger.columns.partNumber'),
      lotNumber: t('ledger.columns.lotNumber'),
      quantityDefective: t('ledger.columns.quantityDefective'),
      updatedAt: t('ledger.columns.updatedAt'),
      nextDueAt: t('lc.ledger.columns.due'),
      state: t('ledgerExport.headers.state'),
      severity: t('ledgerExport.headers.severity'),
      category: t('ledgerExport.headers.category'),
      defectType: t('ledgerExport.headers.defectType'),
      market: t('ledgerExport.headers.market'),
      orderNumber: t('ledgerExport.headers.orderNumber'),
      rmaNumber: t('ledgerExport.headers.rmaNumber'),
      decisionAmount: t('ledgerExport.headers.decisionAmount'),
      losses: t('ledgerExport.headers.losses'),
      closedAt: t('ledgerExport.headers.closedAt'),
      createdBy: t('ledgerExport.headers.createdBy'),
    },
    lineHeaders: t('ledgerExport.lineHeaders', { returnObjects: true }),
    state: values('lc.steps'),
    severity: values('lc.triage.severities'),
    category: values('lc.triage.complaintCategories'),
    market: values('choices.market'),
    inspectionResult: values('lc.returns.results'),
    dispositionKind: values('lc.returns.kinds'),
  };
}
