/**
 * The dry run of a 台账 import (issue 18.2): every case of the mapped sheets
 * validated with the intake's own rules (validateIntake) and the imported
 * facts' (closing day), then matched against the cases already stored — by
 * original number, else customer + day + model + lot (shared/domain/case-import.ts)
 * — into rows to create, to update (with the fields that change), unchanged,
 * and refused (sheet, rows, field-level codes). Planning the same workbook
 * again after its import gives no creates. Nothing is written here. Pure.
 */
import type { CaseField, CaseIntake } from '../../domain/case';
import { caseMatchKeys, validateImportedFacts, type EntryIdentity, type ImportedCaseFacts } from '../../domain/case-import';
import { FACTORY_UTC_OFFSET_MINUTES } from '../../domain/factory-calendar';
import { validateIntake } from '../../domain/intakeValidation';
import type { MasterEntry } from '../../domain/master-data/entry';
import { nameKey } from '../../domain/master-data/normalize';
import type { Department } from '../../domain/lifecycle/records';
import { departmentOfText } from './choices';
import type { SkippedRowReason } from './layout';
import type { ImportField } from './mapping';
import { nameMatcher, type NameMappings, type UnknownName } from './names';
import type { SheetToImport } from './prepare';
import { casesOfSheet, type ImportDefaults, type ImportedCase, type RowProblem, type RowProblemCode } from './rows';

/** A stored case as the plan compares it (the integrator reads these from the cases table). */
export interface ExistingCase extends ImportedCaseFacts {
  id: string;
  /** The desk's number (shown where the clerk is sent to the case). */
  caseNumber: string;
  intake: CaseIntake;
  /** Its responsible departments (the current round's responsibility shares), sorted; [] while undecided. */
  responsibleDepartments: Department[];
}

export interface PlanContext {
  /** For "received in the future" and "closed in the future". */
  now: Date;
  /** The workbook's year, for dates typed without one (see values.ts yearInText). */
  year?: number;
  defaults: ImportDefaults;
  masterEntries: readonly MasterEntry[];
  /** Unknown names the clerk mapped to existing entries. */
  nameMappings?: NameMappings;
  existing: readonly ExistingCase[];
  offsetMinutes?: number;
}

export interface RefusedRow {
  sheet: string;
  /** The case's rows (several when it spans return lines); the first is where it starts. */
  rows: number[];
  problems: RowProblem[];
}

/** What a compared field is called in a change: an intake field, or a fact of the import. */
export type ChangedField = CaseField | 'originalNumber' | 'state' | 'closedDate' | 'responsibleDepartments';

export interface FieldChange {
  field: ChangedField;
  from: unknown;
  to: unknown;
}

export interface PlannedUpdate {
  caseId: string;
  caseNumber: string;
  imported: ImportedCase;
  changes: FieldChange[];
}

export interface ImportPlan {
  creates: ImportedCase[];
  updates: PlannedUpdate[];
  unchanged: { caseId: string; source: ImportedCase['source'] }[];
  refused: RefusedRow[];
  skippedRows: { sheet: string; row: number; reason: SkippedRowReason }[];
  unknownNames: UnknownName[];
  /**
   * Differences the import does not write (renderer/db/ledger-import-write.ts
   * writablePlan): the 台账 re-opens a closed case, gives a closed case another
   * closing day, or names other departments than the responsibility decided
   * in the desk. Shown to the clerk, who changes those in the case.
   */
  notWritten?: { caseId: string; caseNumber: string; source: ImportedCase['source']; fields: ChangedField[] }[];
}

/** Which import field an intake error belongs to (its column), when a column fills that intake field. */
const IMPORT_FIELD_OF: Partial<Record<CaseField, ImportField>> = {
  receivedAt: 'receivedDate',
  customerName: 'customerName',
  customerId: 'customerName',
  productModel: 'productModel',
  productModelId: 'productModel',
  partNumber: 'partNumber',
  lotNumber: 'lotNumber',
  orderNumber: 'orderNumber',
  shipDate: 'shipDate',
  quantityDelivered: 'quantityDelivered',
  quantityInspected: 'quantityInspected',
  quantityDefective: 'quantityDefective',
  defectDescription: 'defectDescription',
  defectTypeId: 'defectType',
  contactPerson: 'contactPerson',
  market: 'market',
  customerRequests: 'customerRequests',
};

type Compared = { field: ChangedField; value: (c: ImportedCase | ExistingCase) => unknown; same?: (a: unknown, b: unknown) => boolean };

const intakeField = (field: CaseField): Compared => ({ field, value: (c) => c.intake[field] });

const sameInstant = (a: unknown, b: unknown): boolean => typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b);
const sameList = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What each import field compares on a stored case. */
const COMPARED: Readonly<Record<ImportField, readonly Compared[]>> = {
  originalNumber: [{ field: 'originalNumber', value: (c) => c.originalNumber }],
  receivedDate: [{ ...intakeField('receivedAt'), same: sameInstant }],
  customerName: [intakeField('customerName'), intakeField('customerId')],
  productModel: [intakeField('productModel'), intakeField('productModelId')],
  partNumber: [intakeField('partNumber')],
  lotNumber: [intakeField('lotNumber')],
  orderNumber: [intakeField('orderNumber')],
  shipDate: [intakeField('shipDate')],
  quantityDelivered: [intakeField('quantityDelivered')],
  quantityInspected: [intakeField('quantityInspected')],
  quantityDefective: [intakeField('quantityDefective'), intakeField('quantityPending')],
  defectType: [intakeField('defectTypeId')],
  defectDescription: [intakeField('defectDescription')],
  contactPerson: [intakeField('contactPerson')],
  market: [intakeField('market')],
  customerRequests: [{ ...intakeField('customerRequests'), same: sameList }],
  responsibleDepartments: [
    // Compared as the desk's departments the names stand for (品质部 and 质量部 are both quality).
    { field: 'responsibleDepartments', value: (c) => [...new Set(c.responsibleDepartments.map((d) => (typeof d === 'string' ? d : departmentOfText(d.name))))].sort(), same: sameList },
  ],
  status: [{ field: 'state', value: (c) => c.state }],
  closedDate: [{ field: 'state', value: (c) => c.state }, { field: 'closedDate', value: (c) => c.closedDate }],
};

