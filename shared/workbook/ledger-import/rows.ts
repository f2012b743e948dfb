/**
 * The data rows of a mapped 台账 sheet as cases (issue 18.2): rows under a
 * merged parent cell (the complaint's number, or its customer and date,
 * merged over several return lines) or repeating the row above's original
 * number are one case with several lines; each cell parsed (values.ts),
 * names matched to master data (names.ts), the intake filled — what a
 * ledger never says (contact channel, found at …) from the clerk's
 * defaults. A cell that cannot be read is a problem of its row and field.
 * Validation with the intake's rules is plan.ts's. Pure.
 */
import { emptyIntake, type CaseIntake, type ContactChannel, type CustomerRequest, type FoundAt, type Market, type Occurrence } from '../../domain/case';
import { ORIGINAL_NUMBER_LIMIT, type ImportedCaseFacts, type ImportedFactsCode, type ImportedState } from '../../domain/case-import';
import { FACTORY_UTC_OFFSET_MINUTES, parseFactoryDateTime, toFactoryIso } from '../../domain/factory-calendar';
import { TEXT_LIMITS, type ValidationCode } from '../../domain/intakeValidation';
import { isPendingQuantity, marketOfText, requestsOfTexts, stateOfText } from './choices';
import { cellText, type SheetLayout } from './layout';
import type { ColumnMapping, ImportField } from './mapping';
import type { NameMatcher } from './names';
import type { CellValue, SheetRow } from './read';
import { parseDateCell, parseNumberCell, parseTextCell, splitValues, yearInText, type DayAndTime, type Parsed, type ValueCode } from './values';

/** What a ledger rarely says, chosen once by the clerk for the whole import. */
export interface ImportDefaults {
  contactChannel: ContactChannel;
  market: Market;
  foundAt: FoundAt;
  occurrence: Occurrence;
  /** For rows without a 客户要求 cell. Empty: such rows are refused like at intake (requestRequired). */
  customerRequests: CustomerRequest[];
}

/** One return line of a case that spans several rows. */
export interface ImportedLine {
  row: number;
  partNumber: string;
  productModel: string;
  lotNumber: string;
  quantityDelivered: number | null;
  quantityDefective: number | null;
  defectDescription: string;
}

/** A case as the workbook describes it. */
export interface ImportedCase extends ImportedCaseFacts {
  intake: CaseIntake;
  /** The 责任部门 named (master entry id, '' when unknown, and the name). */
  responsibleDepartments: { id: string; name: string }[];
  /** The return lines when the case spans several rows; [] for a case on one row. */
  lines: ImportedLine[];
  /** The import fields the sheet carries (a field it lacks never overwrites a stored case's value). */
  fields: ImportField[];
  source: { sheet: string; rows: number[] };
}

/** Why a row is refused: a cell that cannot be read, the intake's rules, the imported facts' rules, or a second row of the same complaint. */
export type RowProblemCode = ValueCode | ValidationCode | ImportedFactsCode | 'closedDateOnOpenCase' | 'duplicateInWorkbook';

export interface RowProblem {
  row: number;
  /** The import field at fault (`column` when a column holds it), or an intake field no import field fills (contactChannel, foundAt, occurrence: the defaults). */
  field: string;
  code: RowProblemCode;
  column?: number;
  params?: Readonly<Record<string, string | number>>;
}

export type RowsResult = { ok: true; value: ImportedCase } | { ok: false; sheet: string; rows: number[]; problems: RowProblem[] };

export interface RowsContext {
  /** The workbook's year (e.g. yearInText of its file name), for dates typed without one. */
  year?: number;
  defaults: ImportDefaults;
  names: NameMatcher;
  offsetMinutes?: number;
}

