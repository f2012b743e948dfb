// The 8D editor's checks at the field (quantities as typed), its status
// from the record, and the sentences of the domain's missing-reason codes.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCount, countValue } from '../../../../../renderer/features/eightd/numbers';
import { quantityErrors } from '../../../../../renderer/features/eightd/ContainmentForm';
import { eightDStatus } from '../../../../../renderer/features/eightd/status';
import { docxFileName } from '../../../../../renderer/features/eightd/reportData';
import { eightDFieldErrorText, eightDMissingText } from '../../../../../renderer/features/eightd/missingText';
import { zhCN } from '../../../../../renderer/i18n/zh-CN';
import { en } from '../../../../../renderer/i18n/en';
import { approvalMissing, closureMissing } from '../../../../../shared/domain/eightd/guards';
import { disciplineProgress } from '../../../../../shared/domain/eightd/progress';
import { emptyReport } from '../../../shared/report/fixtures';

describe('quantities typed into the 8D', () => {
  it('accepts whole numbers, full-width digits and thousands separators', () => {
    expect(checkCount('500')).toEqual({ ok: true, value: 500 });
    expect(checkCount('１２')).toEqual({ ok: true, value: 12 });
    expect(checkCount('6,000')).toEqual({ ok: true, value: 6000 });
    expect(checkCount('0')).toEqual({ ok: true, value: 0 });
  });

  it('says what is wrong otherwise', () => {
    expect(checkCount('')).toEqual({ ok: false, code: 'required' });
    expect(checkCount('abc')).toEqual({ ok: false, code: 'notANumber' });
    expect(checkCount('-5')).toEqual({ ok: false, code: 'negative' });
    expect(checkCount('2.5')).toEqual({ ok: false, code: 'notAnInteger' });
    expect(countValue('x')).toBeNaN();
  });

  it('refuses more defective than inspected, and reports each field once', () => {
    expect(quantityErrors({ quantityInspected: '500', quantityDefective: '3' })).toEqual({});
    expect(quantityErrors({ quantityInspected: '5', quantityDefective: '30' })).toEqual({ quantityDefective: 'moreThanInspected' });
    expect(quantityErrors({ quantityInspected: '-1', quantityDefective: '' })).toEqual({ quantityInspected: 'negative', quantityDefective: 'required' });
  });
});

describe('8D status and file name', () => {
  it('is closed, approved or open by the record', () => {
    expect(eightDStatus({ approvedAt: null, closedAt: null })).toBe('open');
    expect(eightDStatus({ approvedAt: '2026-11-23T09:00:00+08:00', closedAt: null })).toBe('approved');
    expect(eightDStatus({ approvedAt: '2026-11-23T09:00:00+08:00', closedAt: '2026-11-24T09:00:00+08:00' })).toBe('closed');
  });

  it('names the Word file after the 8D number, safe on Windows', () => {
    expect(docxFileName('8D20261123001')).toBe('8D20261123001.docx');
    expect(docxFileName('8D/2026:1')).toBe('8D_2026_1.docx');
  });
});

describe('sentences of the domain codes', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, interpolation: { escapeValue: false } });
  });

  it('names the field and the record a reason is about', () => {
    const bundle = { members: [], containment: [], causes: [], prevention: [], checks: [], correctives: [{ id: 'c1', description: '预热温度加锁' }] } as never;
    expect(eightDMissingText({ discipline: 'D2', code: 'required', field: 'what' }, i18next.t, bundle)).toBe('请填写「What 什么问题」');
    expect(eightDMissingText({ discipline: 'D6', code: 'correctiveNotVerified', recordId: 'c1' }, i18next.t, bundle)).toBe('纠正措施「预热温度加锁」尚未验证');
    expect(eightDMissingText({ discipline: 'D8', code: 'notQualityHead' }, i18next.t)).toContain('设置');
    expect(eightDMissingText({ discipline: 'D1', code: 'somethingNew' }, i18next.t)).toBe('未完成（somethingNew）');
  });

  it('turns field codes into messages, the 8D ones first, then the lifecycle ones, then "invalid"', () => {
    expect(eightDFieldErrorText('inspectionIsNotPrevention', i18next.t)).toContain('不是预防措施');
    expect(eightDFieldErrorText('notAmount', i18next.t)).toBe(zhCN.lc.errors.notAmount);
    expect(eightDFieldErrorText('whatever', i18next.t)).toBe(zhCN.lc.errors.invalid);
    expect(eightDFieldErrorText(undefined, i18next.t)).toBeUndefined();
  });

  it('a text over its limit says the limit', () => {
    expect(eightDFieldErrorText('tooLong', i18next.t, { max: 10_000 })).toBe('内容过长（最多 10000 字）');
    expect(eightDFieldErrorText('tooLong', i18next.getFixedT('en'), { max: 60 })).toBe('Too long (60 characters at most)');
  });

  it('has a sentence for every missing-reason code the domain gives', () => {
    const empty = { report: emptyReport(), members: [], containment: [], causes: [], correctives: [], prevention: [], checks: [] };
    const rootCauseWithoutWhy = { ...empty, causes: [{ id: 'k', reportId: 'r', caseId: 'c', analysis: 'occurrence' as const, category: 'man' as const, description: 'x', whys: [], isRootCause: true, verification: '', deleted: false }] };
    const approved = { ...empty.report, approvedAt: '2026-11-23T09:00:00+08:00' };
    const codes = new Set([
      ...disciplineProgress(empty).flatMap((p) => p.missing),
      ...disciplineProgress(rootCauseWithoutWhy).flatMap((p) => p.missing),
      ...approvalMissing(empty, false),
      ...approvalMissing({ ...empty, report: approved }, true),
      ...closureMissing({ ...approved, closedAt: '2026-11-24T09:00:00+08:00' }),
    ].map((m) => m.code));
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) expect(Object.keys(zhCN.eightD.missing), code).toContain(code);
    expect(Object.keys(en.eightD.missing).sort()).toEqual(Object.keys(zhCN.eightD.missing).sort());
  });
});