/** The fields of a stored case the imported one changes — only those the workbook carries. */
function changesOf(imported: ImportedCase, existing: ExistingCase): FieldChange[] {
  const changes: FieldChange[] = [];
  const seen = new Set<ChangedField>();
  for (const field of imported.fields) {
    for (const compared of COMPARED[field]) {
      if (seen.has(compared.field)) continue;
      seen.add(compared.field);
      const [from, to] = [compared.value(existing), compared.value(imported)];
      if (compared.field === 'originalNumber' && to === '') continue; // a row without its number never takes a stored case's away
      if (!(compared.same ?? Object.is)(from, to)) changes.push({ field: compared.field, from, to });
    }
  }
  return changes;
}

function problemsOf(imported: ImportedCase, context: PlanContext, columnOf: (field: ImportField) => number | undefined): RowProblem[] {
  const row = imported.source.rows[0]!;
  const problems: RowProblem[] = [];
  const errors: Record<string, RowProblemCode> = { ...validateIntake(imported.intake, context.now), ...validateImportedFacts(imported, imported.intake.receivedAt, context.now, context.offsetMinutes) };
  for (const [field, code] of Object.entries(errors)) {
    const importField = field === 'closedDate' ? 'closedDate' : IMPORT_FIELD_OF[field as CaseField];
    const column = importField && columnOf(importField);
    problems.push(column !== undefined ? { row, field: importField ?? field, code, column } : { row, field: importField ?? field, code });
  }
  return problems;
}

export function planImport(sheets: readonly SheetToImport[], context: PlanContext): ImportPlan {
  const names = nameMatcher(context.masterEntries, context.nameMappings);
  const identity: EntryIdentity = (kind, id, name) => id || names.find(kind, name)?.id || `name:${nameKey(name)}`;
  const offset = context.offsetMinutes ?? FACTORY_UTC_OFFSET_MINUTES;
  const keysOf = (c: ImportedCase | ExistingCase) => caseMatchKeys(c.originalNumber, c.intake, identity, offset);
  const byNumber = new Map<string, ExistingCase>();
  const byFacts = new Map<string, ExistingCase>();
  for (const existing of [...context.existing].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const keys = keysOf(existing);
    if (keys.byNumber !== null && !byNumber.has(keys.byNumber)) byNumber.set(keys.byNumber, existing);
    if (!byFacts.has(keys.byFacts)) byFacts.set(keys.byFacts, existing);
  }

  const plan: ImportPlan = { creates: [], updates: [], unchanged: [], refused: [], skippedRows: [], unknownNames: [] };
  /** Match key (or stored case id) → where the workbook first had it. */
  const taken = new Map<string, ImportedCase['source']>();
  for (const { layout, mapping } of sheets) {
    for (const skipped of layout.skippedRows) plan.skippedRows.push({ sheet: layout.sheet, ...skipped });
    const columnOf = (field: ImportField) => mapping.find((m) => m.field === field)?.column;
    for (const result of casesOfSheet(layout, mapping, { year: context.year, defaults: context.defaults, names, offsetMinutes: offset })) {
      if (!result.ok) {
        plan.refused.push({ sheet: result.sheet, rows: result.rows, problems: result.problems });
        continue;
      }
      const imported = result.value;
      const refuse = (problems: RowProblem[]) => plan.refused.push({ sheet: imported.source.sheet, rows: imported.source.rows, problems });
      const problems = problemsOf(imported, context, columnOf);
      if (problems.length) {
        refuse(problems);
        continue;
      }
      const keys = keysOf(imported);
      // A numbered row matches by its number, or a stored case without one by the facts; another number is another complaint.
      const byFact = byFacts.get(keys.byFacts);
      const existing = keys.byNumber === null ? byFact : (byNumber.get(keys.byNumber) ?? (byFact?.originalNumber === '' ? byFact : undefined));
      const usedKeys = [keys.byNumber !== null ? `number:${keys.byNumber}` : `facts:${keys.byFacts}`, existing ? `case:${existing.id}` : ''].filter((k) => k !== '');
      const first = usedKeys.map((k) => taken.get(k)).find((s) => s !== undefined);
      if (first) {
        const field = keys.byNumber !== null ? 'originalNumber' : 'receivedDate';
        refuse([{ row: imported.source.rows[0]!, field, code: 'duplicateInWorkbook', ...(columnOf(field) !== undefined ? { column: columnOf(field)! } : {}), params: { sheet: first.sheet, row: first.rows[0]! } }]);
        continue;
      }
      for (const key of usedKeys) taken.set(key, imported.source);
      if (!existing) plan.creates.push(imported);
      else {
        const changes = changesOf(imported, existing);
        if (changes.length) plan.updates.push({ caseId: existing.id, caseNumber: existing.caseNumber, imported, changes });
        else plan.unchanged.push({ caseId: existing.id, source: imported.source });
      }
    }
  }
  plan.unknownNames = names.unknown();
  return plan;
}
