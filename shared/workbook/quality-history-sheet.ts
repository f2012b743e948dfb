/**
 * The 品质履历表 as a sheet (issue 17.5/17.6): one row per complaint — the
 * model (when the sheet covers several), the other party, date, case, lot,
 * defect, quantity, root causes, measures, 8D numbers, effect check and the
 * number of photos — with Chinese headers, real dates and numbers, a frozen
 * header row and an autofilter. Written into the statistics workbook (the
 * period's complaints, by model) and as a workbook of its own (one model's
 * or customer's history). The texts are quality-history/texts.ts's, as on
 * paper. Pure.
 */
import { FACTORY_UTC_OFFSET_MINUTES } from '../domain/factory-calendar';
import type { MasterEntry } from '../domain/master-data/entry';
import type { HistoryEntry } from '../domain/quality-history/entry';
import type { HistorySubjectKind } from '../domain/quality-history/subject';
import { effectText, historyNames, SUBJECT_LABELS } from '../domain/quality-history/texts';
import { nameResolver } from '../domain/statistics/names';
import { instantMs } from '../domain/statistics/rows';
import { FMT, newSheet, writeTable, type Cell, type Column } from './sheet-kit';
import { excelDate } from './excel-date';
import { XlsxWorkbook, type XlsxSheet } from './xlsx-writer';

export const QUALITY_HISTORY_SHEET = '品质履历';

export interface QualityHistorySheetInput {
  entries: readonly HistoryEntry[];
  masterData: readonly MasterEntry[];
  /** 'productModel': the history of models (the other party is the customer); 'customer': of customers. */
  subjectKind: HistorySubjectKind;
  /** Several subjects in one sheet (the statistics workbook): a first column names each line's model or customer, and lines are grouped by it. */
  bySubject: boolean;
  utcOffsetMinutes?: number;
}

export function addQualityHistorySheet(wb: XlsxWorkbook, input: QualityHistorySheetInput): XlsxSheet {
  const offset = input.utcOffsetMinutes ?? FACTORY_UTC_OFFSET_MINUTES;
  const names = historyNames(input.subjectKind, input.masterData);
  const subjectOf = nameResolver(input.subjectKind, input.masterData);
  const subject = (e: HistoryEntry) => (input.subjectKind === 'productModel' ? subjectOf.resolve(e.productModelId, e.productModel) : subjectOf.resolve(e.customerId, e.customerName)).label;
  const partyKind: HistorySubjectKind = input.subjectKind === 'productModel' ? 'customer' : 'productModel';
  const columns: Column[] = [
    ...(input.bySubject ? [{ header: SUBJECT_LABELS[input.subjectKind], width: 16, fmt: FMT.text }] : []),
    { header: '受理日期', width: 12, fmt: FMT.date },
    { header: '案件编号', width: 16, fmt: FMT.text },
    { header: SUBJECT_LABELS[partyKind], width: 18, fmt: FMT.text },
    { header: '批号', width: 14, fmt: FMT.text },
    { header: '不良现象', width: 30, fmt: FMT.text },
    { header: '不良数', width: 9, fmt: FMT.count },
    { header: '发生原因', width: 28, fmt: FMT.text },
    { header: '流出原因', width: 28, fmt: FMT.text },
    { header: '临时措施', width: 28, fmt: FMT.text },
    { header: '永久措施', width: 32, fmt: FMT.text },
    { header: '8D 编号', width: 18, fmt: FMT.text },
    { header: '效果确认', width: 24, fmt: FMT.text },
    { header: '照片（张）', width: 10, fmt: FMT.count },
  ];
  const lines = input.entries.map((e) => ({ e, subject: input.bySubject ? subject(e) : '', ms: instantMs(e.receivedAt) }));
  if (input.bySubject) lines.sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) || a.ms - b.ms || (a.e.caseNumber < b.e.caseNumber ? -1 : 1));
  const ws = newSheet(wb, QUALITY_HISTORY_SHEET, columns);
  // The long texts wrap at the top of their cell: set per column (each cell takes it when created), not per row.
  columns.forEach((c, i) => {
    if (c.width >= 24) ws.setColumn(i + 1, { style: { vertical: 'top', wrap: true } });
  });
  writeTable(
    ws,
    columns,
    lines.map(({ e, subject: s, ms }): Cell[] => [
      ...(input.bySubject ? [s] : []),
      excelDate(ms, true, offset),
      e.caseNumber,
      names.party(e),
      e.lotNumber,
      names.defect(e),
      e.quantityDefective,
      e.occurrenceCause,
      e.escapeCause,
      e.temporaryMeasures.join('\n'),
      e.permanentMeasures.join('\n'),
      e.eightDNumbers.join('\n'),
      effectText(e),
      e.photos.length,
    ]),
  );
  ws.autoFilter(1, columns.length);
  return ws;
}

export interface QualityHistoryWorkbookInput extends Omit<QualityHistorySheetInput, 'bySubject'> {
  /** The model's or customer's name. */
  subjectName: string;
  exportedAtMs: number;
}

/** One model's (or customer's) history as a workbook of its own. */
export async function buildQualityHistoryWorkbook(input: QualityHistoryWorkbookInput): Promise<Uint8Array> {
  const wb = new XlsxWorkbook();
  wb.creator = '客诉退货台';
  wb.created = excelDate(input.exportedAtMs, false, input.utcOffsetMinutes ?? FACTORY_UTC_OFFSET_MINUTES) ?? new Date(0);
  wb.modified = wb.created;
  wb.title = `品质履历表 ${SUBJECT_LABELS[input.subjectKind]} ${input.subjectName}`;
  addQualityHistorySheet(wb, { ...input, bySubject: false });
  return wb.toBytes();
}
