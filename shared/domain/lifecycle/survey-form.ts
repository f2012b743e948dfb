/**
 * The office's survey form (issue 16.1): the wording of the ten rated items
 * of 客户满意度调查表 (questions 1–7, 8A/8B/8C, by their stable SURVEY_ITEMS
 * ids), the stem of question 8 and the satisfied threshold. An office
 * setting (office-settings.ts): every PC prints and shows the same wording
 * and decides 满意 with the same threshold. The defaults are the wording of
 * form ZWX-PZ202-02A (seed 000) and 80 points, so an office that never edits
 * it sees no change. Only the wording changes: the items, their order, the
 * answers (10 ratings) and the points (10/8/6/4) stay those of survey.ts.
 */
import { z } from 'zod';
import { SURVEY_ITEMS, SURVEY_POINTS, SURVEY_SATISFIED_THRESHOLD, type SurveyItem } from './survey';

export type SurveyItemId = SurveyItem['id'];

/** Longest wording of one item (Chinese or English). */
export const SURVEY_TEXT_MAX = 120;
const MIN_SCORE = SURVEY_ITEMS.length * SURVEY_POINTS.dissatisfied;
const MAX_SCORE = SURVEY_ITEMS.length * SURVEY_POINTS.very_satisfied;

/** One wording: Chinese (required) and, if the office set one, English. */
export const surveyTextSchema = z.object({
  zh: z.string().trim().min(1).max(SURVEY_TEXT_MAX),
  en: z.string().trim().max(SURVEY_TEXT_MAX).optional(),
});
export type SurveyText = z.infer<typeof surveyTextSchema>;

const itemsShape = Object.fromEntries(SURVEY_ITEMS.map((item) => [item.id, surveyTextSchema])) as Record<SurveyItemId, typeof surveyTextSchema>;

export const surveyFormSchema = z.object({
  /** The wording of each rated item (question 8's sub-items without their letter: 'A. ' is printed in front). */
  items: z.object(itemsShape),
  /** The stem of question 8 (对产品实际使用情况：), printed above A/B/C. */
  q8Stem: surveyTextSchema,
  /** "80分以上为满意": a total at or above it is satisfied. Totals are even, 40–100. */
  satisfiedThreshold: z
    .number()
    .int()
    .min(MIN_SCORE)
    .max(MAX_SCORE)
    .refine((n) => n % 2 === 0, { message: 'the threshold must be even (totals are)' }),
});
export type SurveyFormSettings = z.infer<typeof surveyFormSchema>;

/** The wording of form ZWX-PZ202-02A (seed 000). */
const DEFAULT_TEXTS: Record<SurveyItemId, SurveyText> = {
  q1: { zh: '根据您最近的感受，您对我厂总的满意程度如何？', en: 'Overall satisfaction with our factory' },
  q2: { zh: '您对我厂提供的产品质量在总体上感觉如何？', en: 'Product quality overall' },
  q3: { zh: '您对我厂送货交期与同行业相比满意度如何？', en: 'Delivery lead time compared with the industry' },
  q4: { zh: '您在发现产品质量出问题时，我厂解决问题的结果满意度如何？', en: 'Result of solving quality problems' },
  q5: { zh: '您在与我厂工作人员沟通过程中，他对您的态度您满意度如何？', en: 'Attitude of our staff in communication' },
  q6: { zh: '我厂的管理人员与您接触中的态度以及敬业精神感觉如何？', en: 'Attitude and dedication of our managers' },
  q7: { zh: '在贵厂与我厂共同解决有关产品质量问题中，所得到提供支援的满意度如何？', en: 'Support when solving quality problems together' },
  q8a: { zh: '外观包装', en: 'Appearance & packing' },
  q8b: { zh: '工艺', en: 'Workmanship' },
  q8c: { zh: '数量误差', en: 'Quantity deviation' },
};
const DEFAULT_Q8_STEM: SurveyText = { zh: '对产品实际使用情况：', en: 'Actual use of the product:' };

/** A fresh copy of the built-in survey form (callers may change it). */
export function defaultSurveyForm(): SurveyFormSettings {
  return {
    items: Object.fromEntries(SURVEY_ITEMS.map((item) => [item.id, { ...DEFAULT_TEXTS[item.id] }])) as Record<SurveyItemId, SurveyText>,
    q8Stem: { ...DEFAULT_Q8_STEM },
    satisfiedThreshold: SURVEY_SATISFIED_THRESHOLD,
  };
}

/** The built-in survey form (read only). */
export const DEFAULT_SURVEY_FORM: Readonly<SurveyFormSettings> = defaultSurveyForm();

/** The English of a wording, or null when none is set (blank counts as none). */
export function englishOf(text: SurveyText): string | null {
  const en = text.en?.trim() ?? '';
  return en === '' ? null : en;
}

/**
 * Whether the office set its own English for the item (or question 8's
 * stem): an English that is not the built-in one. Without it the screen
 * shows its own English translation.
 */
export function hasOwnEnglish(form: SurveyFormSettings, id: SurveyItemId | 'q8Stem'): boolean {
  const text = id === 'q8Stem' ? form.q8Stem : form.items[id];
  const builtIn = id === 'q8Stem' ? DEFAULT_Q8_STEM : DEFAULT_TEXTS[id];
  const en = englishOf(text);
  return en !== null && en !== builtIn.en;
}
