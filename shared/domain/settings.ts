/**
 * Per-PC settings, owned by the settings service of the main process (a JSON
 * file in the profile folder). Schema, defaults and the patch rules live here
 * so main, the web host and the renderer agree on them.
 */
import { kpiTargetsSchema, NO_KPI_TARGETS } from './statistics/targets';
import { MAX_SAVED_MAPPINGS, savedMappingSchema } from './case-import';
import { defaultEightDSettings, eightDSettingsSchema } from './eightd/settings';
import { z } from 'zod';
import { checkPattern, DEFAULT_CASE_NUMBER_PATTERN, STATION_CODE } from './numbering';
import { APPROVER_ROLES, checkAuthorityMatrix, DEFAULT_AUTHORITY_MATRIX } from './lifecycle/authority';
import { DEFAULT_DEADLINE_RULES } from './lifecycle/deadlines-types';
import { DEFAULT_RMA_NUMBER_PATTERN } from './lifecycle/returns';
import { defaultSurveyForm, surveyFormSchema } from './lifecycle/survey-form';
import { defaultPrintSettings, normalizePrintSettings, printSettingsSchema } from './print-settings';
import { DEFAULT_REPEAT_WINDOW_DAYS, MAX_REPEAT_WINDOW_DAYS, MIN_REPEAT_WINDOW_DAYS } from './repeats';
import { DEFAULT_ARCHIVE_AFTER_YEARS, MAX_ARCHIVE_AFTER_YEARS } from './retention/eligibility';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Authority matrix (amounts in fen, see shared/domain/lifecycle/authority.ts). */
export const authorityMatrixSchema = z
  .object({
    rows: z.array(z.object({ upToFen: z.number().int().min(0), role: z.enum(APPROVER_ROLES) })).max(10),
    aboveRole: z.enum(APPROVER_ROLES),
  })
  .refine((m) => checkAuthorityMatrix(m) === null, { message: 'authority limits must ascend' });

export const workingPeriodSchema = z
  .object({ start: z.string().regex(HHMM), end: z.string().regex(HHMM) })
  .refine((p) => p.start < p.end, { message: 'a working period must end after it starts' });

export const holidayOverrideSchema = z.object({
  date: z.iso.date(),
  kind: z.enum(['holiday', 'workday']),
  note: z.string().max(100).optional(),
});

export const deadlineRulesSchema = z.object({
  callbackWorkingHours: z.number().min(0).max(1000),
  urgentContainmentHours: z.number().min(0).max(1000),
  urgentWrittenReplyHours: z.number().min(0).max(1000),
  normalFirstReplyWorkingDays: z.number().min(0).max(365),
  normalWrittenReplyWorkingDays: z.number().min(0).max(365),
  departmentAnswerWorkingDays: z.number().min(0).max(365),
  closureDaysDomestic: z.number().min(0).max(365),
  closureDaysForeign: z.number().min(0).max(365),
  followUpWorkingDays: z.number().min(0).max(365),
  // Added by issue 19.4: values written before it lack them and get the defaults.
  responsibilityWorkingDays: z.number().min(0).max(365).default(DEFAULT_DEADLINE_RULES.responsibilityWorkingDays),
  responsibilityReminderWorkingDays: z.number().min(0).max(365).default(DEFAULT_DEADLINE_RULES.responsibilityReminderWorkingDays),
});

/** Default working hours of the factory: 08:30–12:00 and 13:30–17:30 (7.5 h a day, lunch break excluded). */
export const DEFAULT_WORKING_HOURS = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:30' },
];
/** Default receiving tolerance: ±5 % of the approved quantity before a warning. */
export const DEFAULT_RECEIVING_TOLERANCE_PERCENT = 5;
/** Default idle time before the screen locks (sign-in, issue 16.3). */
export const DEFAULT_IDLE_LOCK_MINUTES = 15;
/** Default size limit of one attachment: 50 MB (phone videos). */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * A pattern a settings file may hold. 'stationNextToSeq' was accepted before
 * checkPattern refused it: such a file must still load (otherwise the whole
 * file would be set aside); the settings page shows the problem and numbering
 * refuses the pattern with a clear error until the clerk fixes it.
 */
function storablePattern(pattern: string): boolean {
  const problem = checkPattern(pattern);
  return problem === null || problem === 'stationNextToSeq';
}

