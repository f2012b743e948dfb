/** The office's survey form: schema, built-in defaults (the printed wording, 80 points) and the threshold where it is decided. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_RULES, applyTransition } from '../../../../../shared/domain/lifecycle/machine';
import { recordSurvey } from '../../../../../shared/domain/lifecycle/commands/follow-up';
import type { SurveyAnswer, SurveyRecord } from '../../../../../shared/domain/lifecycle/records';
import { DEFAULT_SURVEY_FORM, defaultSurveyForm, hasOwnEnglish, surveyFormSchema } from '../../../../../shared/domain/lifecycle/survey-form';
import { SURVEY_ITEMS, isSatisfiedScore, thresholdOf } from '../../../../../shared/domain/lifecycle/survey';
import type { CaseLifecycleView, TransitionRequest } from '../../../../../shared/domain/lifecycle/states';
import { defaultSettings, settingsSchema } from '../../../../../shared/domain/settings';
import { contextOf } from './commands/context';
import { view } from './fixtures';

const survey = (score: number): SurveyRecord => ({ id: `s${score}`, caseId: 'c1', round: 1, surveyedAt: '2026-11-30T10:00:00+08:00', answers: [], score, satisfied: score >= 80, remarks: '', by: 'x', deleted: false });
const reply = { id: 'r', caseId: 'c1', round: 1, repliedAt: '2026-11-24T10:00:00+08:00', channel: 'email' as const, written: true, text: 'ok', by: 'x', deleted: false };
const codes = (v: CaseLifecycleView, request: TransitionRequest, threshold?: number) => {
  const r = applyTransition(v, request, '张三', '2026-11-23T10:00:00+08:00', 't1', threshold === undefined ? DEFAULT_LIFECYCLE_RULES : { ...DEFAULT_LIFECYCLE_RULES, satisfiedThreshold: threshold });
  return r.ok ? [] : r.error.missing.map((m) => m.code);
};

describe('survey form schema', () => {
  it('the defaults are the printed wording of ZWX-PZ202-02A and 80 points, one text per rated item', () => {
    const form = defaultSurveyForm();
    expect(surveyFormSchema.parse(form)).toEqual(form);
    expect(Object.keys(form.items)).toEqual(SURVEY_ITEMS.map((i) => i.id));
    expect(form.items.q1).toEqual({ zh: '根据您最近的感受，您对我厂总的满意程度如何？', en: 'Overall satisfaction with our factory' });
    expect(form.items.q8a).toEqual({ zh: '外观包装', en: 'Appearance & packing' });
    expect(form.items.q8b.zh).toBe('工艺');
    expect(form.q8Stem.zh).toBe('对产品实际使用情况：');
    expect(form.satisfiedThreshold).toBe(80);
    expect(defaultSettings('11111111-1111-4111-8111-111111111111').surveyForm).toEqual(DEFAULT_SURVEY_FORM);
  });

  it('trims, needs the Chinese, limits both texts to 120 characters, English optional', () => {
    const form = defaultSurveyForm();
    form.items.q2 = { zh: '  产品质量？ ' };
    expect(surveyFormSchema.parse(form).items.q2).toEqual({ zh: '产品质量？' });
    expect(surveyFormSchema.safeParse({ ...form, items: { ...form.items, q3: { zh: '   ' } } }).success).toBe(false);
    expect(surveyFormSchema.safeParse({ ...form, items: { ...form.items, q3: { zh: '问'.repeat(121) } } }).success).toBe(false);
    expect(surveyFormSchema.safeParse({ ...form, items: { ...form.items, q3: { zh: '问'.repeat(120), en: 'e'.repeat(121) } } }).success).toBe(false);
    const { q8c: _dropped, ...nine } = form.items;
    expect(surveyFormSchema.safeParse({ ...form, items: nine }).success).toBe(false);
  });

  it('takes an even threshold from 40 to 100 only', () => {
    const form = defaultSurveyForm();
    for (const ok of [40, 70, 100]) expect(surveyFormSchema.safeParse({ ...form, satisfiedThreshold: ok }).success).toBe(true);
    for (const bad of [38, 71, 102, 80.5]) expect(surveyFormSchema.safeParse({ ...form, satisfiedThreshold: bad }).success).toBe(false);
  });

  it('a settings file without the survey form loads with the default', () => {
    const { surveyForm: _none, ...older } = defaultSettings('11111111-1111-4111-8111-111111111111');
    expect(settingsSchema.safeParse(older).success).toBe(false);
    expect(settingsSchema.parse({ ...defaultSettings('11111111-1111-4111-8111-111111111111'), ...older }).surveyForm).toEqual(DEFAULT_SURVEY_FORM);
  });

  it('knows when the office set its own English (the built-in one or a blank is not)', () => {
    const form = defaultSurveyForm();
    expect(hasOwnEnglish(form, 'q1')).toBe(false);
    form.items.q1 = { zh: '总体满意度', en: '  ' };
    expect(hasOwnEnglish(form, 'q1')).toBe(false);
    form.items.q1 = { zh: '总体满意度', en: 'Overall' };
    form.q8Stem = { zh: '使用情况：', en: 'In use:' };
    expect(hasOwnEnglish(form, 'q1')).toBe(true);
    expect(hasOwnEnglish(form, 'q8Stem')).toBe(true);
  });
});

describe('satisfied threshold', () => {
  it('defaults to 80: 78 is not satisfied, 80 is', () => {
    expect(thresholdOf(DEFAULT_LIFECYCLE_RULES)).toBe(80);
    expect(isSatisfiedScore(78)).toBe(false);
    expect(isSatisfiedScore(80)).toBe(true);
  });

  it('with 70: 70 is satisfied, 68 not', () => {
    expect(isSatisfiedScore(70, 70)).toBe(true);
    expect(isSatisfiedScore(68, 70)).toBe(false);
  });

  it('closing and a new round follow the office threshold', () => {
    const lc = { state: 'follow_up' as const, decision: 'C' as const };
    expect(codes(view(lc, { replies: [reply], surveys: [survey(70)] }), { action: 'close' })).toEqual(['surveyUnsatisfied']);
    expect(codes(view(lc, { replies: [reply], surveys: [survey(70)] }), { action: 'close' }, 70)).toEqual([]);
    expect(codes(view(lc, { replies: [reply], surveys: [survey(68)] }), { action: 'close' }, 70)).toEqual(['surveyUnsatisfied']);
    expect(codes(view(lc, { surveys: [survey(70)] }), { action: 'new_round', reason: 'x' }, 70)).toEqual(['surveyNotUnsatisfied']);
    expect(codes(view(lc, { surveys: [survey(68)] }), { action: 'new_round', reason: 'x' }, 70)).toEqual([]);
  });

  it('a recorded survey is satisfied by the office threshold', () => {
    // 7 × 8 + 3 × 6 = 74: unsatisfied at 80, satisfied at 70.
    const answers: SurveyAnswer[] = SURVEY_ITEMS.map((_, i) => (i < 7 ? 'satisfied' : 'neutral'));
    const input = { surveyedAt: '2026-11-30T10:00:00+08:00', answers, remarks: '' };
    const at70 = recordSurvey(contextOf(view({ state: 'follow_up' }), { rules: { ...DEFAULT_LIFECYCLE_RULES, satisfiedThreshold: 70 } }), input);
    expect(at70.ok && at70.value).toMatchObject({ survey: { score: 74, satisfied: true }, transition: null });
    const at80 = recordSurvey(contextOf(view({ state: 'follow_up' }, { replies: [reply] })), input);
    expect(at80.ok && at80.value).toMatchObject({ survey: { score: 74, satisfied: false }, transition: { action: 'new_round' } });
  });
});
