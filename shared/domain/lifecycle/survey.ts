/**
 * Follow-up survey scoring (客户满意度调查表 ZWX-PZ202-02A, seed 000; DOMAIN
 * §6). The paper form has eight questions, and question 8 (对产品实际使用情况,
 * actual use of the product) is rated in three sub-items A 外观包装 (appearance
 * and packing), B 工艺 (workmanship), C 数量误差 (quantity deviation). So
 * there are TEN rated items — questions 1–7 and 8A/8B/8C — each "每项10分":
 * very satisfied 10 / satisfied 8 / neutral 6 / dissatisfied 4, at most 100
 * points; "80分以上为满意": a total ≥ 80 is satisfied. Totals are even
 * (40–100), so 78 is the highest unsatisfied score.
 *
 * A survey's `answers` are the ten ratings in SURVEY_ITEMS order.
 */
import type { SurveyAnswer } from './records';
import { SURVEY_ANSWERS } from './records';

export interface SurveyItem {
  /** Stable id of the rated item (i18n key `survey.item.<id>`). */
  id: 'q1' | 'q2' | 'q3' | 'q4' | 'q5' | 'q6' | 'q7' | 'q8a' | 'q8b' | 'q8c';
  /** Question number on the form (1–8). */
  question: number;
  /** Sub-item of question 8 (A 外观包装, B 工艺, C 数量误差), else null. */
  sub: 'A' | 'B' | 'C' | null;
}

/** The rated items of the form, in the order of SurveyRecord.answers. */
export const SURVEY_ITEMS: readonly SurveyItem[] = [
  { id: 'q1', question: 1, sub: null },
  { id: 'q2', question: 2, sub: null },
  { id: 'q3', question: 3, sub: null },
  { id: 'q4', question: 4, sub: null },
  { id: 'q5', question: 5, sub: null },
  { id: 'q6', question: 6, sub: null },
  { id: 'q7', question: 7, sub: null },
  { id: 'q8a', question: 8, sub: 'A' },
  { id: 'q8b', question: 8, sub: 'B' },
  { id: 'q8c', question: 8, sub: 'C' },
];

/** Questions printed on the form (question 8 has the three sub-items). */
export const SURVEY_QUESTION_COUNT = 8;
/** Rated items = answers per survey. */
export const SURVEY_ITEM_COUNT = SURVEY_ITEMS.length;
export const SURVEY_POINTS: Record<SurveyAnswer, number> = { very_satisfied: 10, satisfied: 8, neutral: 6, dissatisfied: 4 };
/** 10 items × 10 points. */
export const SURVEY_MAX_SCORE = SURVEY_ITEM_COUNT * SURVEY_POINTS.very_satisfied;
/** "80分以上为满意": satisfied from 80 points — the built-in threshold; the office may set its own (survey-form.ts, LifecycleRules.satisfiedThreshold). */
export const SURVEY_SATISFIED_THRESHOLD = 80;

/** Sum of the points. */
export function surveyScore(answers: readonly SurveyAnswer[]): number {
  return answers.reduce((sum, a) => sum + SURVEY_POINTS[a], 0);
}

/** Satisfied when the score is at or above the threshold (the office's, default 80). */
export function isSatisfiedScore(score: number, threshold: number = SURVEY_SATISFIED_THRESHOLD): boolean {
  return score >= threshold;
}

/** The office's satisfied threshold from the lifecycle rules, or the built-in 80 (rules of older callers lack it). */
export function thresholdOf(rules: { readonly satisfiedThreshold?: number }): number {
  return rules.satisfiedThreshold ?? SURVEY_SATISFIED_THRESHOLD;
}

/** 'answersIncomplete' (not exactly one known answer per rated item) or null. */
export function validateSurveyAnswers(answers: readonly unknown[]): 'answersIncomplete' | null {
  if (!Array.isArray(answers) || answers.length !== SURVEY_ITEM_COUNT) return 'answersIncomplete';
  return answers.every((a) => SURVEY_ANSWERS.includes(a as SurveyAnswer)) ? null : 'answersIncomplete';
}
