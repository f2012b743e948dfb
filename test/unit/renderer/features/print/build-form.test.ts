/** The print dialog's documents of the return paperwork: the form's number and copies from the settings, the case's own receiving tolerance. */
import { describe, expect, it } from 'vitest';
import { buildForm, type BuildOptions } from '../../../../../renderer/features/print/buildForm';
import { defaultSettings } from '../../../../../shared/domain/settings';
import { FORM_TITLES } from '../../../../../shared/forms';
import { line } from '../../../shared/domain/lifecycle/commands/context';
import { view } from '../../../shared/domain/lifecycle/fixtures';
import { CASE } from '../../../shared/forms/eightd-fixture';
import { visibleText } from '../../../shared/forms/fixtures';

const SETTINGS = defaultSettings('11111111-1111-4111-8111-111111111111');
const VIEW = view({ rmaNumber: 'RMA2611-B-003' }, { returnLines: [line({ quantityApproved: 200, quantityReceived: 205 })] });
const options = (kind: BuildOptions['kind'], over: Partial<BuildOptions> = {}): BuildOptions => ({
  kind, paper: { kind: 'a4', orientation: 'portrait' }, copies: 1, blankSurvey: false, clerkName: '陈工', now: new Date('2026-11-23T02:00:00.000Z'), deadlines: [], ...over,
});

describe('buildForm: the return paperwork', () => {
  it.each([
    ['defectCauseNotice', 'QR-035'],
    ['responsibilityAssessment', 'QR-036'],
    ['finishedGoodsReturn', 'QR-037'],
    ['receiptConfirmation', 'QR-038'],
  ] as const)('%s prints its title and default form number %s from the case', (kind, number) => {
    const text = visibleText(buildForm(CASE, VIEW, SETTINGS, options(kind)).html);
    for (const s of [FORM_TITLES[kind], number, CASE.caseNumber, CASE.customerName]) expect(text).toContain(s);
  });

  it('成品退货单 in four copies carries the four designations of the settings', () => {
    const out = buildForm(CASE, VIEW, SETTINGS, options('finishedGoodsReturn', { copies: 4 })).html;
    for (const c of SETTINGS.printing.forms.finishedGoodsReturn.copies) expect(visibleText(out)).toContain(c);
  });

  it("收货数量确认单: the customer's tolerance from the case file, else the office's", () => {
    const customer = visibleText(buildForm(CASE, VIEW, SETTINGS, options('receiptConfirmation', { receivingTolerance: { overPercent: 2, underPercent: 2, source: 'customer', customerName: '宏达' } })).html);
    expect(customer).toContain('±2%（客户约定）');
    expect(customer).toContain('超收，超出允收');
    const office = visibleText(buildForm(CASE, null, { ...SETTINGS, receivingTolerancePercent: 5 }, options('receiptConfirmation')).html);
    expect(office).toContain('±5%（本公司规定）');
  });
});