export const settingsSchema = z.object({
  /** Random UUID of this PC, made once; the author id of every op written here. */
  deviceId: z.uuid(),
  /** Short code of this PC in case numbers (e.g. "B"); empty until set at first start. */
  stationCode: z.string().regex(STATION_CODE).or(z.literal('')),
  language: z.enum(LANGUAGES),
  /** Id of the clerk working at this PC (a record in the shared clerk list), or null before first start. */
  currentClerkId: z.uuid().nullable(),
  caseNumberPattern: z
    .string()
    .refine(storablePattern, { message: 'invalid case number pattern' }),
  /** Folder of the shared network drive, or null when this PC works alone. */
  sharePath: z.string().max(1000).nullable(),
  companyName: z.string().max(120),
  windowBounds: windowBoundsSchema.nullable(),
  /** Replication: machine fingerprint of the PC that holds this device id (a disk clone shows another one). Set by main only. */
  deviceFingerprint: z.string().max(200).nullable(),
  /** Replication: the id the local database is named after when the device id was renewed after cloning (null = deviceId). Set by main only. */
  databaseId: z.uuid().nullable(),
  // Lifecycle (issue 3). Added fields: settings.json files of older versions lack them and get the defaults (settings-store merges defaults first).
  /** Who approves which amount (seed 003 §十一). */
  authorityMatrix: authorityMatrixSchema,
  /** Receiving: over/under this percent of the approved quantity is a warning. */
  receivingTolerancePercent: z.number().min(0).max(100),
  /** Working periods of a day, local factory time, ascending and not overlapping. */
  workingHours: z.array(workingPeriodSchema).min(1).max(6),
  /** Holidays / make-up workdays that win over the chinese-days package (years it does not cover yet, corrections). */
  holidayOverrides: z.array(holidayOverrideSchema).max(2000),
  /** Largest attachment accepted, bytes. */
  attachmentMaxBytes: z.number().int().min(1024).max(2 * 1024 * 1024 * 1024),
  /** RMA number pattern (same placeholders as the case number). */
  rmaNumberPattern: z.string().refine(storablePattern, { message: 'invalid RMA number pattern' }),
  /** Deadline rules of DOMAIN §4. */
  deadlineRules: deadlineRulesSchema,
  // Printing (issue 5): logo, form numbers/revisions, copies, default printer and paper per form; older files get the defaults.
  printing: z.preprocess(normalizePrintSettings, printSettingsSchema),
  // 8D reports (issue 6): D8 approvers, containment deadline, Word export defaults; older files get the defaults.
  eightD: eightDSettingsSchema,
  // Office settings (issue 16.1): this PC brought its own office values to the office record once (shared/domain/office-settings.ts).
  officeMigrated: z.boolean(),
  // Sign-in (issue 16.3): the screen locks after this many idle minutes (0 = never); older files get the default.
  idleLockMinutes: z.number().int().min(0).max(480),
  // Survey form (issue 16.1): the office's wording of the ten rated items and the satisfied threshold; older files get the defaults.
  surveyForm: surveyFormSchema,
  // Repeat complaints (issue 17.2): same customer + model + defect type within this many factory days (shared/domain/repeats.ts); older files get the default.
  repeatWindowDays: z.number().int().min(MIN_REPEAT_WINDOW_DAYS).max(MAX_REPEAT_WINDOW_DAYS),
  // KPI targets (issue 17.3; shared/domain/statistics/targets.ts): lines on the 统计 charts; older files have none.
  kpiTargets: kpiTargetsSchema,
  // Ledger import (issue 18.2): the column mappings this PC's clerks confirmed, by layout; older files have none.
  importMappings: z.array(savedMappingSchema).max(MAX_SAVED_MAPPINGS),
  // Backup (issue 20.2): the folder this PC's daily backup goes to (null = no automatic backup) and how many are kept; older files get the defaults.
  backup: z.object({ folder: z.string().max(1000).nullable(), keep: z.number().int().min(1).max(365) }),
  // Retention (issue 20.6; shared/domain/retention): closed cases older than this many years may be archived (0 = never); older files get the default.
  archiveAfterYears: z.number().int().min(0).max(MAX_ARCHIVE_AFTER_YEARS),
  // Retention: where this PC writes and looks for archive files (null = <share>/archive); older files get null.
  archiveFolder: z.string().max(1000).nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What the renderer may change; the device id is never changed from outside. */
export const settingsPatchSchema = settingsSchema.omit({ deviceId: true, deviceFingerprint: true, databaseId: true }).partial().strict();

/** What only the main process changes (sync service: a cloned PC takes a new device id). */
export const identityPatchSchema = settingsSchema.pick({ deviceId: true, deviceFingerprint: true, databaseId: true }).partial().strict();
export type IdentityPatch = z.infer<typeof identityPatchSchema>;
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function defaultSettings(deviceId: string): Settings {
  return {
    deviceId,
    stationCode: '',
    language: 'zh-CN',
    currentClerkId: null,
    caseNumberPattern: DEFAULT_CASE_NUMBER_PATTERN,
    sharePath: null,
    companyName: '',
    windowBounds: null,
    deviceFingerprint: null,
    databaseId: null,
    authorityMatrix: { rows: DEFAULT_AUTHORITY_MATRIX.rows.map((r) => ({ ...r })), aboveRole: DEFAULT_AUTHORITY_MATRIX.aboveRole },
    receivingTolerancePercent: DEFAULT_RECEIVING_TOLERANCE_PERCENT,
    workingHours: DEFAULT_WORKING_HOURS.map((p) => ({ ...p })),
    holidayOverrides: [],
    attachmentMaxBytes: DEFAULT_ATTACHMENT_MAX_BYTES,
    rmaNumberPattern: DEFAULT_RMA_NUMBER_PATTERN,
    deadlineRules: { ...DEFAULT_DEADLINE_RULES },
    printing: defaultPrintSettings(),
    eightD: defaultEightDSettings(),
    officeMigrated: false,
    idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
    surveyForm: defaultSurveyForm(),
    repeatWindowDays: DEFAULT_REPEAT_WINDOW_DAYS,
    kpiTargets: { ...NO_KPI_TARGETS },
    importMappings: [],
    backup: { folder: null, keep: 7 },
    archiveAfterYears: DEFAULT_ARCHIVE_AFTER_YEARS,
    archiveFolder: null,
  };
}
