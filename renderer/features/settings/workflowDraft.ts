/**
 * The 流程与期限 (workflow and deadlines) settings as an editable draft:
 * amounts as the clerk types them (元), percentages and megabytes as text,
 * holiday overrides as rows, the repeat-complaint window as text. checkWorkflowDraft() turns it into a patch or
 * into messages per field (i18n keys); the same patch is then checked with
 * the host's settingsPatchSchema, whose issues are shown at the fields too.
 */
import { formatYuan, parseYuan } from '../../../shared/domain/lifecycle/money';
import type { ApproverRole } from '../../../shared/domain/lifecycle/authority';
import { checkPattern } from '../../../shared/domain/numbering';
import { MAX_REPEAT_WINDOW_DAYS, MIN_REPEAT_WINDOW_DAYS } from '../../../shared/domain/repeats';
import { settingsPatchSchema, type Settings, type SettingsPatch } from '../../../shared/domain/settings';

export const MB = 1024 * 1024;

export interface WorkflowDraft {
  authority: { upTo: string; role: ApproverRole }[];
  aboveRole: ApproverRole;
  tolerance: string;
  workingHours: { start: string; end: string }[];
  holidays: { date: string; kind: 'holiday' | 'workday' }[];
  attachmentMb: string;
  rmaPattern: string;
  /** Repeat complaints: the window in days (settings.repeatWindowDays). */
  repeatDays: string;
}

/** Field → i18n key (or a host message); fields: authority.N, aboveRole, tolerance, workingHours.N, holidays.N, attachmentMb, rmaPattern, repeatDays. */
export type WorkflowErrors = Record<string, string>;

const trimNumber = (n: number) => String(Math.round(n * 100) / 100);

export function workflowDraftFrom(settings: Settings): WorkflowDraft {
  return {
    authority: settings.authorityMatrix.rows.map((r) => ({ upTo: formatYuan(r.upToFen), role: r.role })),
    aboveRole: settings.authorityMatrix.aboveRole,
    tolerance: trimNumber(settings.receivingTolerancePercent),
    workingHours: settings.workingHours.map((p) => ({ ...p })),
    holidays: settings.holidayOverrides.map((h) => ({ date: h.date, kind: h.kind })),
    attachmentMb: trimNumber(settings.attachmentMaxBytes / MB),
    rmaPattern: settings.rmaNumberPattern,
    repeatDays: String(settings.repeatWindowDays),
  };
}

const NUMBER = /^\d+(\.\d+)?$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The patch (only changed fields) or the problems per field. */
export function checkWorkflowDraft(draft: WorkflowDraft, settings: Settings): { errors: WorkflowErrors; patch: SettingsPatch } {
  const errors: WorkflowErrors = {};
  const patch: SettingsPatch = {};

  let last = -1;
  const rows: { upToFen: number; role: ApproverRole }[] = [];
  draft.authority.forEach((row, i) => {
    const fen = parseYuan(row.upTo);
    if (fen === null || fen < 0) errors[`authority.${i}`] = 'lc.settings.invalidAmount';
    else if (fen <= last) errors[`authority.${i}`] = 'lc.settings.notAscending';
    else last = fen;
    rows.push({ upToFen: fen ?? 0, role: row.role });
  });

  const tolerance = draft.tolerance.trim();
  const toleranceValue = Number(tolerance);
  if (!NUMBER.test(tolerance) || toleranceValue > 100) errors.tolerance = 'lc.settings.percentRange';

  let lastEnd = '';
  draft.workingHours.forEach((p, i) => {
    if (!HHMM.test(p.start) || !HHMM.test(p.end)) errors[`workingHours.${i}`] = 'lc.settings.invalidTime';
    else if (p.start >= p.end) errors[`workingHours.${i}`] = 'lc.settings.periodOrder';
    else if (p.start < lastEnd) errors[`workingHours.${i}`] = 'lc.settings.periodOverlap';
    else lastEnd = p.end;
  });

  const seen = new Set<string>();
  draft.holidays.forEach((h, i) => {
    if (!validDate(h.date)) errors[`holidays.${i}`] = 'lc.settings.invalidDate';
    else if (seen.has(h.date)) errors[`holidays.${i}`] = 'lc.settings.duplicateDate';
    seen.add(h.date);
  });

  const mbText = draft.attachmentMb.trim();
  const bytes = Math.round(Number(mbText) * MB);
  if (!NUMBER.test(mbText) || bytes < 1024 || bytes > 2 * 1024 * MB) errors.attachmentMb = 'lc.settings.mbRange';

  const problem = checkPattern(draft.rmaPattern);
  if (problem) errors.rmaPattern = `pattern.${problem}`;

  const repeatText = draft.repeatDays.trim();
  const repeatDays = Number(repeatText);
  if (!/^\d{1,3}$/.test(repeatText) || repeatDays < MIN_REPEAT_WINDOW_DAYS || repeatDays > MAX_REPEAT_WINDOW_DAYS) errors.repeatDays = 'repeats.windowRange';

  if (Object.keys(errors).length > 0) return { errors, patch };

  const matrix = { rows, aboveRole: draft.aboveRole };
  if (JSON.stringify(matrix) !== JSON.stringify(settings.authorityMatrix)) patch.authorityMatrix = matrix;
  if (toleranceValue !== settings.receivingTolerancePercent) patch.receivingTolerancePercent = toleranceValue;
  if (JSON.stringify(draft.workingHours) !== JSON.stringify(settings.workingHours)) patch.workingHours = draft.workingHours.map((p) => ({ start: p.start, end: p.end }));
  const holidays = [...draft.holidays].sort((a, b) => (a.date < b.date ? -1 : 1));
  const before = settings.holidayOverrides.map((h) => ({ date: h.date, kind: h.kind }));
  if (JSON.stringify(holidays) !== JSON.stringify(before)) patch.holidayOverrides = holidays;
  if (bytes !== settings.attachmentMaxBytes) patch.attachmentMaxBytes = bytes;
  if (draft.rmaPattern !== settings.rmaNumberPattern) patch.rmaNumberPattern = draft.rmaPattern;
  if (repeatDays !== settings.repeatWindowDays) patch.repeatWindowDays = repeatDays;

  // The host's own rules: whatever they refuse is shown at its field, before asking the host.
  Object.assign(errors, schemaErrors(patch));
  return { errors, patch };
}

const FIELD_OF: Record<string, string> = {
  authorityMatrix: 'authority',
  receivingTolerancePercent: 'tolerance',
  workingHours: 'workingHours',
  holidayOverrides: 'holidays',
  attachmentMaxBytes: 'attachmentMb',
  rmaNumberPattern: 'rmaPattern',
  repeatWindowDays: 'repeatDays',
};

/** Host issues ({ path: 'workingHours.1.end', message }) → draft field → message. */
export function issuesToErrors(issues: readonly { path: string; message: string }[]): WorkflowErrors {
  const errors: WorkflowErrors = {};
  for (const issue of issues) {
    const [top, index, rowIndex] = issue.path.split('.');
    const field = FIELD_OF[top ?? ''];
    if (!field) continue;
    let key = /^\d+$/.test(index ?? '') ? `${field}.${index}` : field;
    if (field === 'authority') key = index === 'rows' && /^\d+$/.test(rowIndex ?? '') ? `authority.${rowIndex}` : index === 'aboveRole' ? 'aboveRole' : 'authority';
    errors[key] ??= issue.message;
  }
  return errors;
}

function schemaErrors(patch: SettingsPatch): WorkflowErrors {
  const result = settingsPatchSchema.safeParse(patch);
  if (result.success) return {};
  return issuesToErrors(result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
}
