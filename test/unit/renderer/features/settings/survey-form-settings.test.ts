// The survey form settings: the draft (only changed texts taken, checks per field), its history text,
// and the labels the survey tab shows in 简体中文 and English.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSurveyFormDraft, SURVEY_TEXT_KEYS, surveyFormDraftFrom } from '../../../../../renderer/features/settings/surveyFormDraft';
import { officeChangeText, officeValueText } from '../../../../../renderer/features/settings/officeValueText';
import { surveyItemLabel } from '../../../../../renderer/features/lifecycle/surveyItemText';
import { zhCN } from '../../../../../renderer/i18n/zh-CN';
import { en } from '../../../../../renderer/i18n/en';
import { defaultSurveyForm } from '../../../../../shared/domain/lifecycle/survey-form';
import { SURVEY_ITEMS } from '../../../../../shared/domain/lifecycle/survey';

let zh: TFunction;
let enT: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, interpolation: { escapeValue: false } });
  zh = i18n.getFixedT('zh-CN');
  enT = i18n.getFixedT('en');
});

const item = (id: string) => SURVEY_ITEMS.find((i) => i.id === id)!;

describe('survey form draft', () => {
  it('lists the texts in print order and saves nothing when nothing changed', () => {
    expect(SURVEY_TEXT_KEYS).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8Stem', 'q8a', 'q8b', 'q8c']);
    const form = defaultSurveyForm();
    const draft = surveyFormDraftFrom(form);
    expect(draft.threshold).toBe('80');
    expect(checkSurveyFormDraft(draft, form)).toEqual({ errors: {}, next: null });
    draft.texts.q1.zh = ` ${form.items.q1.zh} `; // only spaces added: no change
    expect(checkSurveyFormDraft(draft, form).next).toBeNull();
  });

  it('takes only the changed texts, trimmed, a blank English as none, and the threshold', () => {
    const form = defaultSurveyForm();
    const draft = surveyFormDraftFrom(form);
    draft.texts.q2 = { zh: '  您对产品质量的总体评价？ ', en: '  ' };
    draft.texts.q8Stem.en = 'Product in use:';
    draft.threshold = '70';
    const { errors, next } = checkSurveyFormDraft(draft, form);
    expect(errors).toEqual({});
    expect(next?.items.q2).toEqual({ zh: '您对产品质量的总体评价？' });
    expect(next?.q8Stem).toEqual({ zh: '对产品实际使用情况：', en: 'Product in use:' });
    expect(next?.items.q3).toEqual(form.items.q3);
    expect(next?.satisfiedThreshold).toBe(70);
  });

  it('says what is wrong at the field', () => {
    const form = defaultSurveyForm();
    const draft = surveyFormDraftFrom(form);
    draft.texts.q1.zh = '  ';
    draft.texts.q8c.zh = '数'.repeat(121);
    draft.texts.q5.en = 'e'.repeat(121);
    draft.threshold = '75';
    expect(checkSurveyFormDraft(draft, form)).toEqual({ errors: { 'q1.zh': 'required', 'q8c.zh': 'tooLong', 'q5.en': 'tooLong', threshold: 'thresholdInvalid' }, next: null });
    for (const bad of ['', '38', '102', '8O', '80.0']) expect(checkSurveyFormDraft({ ...surveyFormDraftFrom(form), threshold: bad }, form).errors).toEqual({ threshold: 'thresholdInvalid' });
  });
});

describe('survey form in the office history', () => {
  it('shows only the changed question and the threshold, readably', () => {
    const before = defaultSurveyForm();
    const after = { ...before, items: { ...before.items, q2: { zh: '您对产品质量的总体评价？' } }, satisfiedThreshold: 70 };
    expect(officeChangeText('surveyForm', undefined, after, zh)).toEqual({
      before: `80 分以上为满意；第 2 题：${before.items.q2.zh} / ${before.items.q2.en}`,
      after: '70 分以上为满意；第 2 题：您对产品质量的总体评价？',
    });
    expect(officeValueText('surveyForm', before, zh)).toBe('80 分以上为满意；标准题目');
    expect(officeValueText('surveyForm', after, enT)).toBe('satisfied from 70 points；Question 2：您对产品质量的总体评价？');
    expect(zh('office.fields.surveyForm')).toBe('满意度调查表');
  });
});

describe('survey item labels on screen', () => {
  it('built-in: the Chinese of the printed form, the app’s English translation', () => {
    const form = defaultSurveyForm();
    expect(surveyItemLabel(form, item('q1'), 'zh-CN', zh)).toBe('1. 根据您最近的感受，您对我厂总的满意程度如何？');
    expect(surveyItemLabel(form, item('q8a'), 'zh-CN', zh)).toBe('8. 对产品实际使用情况：A. 外观包装');
    expect(surveyItemLabel(form, item('q1'), 'en', enT)).toBe(enT('lc.survey.items.q1'));
    expect(surveyItemLabel(form, item('q8c'), 'en', enT)).toBe(enT('lc.survey.items.q8c'));
  });

  it('the office wording: its Chinese; its English, or the app’s translation when none is set', () => {
    const form = defaultSurveyForm();
    form.items.q2 = { zh: '您对产品质量的总体评价？' };
    form.items.q3 = { zh: '交期？', en: 'Delivery?' };
    form.q8Stem = { zh: '使用情况：', en: 'In use:' };
    expect(surveyItemLabel(form, item('q2'), 'zh-CN', zh)).toBe('2. 您对产品质量的总体评价？');
    expect(surveyItemLabel(form, item('q2'), 'en', enT)).toBe(enT('lc.survey.items.q2'));
    expect(surveyItemLabel(form, item('q3'), 'en', enT)).toBe('3. Delivery?');
    expect(surveyItemLabel(form, item('q8b'), 'zh-CN', zh)).toBe('8. 使用情况：B. 工艺');
    expect(surveyItemLabel(form, item('q8b'), 'en', enT)).toBe('8. In use: B. Workmanship');
  });
});