/** The year for dates typed without one in a sheet: its name's, the workbook's, else the one most of its full dates have. */
function sheetYear(layout: SheetLayout, dateColumn: number | undefined, workbookYear: number | undefined): number | undefined {
  const named = yearInText(layout.sheet);
  if (named !== undefined || workbookYear !== undefined) return named ?? workbookYear;
  if (dateColumn === undefined) return undefined;
  const counts = new Map<number, number>();
  for (const row of layout.dataRows) {
    const parsed = parseDateCell(row.cells[dateColumn - 1] ?? null);
    if (parsed.ok && parsed.value) counts.set(Number(parsed.value.date.slice(0, 4)), (counts.get(Number(parsed.value.date.slice(0, 4))) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/** Cuts the data rows into cases: a row continues the one above when its number cell, or its customer and date cells, are merged from above, or its number repeats the row above's. */
function groupRows(rows: readonly SheetRow[], columnOf: Partial<Record<ImportField, number>>): SheetRow[][] {
  const groups: SheetRow[][] = [];
  const number = (row: SheetRow) => (columnOf.originalNumber ? cellText(row.cells[columnOf.originalNumber - 1] ?? null) : '');
  const merged = (row: SheetRow, field: ImportField) => columnOf[field] !== undefined && row.mergedFromAbove.includes(columnOf[field]);
  for (const row of rows) {
    const previous = groups.at(-1);
    const last = previous?.at(-1);
    const continues =
      last !== undefined &&
      (merged(row, 'originalNumber') || (merged(row, 'customerName') && merged(row, 'receivedDate')) || (number(row) !== '' && number(row) === number(last)));
    if (continues) previous!.push(row);
    else groups.push([row]);
  }
  return groups;
}

const distinct = (values: string[]): string[] => [...new Set(values.filter((v) => v !== ''))];

/** The lines' values joined with 、 within the intake's limit for the field: those that fit, then 等 N 项 (every line keeps its own in `lines`). */
function joinedWithin(values: string[], limit: number): string {
  const all = distinct(values);
  const joined = all.join('、');
  if (joined.length <= limit) return joined;
  for (let n = all.length - 1; n > 0; n--) {
    const head = `${all.slice(0, n).join('、')} 等 ${all.length} 项`;
    if (head.length <= limit) return head;
  }
  return all[0]!;
}

const sumOf = (values: (number | null)[]): number | null => (values.every((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0));

/** The cases of one mapped sheet, each a case or its rows' problems. */
export function casesOfSheet(layout: SheetLayout, mapping: readonly ColumnMapping[], context: RowsContext): RowsResult[] {
  const columnOf: Partial<Record<ImportField, number>> = {};
  for (const m of mapping) if (m.field !== null && columnOf[m.field] === undefined) columnOf[m.field] = m.column;
  const fields = Object.keys(columnOf) as ImportField[];
  const year = sheetYear(layout, columnOf.receivedDate, context.year);
  return groupRows(layout.dataRows, columnOf).map((group) => caseOfRows(layout.sheet, group, columnOf, fields, year, context));
}

function caseOfRows(sheet: string, group: SheetRow[], columnOf: Partial<Record<ImportField, number>>, fields: ImportField[], year: number | undefined, context: RowsContext): RowsResult {
  const problems: RowProblem[] = [];
  const first = group[0]!;
  const cell = (row: SheetRow, field: ImportField): CellValue => (columnOf[field] === undefined ? null : (row.cells[columnOf[field] - 1] ?? null));
  const read = <T>(row: SheetRow, field: ImportField, parse: (v: CellValue) => Parsed<T>, empty: T): T => {
    const parsed = parse(cell(row, field));
    if (parsed.ok) return parsed.value;
    problems.push({ row: row.row, field, code: parsed.code, column: columnOf[field]! });
    return empty;
  };
  const text = (row: SheetRow, field: ImportField) => read(row, field, parseTextCell, '');
  const at = { sheet, row: first.row };
  const offset = context.offsetMinutes ?? FACTORY_UTC_OFFSET_MINUTES;

  const intake = emptyIntake('');
  const received = read<DayAndTime | null>(first, 'receivedDate', (v) => parseDateCell(v, year), null);
  if (received) {
    const ms = parseFactoryDateTime(`${received.date}T${received.time ?? '00:00:00'}`, offset);
    intake.receivedAt = ms === null ? '' : toFactoryIso(ms, offset);
  }
  const customerText = text(first, 'customerName');
  const customer = context.names.match('customer', customerText, at);
  intake.customerName = customer?.name ?? customerText;
  intake.customerId = customer?.id ?? '';
  intake.contactPerson = text(first, 'contactPerson');
  intake.orderNumber = text(first, 'orderNumber');
  const shipped = read<DayAndTime | null>(first, 'shipDate', (v) => parseDateCell(v, year), null);
  intake.shipDate = shipped?.date ?? null;

  const quantityDefective = (row: SheetRow): number | null => {
    const value = cell(row, 'quantityDefective');
    if (typeof value === 'string' && isPendingQuantity(value)) {
      intake.quantityPending = true; // 客户加工中未确定
      return null;
    }
    return read(row, 'quantityDefective', parseNumberCell, null);
  };
  const lines: ImportedLine[] = group.map((row) => ({
    row: row.row,
    partNumber: text(row, 'partNumber'),
    productModel: text(row, 'productModel'),
    lotNumber: text(row, 'lotNumber'),
    quantityDelivered: read(row, 'quantityDelivered', parseNumberCell, null),
    quantityDefective: quantityDefective(row),
    defectDescription: text(row, 'defectDescription'),
  }));
  const modelText = lines[0]!.productModel;
  const model = context.names.match('productModel', modelText, at);
  intake.productModel = model?.name ?? modelText;
  intake.productModelId = model?.id ?? '';
  intake.partNumber = joinedWithin(lines.map((l) => l.partNumber), TEXT_LIMITS.partNumber!);
  intake.lotNumber = joinedWithin(lines.map((l) => l.lotNumber), TEXT_LIMITS.lotNumber!);
  intake.quantityDelivered = sumOf(lines.map((l) => l.quantityDelivered));
  intake.quantityDefective = sumOf(lines.map((l) => l.quantityDefective));
  intake.quantityInspected = read(first, 'quantityInspected', parseNumberCell, null);

  const typeText = text(first, 'defectType');
  const defectType = typeText ? context.names.match('defectType', typeText, at) : undefined;
  intake.defectDescription = distinct(lines.map((l) => l.defectDescription)).join('；') || typeText;
  intake.defectTypeId = (defectType ?? (typeText ? undefined : context.names.find('defectType', intake.defectDescription)))?.id ?? '';

  const market = marketOfText(text(first, 'market'));
  if (market === 'unknown') problems.push({ row: first.row, field: 'market', code: 'invalidChoice', column: columnOf.market! });
  intake.market = (market !== 'unknown' ? market : null) ?? customer?.market ?? context.defaults.market;
  intake.contactChannel = context.defaults.contactChannel;
  intake.foundAt = context.defaults.foundAt;
  intake.occurrence = context.defaults.occurrence;
  const requestTexts = splitValues(text(first, 'customerRequests'));
  const { requests, unknown } = requestsOfTexts(requestTexts);
  if (unknown) problems.push({ row: first.row, field: 'customerRequests', code: 'invalidChoice', column: columnOf.customerRequests! });
  intake.customerRequests = requestTexts.length ? requests : [...context.defaults.customerRequests];

  const responsibleDepartments = splitValues(text(first, 'responsibleDepartments')).map((name) => {
    const entry = context.names.match('department', name, at);
    return { id: entry?.id ?? '', name: entry?.name ?? name };
  });

  const originalNumber = text(first, 'originalNumber');
  if (originalNumber.length > ORIGINAL_NUMBER_LIMIT) problems.push({ row: first.row, field: 'originalNumber', code: 'tooLong', column: columnOf.originalNumber!, params: { max: ORIGINAL_NUMBER_LIMIT } });
  const closed = read<DayAndTime | null>(first, 'closedDate', (v) => parseDateCell(v, year), null);
  const status = stateOfText(text(first, 'status'));
  if (status === 'unknown') problems.push({ row: first.row, field: 'status', code: 'invalidChoice', column: columnOf.status! });
  else if (status === 'open' && closed) problems.push({ row: first.row, field: 'closedDate', code: 'closedDateOnOpenCase', column: columnOf.closedDate! });
  const state: ImportedState = status === 'closed' || (status === null && closed) ? 'closed' : 'open';

  if (problems.length) return { ok: false, sheet, rows: group.map((r) => r.row), problems };
  return {
    ok: true,
    value: {
      intake,
      originalNumber,
      state,
      closedDate: closed?.date ?? null,
      responsibleDepartments,
      lines: group.length > 1 ? lines : [],
      fields,
      source: { sheet, rows: group.map((r) => r.row) },
    },
  };
}
