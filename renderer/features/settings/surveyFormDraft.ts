/**
 * The 满意度调查表 (survey form) settings as an editable draft: the Chinese and
 * English of each question, question 8's stem and the threshold as typed.
 * checkSurveyFormDraft() turns it into the office value to save (null when
 * nothing changed) or into messages per field (i18n keys of office.survey).
 * Only what the admin changed is taken from the draft: an untouched text
 * stays exactly the value the form started from.
 */
import { SURVEY_ITEMS } from '../../../shared/domain/lifecycle/survey';
import { SURVEY_TEXT_MAX, surveyFormSchema, type SurveyFormSettings, type SurveyItemId, type SurveyText } from '../../../shared/domain/lifecycle/survey-form';
import { sameJson } from '../../../shared/sync/merge';

export type SurveyTextKey = SurveyItemId | 'q8Stem';

/** The texts in the order of the printed form (question 8's stem before its sub-items). */
export const SURVEY_TEXT_KEYS: readonly SurveyTextKey[] = SURVEY_ITEMS.flatMap((item): SurveyTextKey[] => (item.sub === 'A' ? ['q8Stem', item.id] : [item.id]));

export interface SurveyFormDraft {
  texts: Record<SurveyTextKey, { zh: string; en: string }>;
  threshold: string;
}

/** Field (`q1.zh`, `q8Stem.en`, `threshold`) → 'required' | 'tooLong' | 'thresholdInvalid'. */
export type SurveyFormErrors = Record<string, 'required' | 'tooLong' | 'thresholdInvalid'>;

const textOf = (form: SurveyFormSettings, key: SurveyTextKey): SurveyText => (key === 'q8Stem' ? form.q8Stem : form.items[key]);

export function surveyFormDraftFrom(form: SurveyFormSettings): SurveyFormDraft {
  const texts = Object.fromEntries(SURVEY_TEXT_KEYS.map((key) => [key, { zh: textOf(form, key).zh, en: textOf(form, key).en ?? '' }])) as SurveyFormDraft['texts'];
  return { texts, threshold: String(form.satisfiedThreshold) };
}

/** "第 8B 题" numbering of a text key ('8' for the stem). */
export function surveyTextNumber(key: SurveyTextKey): string {
  if (key === 'q8Stem') return '8';
  const item = SURVEY_ITEMS.find((i) => i.id === key);
  return item ? `${item.question}${item.sub ?? ''}` : key;
}

/** The survey form to save (null: the draft changes nothing) or the problems per field. */
export function checkSurveyFormDraft(draft: SurveyFormDraft, basis: SurveyFormSettings): { errors: SurveyFormErrors; next: SurveyFormSettings | null } {
  const errors: SurveyFormErrors = {};
  const next: SurveyFormSettings = { items: { ...basis.items }, q8Stem: basis.q8Stem, satisfiedThreshold: basis.satisfiedThreshold };
  for (const key of SURVEY_TEXT_KEYS) {
    const was = textOf(basis, key);
    const zh = draft.texts[key].zh.trim();
    const en = draft.texts[key].en.trim();
    if (zh === '') errors[`${key}.zh`] = 'required';
    else if (zh.length > SURVEY_TEXT_MAX) errors[`${key}.zh`] = 'tooLong';
    if (en.length > SURVEY_TEXT_MAX) errors[`${key}.en`] = 'tooLong';
    if (zh === was.zh && en === (was.en ?? '').trim()) continue; // untouched: the value stays as it was
    const text: SurveyText = en === '' ? { zh } : { zh, en };
    if (key === 'q8Stem') next.q8Stem = text;
    else next.items[key] = text;
  }
  const threshold = draft.threshold.trim();
  if (/^\d{1,3}$/.test(threshold) && surveyFormSchema.shape.satisfiedThreshold.safeParse(Number(threshold)).success) next.satisfiedThreshold = Number(threshold);
  else errors.threshold = 'thresholdInvalid';
  if (Object.keys(errors).length > 0) return { errors, next: null };
  return { errors, next: sameJson(next, basis) ? null : surveyFormSchema.parse(next) };
}
