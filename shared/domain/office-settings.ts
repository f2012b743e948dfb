/**
 * What belongs to the office, not to one PC (issue 16): the rules every PC
 * must agree on — who approves which amount, deadlines and working time,
 * holidays, numbering patterns, the company and its form headers, the 8D
 * containment deadline, the receiving tolerance, the attachment limit, the
 * survey form (wording of the rated items, satisfied threshold).
 * They replicate as the fields of one record (entity 'officeSettings', id
 * OFFICE_SETTINGS_ID) through the op log like a case: per-field merge,
 * history and conflicts come with it. What is the PC's (station code, share
 * path, printers and paper per form, language, window, 8D export layout)
 * stays in its settings.json.
 *
 * The app keeps reading one `Settings`: the PC's file overlaid with the
 * office record (`withOfficeValues`). A field the office record lacks keeps
 * the PC's value, which is the built-in default unless the PC had its own
 * value before this version — and that one is written to the office once
 * (`migrationValues`).
 */
import { z } from 'zod';
import { eightDSettingsSchema } from './eightd/settings';
import { FORM_KINDS, type CaseFormKind, type FormKind } from './form-kinds';
import { printSettingsSchema } from './print-settings';
import { sameJson } from '../sync/merge';
import { settingsSchema, type Settings, type SettingsPatch } from './settings';

export const OFFICE_SETTINGS_ID = 'office';

/** The office fields that are settings of the same name (the others live inside `printing` and `eightD`). */
const SAME_NAME_FIELDS = ['companyName', 'caseNumberPattern', 'rmaNumberPattern', 'authorityMatrix', 'receivingTolerancePercent', 'workingHours', 'holidayOverrides', 'attachmentMaxBytes', 'deadlineRules', 'surveyForm', 'repeatWindowDays', 'kpiTargets', 'archiveAfterYears'] as const;
type SameNameField = (typeof SAME_NAME_FIELDS)[number];
const sameNameSchemas = Object.fromEntries(SAME_NAME_FIELDS.map((f) => [f, settingsSchema.shape[f]])) as { [K in SameNameField]: (typeof settingsSchema.shape)[K] };

/** What the office holds of one printed form: its header (the printer and paper stay the PC's). */
const formHeaderSchema = printSettingsSchema.shape.forms.shape.complaint.pick({ formNumber: true, revision: true, copies: true });
export type FormHeader = z.infer<typeof formHeaderSchema>;

/** The forms an office value has held headers for since office settings came (issue 16): required. */
const FIRST_FORM_KINDS = ['complaint', 'returnLabel', 'inspection', 'survey', 'reminder', 'creditNote', 'supplierChargeback', 'eightD'] as const satisfies readonly CaseFormKind[];
type FirstFormKind = (typeof FIRST_FORM_KINDS)[number];
/** Every form added since (the office's reports, issue 17; the return paperwork, issue 19): optional, an older app's value lacks them. */
const LATER_FORM_KINDS = FORM_KINDS.filter((k): k is Exclude<FormKind, FirstFormKind> => !(FIRST_FORM_KINDS as readonly FormKind[]).includes(k));
type LaterFormKind = (typeof LATER_FORM_KINDS)[number];

/** Each office field and the schema its replicated value must pass (a value that fails is ignored and reported). */
export const OFFICE_FIELD_SCHEMAS = {
  ...sameNameSchemas,
  logoDataUrl: printSettingsSchema.shape.logoDataUrl,
  /** Form number, revision and copy designations of every printed form. */
  // The headers of forms added later are optional: an office value written before they existed still applies to the first forms.
  formHeaders: z.object({
    ...(Object.fromEntries(FIRST_FORM_KINDS.map((k) => [k, formHeaderSchema])) as Record<FirstFormKind, typeof formHeaderSchema>),
    ...(Object.fromEntries(LATER_FORM_KINDS.map((k) => [k, formHeaderSchema.optional()])) as Record<LaterFormKind, z.ZodOptional<typeof formHeaderSchema>>),
  }),
  /** 8D: the containment deadline (layout and export folder stay the PC's; who approves D8 is the 品质主管 role). */
  eightDRules: eightDSettingsSchema.pick({ containmentReplyHours: true }),
} as const;

export type OfficeField = keyof typeof OFFICE_FIELD_SCHEMAS;
export type OfficeValues = { [K in OfficeField]: z.infer<(typeof OFFICE_FIELD_SCHEMAS)[K]> };
export const OFFICE_FIELDS = Object.keys(OFFICE_FIELD_SCHEMAS) as OfficeField[];

