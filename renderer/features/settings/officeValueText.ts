/** One office setting's value as a line of text (history and conflicts on the settings page). */
import type { TFunction } from 'i18next';
import { formatYuan } from '../../../shared/domain/lifecycle/money';
import { surveyFormSchema, type SurveyFormSettings, type SurveyText } from '../../../shared/domain/lifecycle/survey-form';
import { SURVEY_ITEMS } from '../../../shared/domain/lifecycle/survey';
import { OFFICE_FIELD_SCHEMAS, officeValuesOf, type OfficeField } from '../../../shared/domain/office-settings';
import { defaultSettings } from '../../../shared/domain/settings';
import { formatBytes } from '../../ui/formatBytes';

export function isOfficeField(field: string): field is OfficeField {
  return Object.hasOwn(OFFICE_FIELD_SCHEMAS, field);
}

export function officeFieldLabel(field: string, t: TFunction): string {
  return isOfficeField(field) ? t(`office.fields.${field}`) : field;
}

export function officeValueText(field: string, value: unknown, t: TFunction): string {
  if (value === undefined || value === null || value === '') return t('office.notSet');
  if (!isOfficeField(field)) return JSON.stringify(value);
  const parsed = OFFICE_FIELD_SCHEMAS[field].safeParse(value);
  if (!parsed.success) return JSON.stringify(value);
  const v = parsed.data;
  switch (field) {
    case 'authorityMatrix': {
      const m = v as { rows: { upToFen: number; role: string }[]; aboveRole: string };
      const rows = m.rows.map((r) => `≤ ${formatYuan(r.upToFen)} ${t(`lc.roles.${r.role as 'gm'}`)}`);
      return [...rows, `${t('office.above')} ${t(`lc.roles.${m.aboveRole as 'gm'}`)}`].join('；');
    }
    case 'receivingTolerancePercent':
      return `±${v as number} %`;
    case 'workingHours':
      return (v as { start: string; end: string }[]).map((p) => `${p.start}–${p.end}`).join('，');
    case 'holidayOverrides': {
      const days = v as { date: string }[];
      const shown = days.slice(0, 6).map((d) => d.date).join('，');
      return `${t('office.holidays', { count: days.length })}${shown ? `（${shown}${days.length > 6 ? '…' : ''}）` : ''}`;
    }
    case 'attachmentMaxBytes':
      return formatBytes(v as number);
    case 'kpiTargets': {
      const k = v as { ppm: number | null; complaintRatePercent: number | null; closureOnTimePercent: number | null };
      const or = (x: number | null, text: (n: number) => string) => (x === null ? t('office.notSet') : text(x));
      return t('statistics.targets.value', { ppm: or(k.ppm, String), rate: or(k.complaintRatePercent, (n) => `${n}%`), closure: or(k.closureOnTimePercent, (n) => `${n}%`) });
    }
    case 'repeatWindowDays':
      return t('repeats.officeValue', { count: v as number });
    case 'archiveAfterYears':
      return (v as number) === 0 ? t('retention.never') : t('retention.years', { count: v as number });
    case 'logoDataUrl':
      return v ? t('office.logoSet') : t('office.logoNone');
    case 'formHeaders': {
      const forms = Object.values(v as Partial<Record<string, { formNumber: string; revision: string }>>).filter((f) => f !== undefined);
      return `${t('office.forms', { count: forms.length })}：${forms.map((f) => `${f.formNumber} ${f.revision}`).join('，')}`;
    }
    case 'eightDRules': {
      const r = v as { containmentReplyHours: number };
      return t('office.hours', { count: r.containmentReplyHours });
    }
    case 'surveyForm': {
      // The threshold, then only the wording that is not the built-in one (ten long questions would not fit a line).
      const entries = surveyEntries(v as SurveyFormSettings, t);
      const builtIn = surveyEntries(BUILT_IN.surveyForm, t);
      const own = Object.keys(entries).filter((k) => k !== 'satisfiedThreshold' && entries[k] !== builtIn[k]);
      return [entries.satisfiedThreshold, ...(own.length > 0 ? own.map((k) => entries[k]) : [t('office.survey.standard')])].join('；');
    }
    case 'deadlineRules':
      return Object.entries(v as Partial<Record<string, number>>)
        .map(([k, n]) => `${t(`office.deadlines.rules.${k as 'closureDaysDomestic'}`)} ${n}`)
        .join('，');
    default:
      return typeof v === 'string' ? v : JSON.stringify(v);
  }
}

/** The built-in value of each office field: what was in effect before the office first set it. */
const BUILT_IN = officeValuesOf(defaultSettings('00000000-0000-4000-8000-000000000000'));

function plainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One change of an office field as text, before and after. A field first set
 * by the office was the built-in value before; rules and form headers show
 * only the entries that changed.
 */
export function officeChangeText(field: string, oldValue: unknown, newValue: unknown, t: TFunction): { before: string; after: string } {
  const before = oldValue ?? (isOfficeField(field) ? BUILT_IN[field] : undefined);
  if (field === 'surveyForm') {
    const a = surveyFormSchema.safeParse(before);
    const b = surveyFormSchema.safeParse(newValue);
    if (a.success && b.success) {
      const was = surveyEntries(a.data, t);
      const is = surveyEntries(b.data, t);
      const keys = Object.keys(is).filter((k) => was[k] !== is[k]);
      if (keys.length > 0) return { before: keys.map((k) => was[k]).join('；'), after: keys.map((k) => is[k]).join('；') };
    }
  }
  if ((field === 'deadlineRules' || field === 'formHeaders') && plainObject(before) && plainObject(newValue)) {
    const keys = Object.keys(newValue).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(newValue[k]));
    if (keys.length > 0) {
      const pick = (o: Record<string, unknown>) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
      return { before: partialText(field, pick(before), t), after: partialText(field, pick(newValue), t) };
    }
  }
  return { before: officeValueText(field, before, t), after: officeValueText(field, newValue, t) };
}

/** Text of some entries of a rules or form-headers value (each entry checked on its own). */
function partialText(field: 'deadlineRules' | 'formHeaders', entries: Record<string, unknown>, t: TFunction): string {
  if (field === 'deadlineRules') {
    return Object.entries(entries)
      .map(([k, n]) => `${t(`office.deadlines.rules.${k as 'closureDaysDomestic'}`)} ${typeof n === 'number' ? n : '?'}`)
      .join('，');
  }
  return Object.entries(entries)
    .map(([k, f]) => (plainObject(f) ? `${t(`print.kinds.${k as 'complaint'}`)} ${String(f.formNumber)} ${String(f.revision)}` : k))
    .join('，');
}

/** One line per part of a survey form (threshold, each question, question 8's stem), keyed for comparing two versions. */
function surveyEntries(form: SurveyFormSettings, t: TFunction): Record<string, string> {
  const text = (w: SurveyText) => (w.en?.trim() ? `${w.zh} / ${w.en.trim()}` : w.zh);
  const entries: Record<string, string> = { satisfiedThreshold: t('office.survey.thresholdText', { threshold: form.satisfiedThreshold }) };
  for (const item of SURVEY_ITEMS) {
    if (item.sub === 'A') entries.q8Stem = `${t('office.survey.stem')}：${text(form.q8Stem)}`;
    entries[item.id] = `${t('office.survey.item', { number: `${item.question}${item.sub ?? ''}` })}：${text(form.items[item.id])}`;
  }
  return entries;
}
