import { describe, expect, it } from 'vitest';
import { CASE_FORM_KINDS, FORM_TITLES, renderForm } from '../../../../shared/forms';
import { splitLongText } from '../../../../shared/forms/layout';
import { departmentSignatures } from '../../../../shared/forms/templates/complaint';
import { complaintFormFromCase, surveyFormFromCase } from '../../../../shared/forms/map';
import type { SurveyFormData } from '../../../../shared/forms/types';
import type { SurveyRecord } from '../../../../shared/domain/lifecycle/records';
import { defaultSurveyForm } from '../../../../shared/domain/lifecycle/survey-form';
import type { SignatureRecord } from '../../../../shared/domain/signatures/signature';
import { CASE } from './eightd-fixture';
import { A4, CTX, DATA, HOSTILE, LABEL, LONG, visibleText, withText } from './fixtures';

const LABELS = new Set<string>(['returnLabel', 'outboundLabel']);
const paperOf = (kind: string) => (LABELS.has(kind) ? LABEL : A4);

describe.each(CASE_FORM_KINDS)('%s template', (kind) => {
  it('renders realistic Chinese data with title, company, form number and revision', () => {
    const out = renderForm(kind, DATA[kind], CTX, paperOf(kind));
    expect(out.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(out.css).toContain('@page');
    const text = visibleText(out.html);
    expect(text).toContain('2611-B-007');
    if (!LABELS.has(kind)) {
      expect(text).toContain(FORM_TITLES[kind]);
      expect(text).toContain('QR-025');
      expect(text).toContain('A/1');
      expect(text).toContain('第一联 品质部存');
      expect(text).toContain('第二联 客服部存');
      // The 送货单 prints each of its notes in every copy.
      expect(out.html.match(/<section class="copy">/g)).toHaveLength(kind === 'deliveryNote' ? 2 * DATA.deliveryNote.notes.length : 2);
    }
    expect(text).toContain('东莞市华信精密电子有限公司');
    expect(text).toContain(kind === 'supplierChargeback' ? DATA.supplierChargeback.supplierName : DATA.complaint.customerName);
  });

  it('prints hostile text as text: no tag from user data reaches the document', () => {
    const out = renderForm(kind, withText(kind, HOSTILE), CTX, paperOf(kind));
    expect(out.html).not.toContain('<script>');
    expect(out.html).not.toContain('<img src=x');
    expect(out.html).not.toMatch(/<\/td><\/tr><\/table><img/);
    expect(visibleText(out.html)).toContain('<script>alert("x")</script></td>');
    // Balanced structure: as many <td> openings as closings.
    expect((out.html.match(/<td[\s>]/g) ?? []).length).toBe((out.html.match(/<\/td>/g) ?? []).length);
  });

  it('keeps very long text whole (split into rows, nothing dropped)', () => {
    const out = renderForm(kind, withText(kind, LONG), CTX, paperOf(kind));
    const text = visibleText(out.html).replace(/\s+/g, '');
    if (LABELS.has(kind)) {
      expect(text).toContain('第1段');
    } else {
      expect(text).toContain(LONG.replace(/\s+/g, ''));
    }
  });
});

describe('complaint form', () => {
  it('asks for the signatures of the case path: A fewer than C', () => {
    expect(departmentSignatures('A').length).toBeLessThan(departmentSignatures('C').length);
    const a = renderForm('complaint', { ...DATA.complaint, decisionPath: 'A' }, CTX, A4).html;
    const c = renderForm('complaint', DATA.complaint, CTX, A4).html;
    expect(visibleText(a)).not.toContain('总经理');
    expect(visibleText(c)).toContain('总经理');
    for (const h of ['编制', '审核', '批准']) expect(visibleText(a)).toContain(h);
  });
  it('prints the electronic signatures in their boxes: approval, finance, quality, GM; a later rejection is not printed as approved', () => {
    const sig = (step: SignatureRecord['step'], role: SignatureRecord['role'], clerkName: string, at: string): SignatureRecord => ({
      id: `s-${step}-${at}`, caseId: 'c', step, subjectEntity: 'transition', subjectId: 'x', clerkId: 'k', clerkName, role, amountFen: null, meaning: '', at,
    });
    const intakeCase = CASE;
    const signatures = [
      sig('approveReturn', 'generalManager', '孙总', '2026-11-24T02:00:00.000Z'),
      sig('acceptDisposition', 'qualityHead', '周部长', '2026-11-26T02:00:00.000Z'),
      sig('confirmCosts', 'finance', '<b>吴会计</b>', '2026-11-27T02:00:00.000Z'),
    ];
    const signed = complaintFormFromCase(intakeCase, { signatures }).signed;
    expect(signed).toEqual({
      approved: '孙总 · 总经理\n2026-11-24 10:00 电子签名 e-signed',
      generalManager: '孙总 · 总经理\n2026-11-24 10:00 电子签名 e-signed',
      quality: '周部长 · 品质主管（8D）\n2026-11-26 10:00 电子签名 e-signed',
      finance: '<b>吴会计</b> · 财务\n2026-11-27 10:00 电子签名 e-signed',
    });
    const html = renderForm('complaint', { ...DATA.complaint, signed }, CTX, A4).html;
    expect(html).not.toContain('<b>吴会计');
    expect(visibleText(html)).toContain('孙总 · 总经理');
    expect(html.match(/class="esign"/g)).toHaveLength(8); // 4 boxes × the 2 copies of CTX
    const rejectedLater = complaintFormFromCase(intakeCase, { signatures: [...signatures, sig('rejectReturn', 'generalManager', '孙总', '2026-11-25T02:00:00.000Z')] }).signed;
    expect(rejectedLater.approved).toBe('');
    expect(complaintFormFromCase(intakeCase, {}).signed).toEqual({ approved: '', finance: '', quality: '', generalManager: '' });
  });

  it('prints an approval signed by a delegate as the signer on the delegator’s authority (委托授权), in the approval and GM boxes', () => {
    const signature: SignatureRecord = {
      id: 's-1', caseId: 'c', step: 'approveReturn', subjectEntity: 'approval', subjectId: 'x', clerkId: 'z', clerkName: '张三', role: 'generalManager', amountFen: 20_000_000, meaning: '', at: '2026-11-24T02:00:00.000Z',
      delegationId: 'delegation-1', onBehalfOfId: 'g', onBehalfOfName: '孙总',
    };
    const signed = complaintFormFromCase(CASE, { signatures: [signature] }).signed;
    expect(signed.approved).toBe('张三 代 孙总 (委托授权) · 总经理\n2026-11-24 10:00 电子签名 e-signed');
    expect(signed.generalManager).toBe(signed.approved);
  });

  it('prints a logo only from an image data URL', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(renderForm('complaint', DATA.complaint, { ...CTX, logoDataUrl: png }, A4).html).toContain(`url("${png}")`);
    const evil = renderForm('complaint', DATA.complaint, { ...CTX, logoDataUrl: 'javascript:alert(1)' }, A4).html;
    expect(evil).not.toContain('javascript:');
  });
});