/** The office values a settings object holds. */
export function officeValuesOf(settings: Settings): OfficeValues {
  const formHeaders = Object.fromEntries(
    FORM_KINDS.map((k) => {
      const f = settings.printing.forms[k];
      return [k, { formNumber: f.formNumber, revision: f.revision, copies: [...f.copies] }];
    }),
  ) as OfficeValues['formHeaders'];
  const sameName = Object.fromEntries(SAME_NAME_FIELDS.map((f) => [f, settings[f]])) as Pick<Settings, SameNameField>;
  return {
    ...sameName,
    logoDataUrl: settings.printing.logoDataUrl,
    formHeaders,
    eightDRules: { containmentReplyHours: settings.eightD.containmentReplyHours },
  };
}

/** The settings with the given office values put in their places (the rest untouched). */
export function withOfficeValues(settings: Settings, office: Partial<OfficeValues>): Settings {
  const { formHeaders, logoDataUrl, eightDRules, ...topLevel } = office;
  const next: Settings = { ...settings, ...topLevel };
  if (formHeaders || logoDataUrl !== undefined) {
    const forms = { ...settings.printing.forms };
    if (formHeaders)
      for (const k of FORM_KINDS) {
        const header = formHeaders[k];
        if (header) forms[k] = { ...forms[k], ...header, copies: [...header.copies] };
      }
    next.printing = { logoDataUrl: logoDataUrl ?? settings.printing.logoDataUrl, forms };
  }
  if (eightDRules) next.eightD = { ...settings.eightD, containmentReplyHours: eightDRules.containmentReplyHours };
  return next;
}

export interface OfficeRecordReading {
  values: Partial<OfficeValues>;
  /** Fields whose replicated value this app refuses (a newer app's shape, a damaged share): the PC's value stays, and the settings page says so. */
  refused: OfficeField[];
}

/** The office values of a stored office record, each checked with its schema. */
export function readOfficeRecord(record: Readonly<Record<string, unknown>> | undefined): OfficeRecordReading {
  const values: Partial<Record<OfficeField, unknown>> = {};
  const refused: OfficeField[] = [];
  if (!record) return { values: {}, refused };
  for (const field of OFFICE_FIELDS) {
    if (!Object.hasOwn(record, field)) continue;
    const parsed = OFFICE_FIELD_SCHEMAS[field].safeParse(record[field]);
    if (parsed.success) values[field] = parsed.data;
    else refused.push(field);
  }
  return { values: values as Partial<OfficeValues>, refused };
}

/** The office fields whose value differs between two settings (what an edit of `current` into `next` changes for the office). */
export function changedOfficeValues(current: Settings, next: Settings): Partial<OfficeValues> {
  const before = officeValuesOf(current);
  const after = officeValuesOf(next);
  const changed: Partial<Record<OfficeField, unknown>> = {};
  for (const field of OFFICE_FIELDS) if (!sameJson(before[field], after[field])) changed[field] = after[field];
  return changed as Partial<OfficeValues>;
}

/**
 * A settings patch split into what goes to the office record (the office
 * fields it changes) and what goes to this PC's file (the rest: printers,
 * paper, 8D layout, station, share …).
 */
export function splitSettingsPatch(current: Settings, patch: SettingsPatch): { office: Partial<OfficeValues>; pc: SettingsPatch } {
  const next = { ...current, ...patch };
  const office = changedOfficeValues(current, next);
  const pc: SettingsPatch = { ...patch };
  // The same-name fields are the office record's only (the file keeps its copy, written by the mirror).
  for (const key of SAME_NAME_FIELDS) delete pc[key];
  return { office, pc };
}

/** The office values of a PC's own settings that differ from the defaults: what it brings to the office once, when it first runs a version with office settings. */
export function migrationValues(settings: Settings, defaults: Settings): Partial<OfficeValues> {
  return changedOfficeValues(withOfficeValues(settings, officeValuesOf(defaults)), settings);
}

/**
 * What this PC's settings file must take so its copy of the office values
 * matches `effective` (the host reads some of them — the attachment limit —
 * and the copy outside IndexedDB survives a lost database); null when it
 * already does.
 */
export function officeMirrorPatch(file: Settings, effective: Settings): SettingsPatch | null {
  const changed = changedOfficeValues(file, effective);
  if (Object.keys(changed).length === 0) return null;
  const patch: SettingsPatch = {};
  for (const key of SAME_NAME_FIELDS) if (Object.hasOwn(changed, key)) Object.assign(patch, { [key]: effective[key] });
  if (changed.formHeaders || changed.logoDataUrl !== undefined) patch.printing = effective.printing;
  if (changed.eightDRules) patch.eightD = effective.eightD;
  return patch;
}
