/**
 * The label of a rated survey item on screen, from the office's survey form
 * (issue 16.1): in 简体中文 the office's Chinese, in English the office's own
 * English, or the app's translation (lc.survey.items.*) when the office set
 * none. Pure apart from `t`.
 */
import type { TFunction } from 'i18next';
import { DEFAULT_SURVEY_FORM, englishOf, hasOwnEnglish, type SurveyFormSettings } from '../../../shared/domain/lifecycle/survey-form';
import type { SurveyItem } from '../../../shared/domain/lifecycle/survey';

export function surveyItemLabel(form: SurveyFormSettings, item: SurveyItem, language: string, t: TFunction): string {
  const number = `${item.question}. `;
  const sub = item.sub ? `${item.sub}. ` : '';
  if (!language.startsWith('en')) return item.sub ? `${number}${form.q8Stem.zh}${sub}${form.items[item.id].zh}` : `${number}${form.items[item.id].zh}`;
  const ownItem = hasOwnEnglish(form, item.id);
  const ownStem = item.sub !== null && hasOwnEnglish(form, 'q8Stem');
  if (!ownItem && !ownStem) return t(`lc.survey.items.${item.id}`);
  const itemEn = (ownItem ? englishOf(form.items[item.id]) : null) ?? DEFAULT_SURVEY_FORM.items[item.id].en ?? '';
  if (!item.sub) return `${number}${itemEn}`;
  const stemEn = (ownStem ? englishOf(form.q8Stem) : null) ?? DEFAULT_SURVEY_FORM.q8Stem.en ?? '';
  return `${number}${stemEn} ${sub}${itemEn}`;
}