describe('survey form', () => {
  it('blank: no ticks, no total; filled: total per DOMAIN §6 and verdict', () => {
    const ticks = (h: string) => (h.match(/<span class="box">✔/g) ?? []).length;
    const blankHtml = renderForm('survey', { ...DATA.survey, answers: null }, { ...CTX, copies: [] }, A4).html;
    expect(ticks(blankHtml)).toBe(0);
    const filledHtml = renderForm('survey', DATA.survey, { ...CTX, copies: [] }, A4).html;
    expect(ticks(filledHtml)).toBe(11); // 10 rated items + verdict
    const filled = visibleText(filledHtml);
    expect(filled).toContain('86'); // 6×10 + 2×8 + 6 + 4
    expect(filled).toContain('满意 Satisfied');
    expect(filled).toContain('外观包装');
    const low = visibleText(renderForm('survey', { ...DATA.survey, answers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2] }, CTX, A4).html);
    expect(low).toContain('78');
    expect(low).toContain('不满意 Not satisfied');
  });

  it("prints the office's wording and threshold: its Chinese, its English only where set", () => {
    const form = defaultSurveyForm();
    form.items.q2 = { zh: '您对产品质量的总体评价？' };
    form.items.q8b = { zh: '做工', en: 'Finish' };
    form.q8Stem = { zh: '产品使用情况：', en: 'Product in use:' };
    form.satisfiedThreshold = 70;
    const blank = visibleText(renderForm('survey', { ...DATA.survey, answers: null, form }, CTX, A4).html);
    expect(blank).toContain('您对产品质量的总体评价？');
    expect(blank).not.toContain('Product quality overall');
    expect(blank).not.toContain('您对我厂提供的产品质量');
    expect(blank).toMatch(/B\. 做工\s+Finish/);
    expect(blank).toMatch(/产品使用情况：\s+Product in use:/);
    expect(blank).toContain('70 分以上为满意');
    expect(blank).toContain('Satisfied (≥ 70)');
    // 7 × 8 + 3 × 6 = 74: satisfied at 70 (no recorded verdict), the recorded verdict wins when there is one.
    const answers = [1, 1, 1, 1, 1, 1, 1, 2, 2, 2] as SurveyFormData['answers'];
    expect(visibleText(renderForm('survey', { ...DATA.survey, answers, form }, CTX, A4).html)).toMatch(/✔\s+满意 Satisfied/);
    expect(visibleText(renderForm('survey', { ...DATA.survey, answers, form, satisfied: false }, CTX, A4).html)).toMatch(/✔\s+不满意 Not satisfied/);
  });

  it('prints hostile wording as text', () => {
    const form = defaultSurveyForm();
    form.items.q1 = { zh: HOSTILE.slice(0, 120), en: '</td></tr><img src=x onerror=alert(1)>' };
    form.q8Stem = { zh: '<b>stem</b>' };
    const out = renderForm('survey', { ...DATA.survey, form }, CTX, A4).html;
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img src=x');
    expect(out).not.toContain('<b>stem');
    expect(visibleText(out)).toContain('<b>stem</b>');
    expect((out.match(/<td[\s>]/g) ?? []).length).toBe((out.match(/<\/td>/g) ?? []).length);
  });

  it('maps the office form and the recorded verdict from the case', () => {
    const form = { ...defaultSurveyForm(), satisfiedThreshold: 90 };
    const record: SurveyRecord = { id: 's1', caseId: 'c1', round: 1, surveyedAt: '2026-12-05T10:00:00+08:00', answers: Array.from({ length: 10 }, () => 'satisfied' as const), score: 80, satisfied: true, remarks: '', by: '李娜', deleted: false };
    const data = surveyFormFromCase(CASE, record, form);
    expect(data).toMatchObject({ form, satisfied: true });
    expect(surveyFormFromCase(CASE, null, form).satisfied).toBeUndefined();
    expect(surveyFormFromCase(CASE, null).form).toBeUndefined();
  });
});

describe('paper', () => {
  it('sets the @page size per paper', () => {
    const css = (paper: Parameters<typeof renderForm>[3]) => renderForm('returnLabel', DATA.returnLabel, CTX, paper).css;
    expect(css(LABEL)).toContain('size: 100mm 150mm');
    expect(css({ kind: 'label4x6', orientation: 'portrait' })).toContain('size: 101.6mm 152.4mm');
    expect(css({ kind: 'custom', orientation: 'portrait', widthMm: 80, heightMm: 50 })).toContain('size: 80mm 50mm');
    expect(renderForm('complaint', DATA.complaint, CTX, { kind: 'a4', orientation: 'landscape' }).css).toContain('size: 297mm 210mm');
    expect(renderForm('complaint', DATA.complaint, CTX, A4).css).toContain('counter(pages)');
  });
});

describe('splitLongText', () => {
  it('splits at sentence ends and keeps every character', () => {
    const parts = splitLongText(LONG, 200);
    expect(parts.join('')).toBe(LONG.replace(/\n/g, ''));
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(200);
    expect(splitLongText('')).toEqual(['']);
  });
});
