import { describe, expect, it } from 'vitest';
import { canApprove, requiredApprover, DEFAULT_AUTHORITY_MATRIX, checkAuthorityMatrix } from '../../../../../shared/domain/lifecycle/authority';
import { parseYuan, formatYuan } from '../../../../../shared/domain/lifecycle/money';
import { countsAsComplaint, suggestSeverity } from '../../../../../shared/domain/lifecycle/triage';
import { surveyScore, isSatisfiedScore, validateSurveyAnswers, SURVEY_ITEMS, SURVEY_MAX_SCORE } from '../../../../../shared/domain/lifecycle/survey';
import { checkShares, equalShares, validateShare, supplierClaimAmount } from '../../../../../shared/domain/lifecycle/responsibility';
import { costTotals, validateCost } from '../../../../../shared/domain/lifecycle/costs';
import type { ResponsibilityShare, CostRecord, SurveyAnswer } from '../../../../../shared/domain/lifecycle/records';

describe('authority matrix (fen)', () => {
  const y = (yuan: string) => parseYuan(yuan)!;
  it('is exact at the boundaries', () => {
    expect(requiredApprover(y('100000'))).toBe('department_manager');
    expect(requiredApprover(y('100000.01'))).toBe('deputy_gm');
    expect(requiredApprover(y('100001'))).toBe('deputy_gm');
    expect(requiredApprover(y('150000'))).toBe('deputy_gm');
    expect(requiredApprover(y('150000.01'))).toBe('gm');
    expect(requiredApprover(y('150001'))).toBe('gm');
    expect(requiredApprover(0)).toBe('department_manager');
  });
  it('lets a higher role approve, never a lower one', () => {
    expect(canApprove('gm', y('100000'))).toBe(true);
    expect(canApprove('department_manager', y('100001'))).toBe(false);
    expect(canApprove('deputy_gm', y('150001'))).toBe(false);
  });
  it('is configurable and checked', () => {
    const m = { rows: [{ upToFen: 500, role: 'department_manager' as const }], aboveRole: 'gm' as const };
    expect(requiredApprover(501, m)).toBe('gm');
    expect(checkAuthorityMatrix(DEFAULT_AUTHORITY_MATRIX)).toBeNull();
    expect(checkAuthorityMatrix({ rows: [{ upToFen: 5, role: 'gm' }, { upToFen: 5, role: 'gm' }], aboveRole: 'gm' })).toBe('notAscending');
  });
  it('parses and formats yuan without floating point', () => {
    expect(parseYuan('1,234.5')).toBe(123450);
    expect(parseYuan('￥0.1')).toBe(10);
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
    expect(formatYuan(12345678)).toBe('123,456.78');
  });
});

describe('triage', () => {
  it('does not count a 7-day no-reason return as a complaint', () => {
    expect(countsAsComplaint({ triage: 'seven_day_return' })).toBe(false);
    expect(countsAsComplaint({ triage: 'user_damage' })).toBe(true);
    expect(countsAsComplaint({ triage: null })).toBe(true);
  });
  it('suggests severity from the criteria', () => {
    expect(suggestSeverity([])).toEqual({ severity: 'general', topPriority: false, possibleRecall: false });
    expect(suggestSeverity(['repeat']).severity).toBe('serious');
    expect(suggestSeverity(['media']).severity).toBe('serious');
    expect(suggestSeverity(['batch']).severity).toBe('urgent');
    expect(suggestSeverity(['environmental'])).toEqual({ severity: 'urgent', topPriority: true, possibleRecall: true });
    expect(suggestSeverity(['safety']).topPriority).toBe(true);
  });
});

describe('survey scoring (form ZWX-PZ202-02A: questions 1–7 and 8A/8B/8C)', () => {
  const answers = (n: number, rest: SurveyAnswer): SurveyAnswer[] => [...Array<SurveyAnswer>(n).fill('very_satisfied'), ...Array<SurveyAnswer>(10 - n).fill(rest)];
  it('has ten rated items worth 10 points each', () => {
    expect(SURVEY_ITEMS.map((i) => i.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8a', 'q8b', 'q8c']);
    expect(SURVEY_ITEMS.filter((i) => i.question === 8).map((i) => i.sub)).toEqual(['A', 'B', 'C']);
    expect(SURVEY_MAX_SCORE).toBe(100);
    expect(surveyScore(answers(10, 'neutral'))).toBe(100);
  });
  it('scores 10/8/6/4 and is satisfied from 80 (steps of 2: 78 is not, 80 is)', () => {
    expect(surveyScore(answers(0, 'satisfied'))).toBe(80);
    expect(isSatisfiedScore(surveyScore(answers(0, 'satisfied')))).toBe(true);
    const oneNeutral: SurveyAnswer[] = [...answers(0, 'satisfied').slice(1), 'neutral'];
    expect(surveyScore(oneNeutral)).toBe(78);
    expect(isSatisfiedScore(78)).toBe(false);
    expect(isSatisfiedScore(80)).toBe(true);
    expect(surveyScore(answers(5, 'neutral'))).toBe(80);
    expect(surveyScore(answers(4, 'neutral'))).toBe(76);
    expect(surveyScore(answers(0, 'dissatisfied'))).toBe(40);
    expect(surveyScore(answers(0, 'neutral'))).toBe(60);
  });
  it('needs exactly ten known answers', () => {
    expect(validateSurveyAnswers(answers(10, 'neutral'))).toBeNull();
    expect(validateSurveyAnswers(answers(10, 'neutral').slice(2))).toBe('answersIncomplete');
    expect(validateSurveyAnswers([...answers(10, 'neutral'), 'neutral'])).toBe('answersIncomplete');
    expect(validateSurveyAnswers([...answers(9, 'neutral').slice(0, 9), 'great'])).toBe('answersIncomplete');
  });
});

function share(id: string, percent: number, over: Partial<ResponsibilityShare> = {}): ResponsibilityShare {
  return { id, caseId: 'c1', round: 1, department: 'production', percent, supplierName: '', note: '', deleted: false, ...over };
}

describe('responsibility percentages', () => {
  it('sums to exactly 100 in tenths', () => {
    expect(checkShares([share('a', 33.3), share('b', 33.3, { department: 'quality' }), share('c', 33.4, { department: 'sales' })]).error).toBeNull();
    expect(checkShares([share('a', 60), share('b', 39.9, { department: 'quality' })])).toMatchObject({ error: 'sharesNotHundred', total: 99.9 });
    expect(checkShares([share('a', 60), share('b', 41, { department: 'quality' })]).error).toBe('sharesNotHundred');
    expect(checkShares([]).error).toBe('sharesMissing');
    expect(checkShares([share('a', 100, { deleted: true })]).error).toBe('sharesMissing');
    expect(checkShares([share('a', 50), share('b', 50)]).error).toBe('duplicateDepartment');
  });
  it('gives field codes', () => {
    expect(validateShare({ department: 'quality', percent: 33.33, supplierName: '', note: '' })).toEqual({ percent: 'tooManyDecimals' });
    expect(validateShare({ department: 'quality', percent: 0, supplierName: '', note: '' })).toEqual({ percent: 'notPositive' });
    expect(validateShare({ department: 'quality', percent: -5, supplierName: '', note: '' })).toEqual({ percent: 'notPositive' });
    expect(validateShare({ department: 'quality', percent: 100.1, supplierName: '', note: '' })).toEqual({ percent: 'overHundred' });
    expect(checkShares([share('a', 33.33)]).error).toBe('shareInvalid');
  });
  it('computes the supplier part exactly', () => {
    expect(supplierClaimAmount(100_00, 33.3)).toBe(3330);
  });
});

describe('costs', () => {
  const cost = (kind: CostRecord['kind'], amountFen: number, deleted = false): CostRecord => ({ id: kind + amountFen, caseId: 'c', round: 1, kind, amountFen, department: null, note: '', deleted });
  it('totals per kind and overall, live only', () => {
    const t = costTotals([cost('loss', 1000), cost('loss', 5), cost('freight', 200), cost('credit', 99, true)]);
    expect(t.byKind).toEqual({ loss: 1005, repair: 0, freight: 200, compensation: 0, credit: 0 });
    expect(t.total).toBe(1205);
  });
  it('refuses negative or fractional fen', () => {
    expect(validateCost({ kind: 'loss', amountFen: -1, department: null, note: '' })).toEqual({ amountFen: 'negative' });
    expect(validateCost({ kind: 'loss', amountFen: 1.5, department: null, note: '' })).toEqual({ amountFen: 'notFen' });
  });
});

describe('departments named without percentages', () => {
  it('split 100 % equally in tenths, the first ones taking what is left, each department once', () => {
    expect(equalShares(['quality', 'production', 'technical'])).toEqual([{ department: 'quality', percent: 33.4 }, { department: 'production', percent: 33.3 }, { department: 'technical', percent: 33.3 }]);
    expect(equalShares(['quality', 'quality', 'sales'])).toEqual([{ department: 'quality', percent: 50 }, { department: 'sales', percent: 50 }]);
    expect(equalShares([])).toEqual([]);
    const six = equalShares(['quality', 'production', 'technical', 'purchasing', 'sales', 'other']);
    expect(six.reduce((sum, s) => sum + s.percent * 10, 0)).toBe(1000);
  });
});
