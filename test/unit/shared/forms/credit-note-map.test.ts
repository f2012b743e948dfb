/** 销货折让证明单 from the priced return lines (issue 19.2), else from the credit costs. */
import { describe, expect, it } from 'vitest';
import { creditNoteFromCase } from '../../../../shared/forms/map';
import { renderForm } from '../../../../shared/forms';
import type { CaseLifecycle, CostRecord, ReturnLine } from '../../../../shared/domain/lifecycle/records';
import { CASE } from './eightd-fixture';
import { A4, CTX, visibleText } from './fixtures';

const line = (over: Partial<ReturnLine>): ReturnLine => ({
  id: 'l1', caseId: CASE.id, round: 1, productModel: 'HX-2200A', partNumber: '', lotNumber: '', quantityApproved: 100, reason: '外壳划伤',
  quantityReceived: null, receivedBy: '', receivedAt: null, storageLocation: '', receivingNote: '', inspectionResult: null, quantityDefective: null,
  defectNotes: '', inspectedBy: '', inspectedAt: null, photoIds: [], deleted: false, unitPriceFen: 12_346, currency: 'CNY', ...over,
});

describe('credit note', () => {
  it('lists each priced line: quantity credited × unit price, the total, the red invoice number; another currency is named in the reason', () => {
    const lifecycle = { redInvoiceNumber: 'HZ-00012345' } as CaseLifecycle;
    const d = creditNoteFromCase(CASE, { lifecycle, lines: [line({ quantityReceived: 97 }), line({ id: 'l2', productModel: 'HX-10', unitPriceFen: 500, quantityApproved: 10 }), line({ id: 'l3', currency: 'USD', unitPriceFen: 1_000, quantityApproved: 2 }), line({ id: 'l4', unitPriceFen: null })] });
    expect(d.lines).toEqual([
      { productModel: 'HX-2200A', quantity: '97', unitPrice: '123.46', amount: '11,975.62' },
      { productModel: 'HX-10', quantity: '10', unitPrice: '5.00', amount: '50.00' },
    ]);
    expect(d.totalFen).toBe(1_197_562 + 5_000);
    expect(d.currency).toBe('CNY');
    expect(d.reason).toContain('另有其他币种：USD 20.00');
    const text = visibleText(renderForm('creditNote', d, CTX, A4).html);
    for (const s of ['HZ-00012345', '123.46', '12,025.62', '人民币 CNY', '壹万贰仟零贰拾伍元陆角贰分']) expect(text).toContain(s);
  });

  it('prints a dollar credit note without the RMB 大写', () => {
    const d = creditNoteFromCase(CASE, { lines: [line({ currency: 'USD', unitPriceFen: 1_000, quantityApproved: 2 })] });
    const text = visibleText(renderForm('creditNote', d, CTX, A4).html);
    expect(text).toContain('美元 USD');
    expect(text).toContain('US$ 20.00');
    expect(text).not.toContain('元整');
  });

  it('falls back to the credit costs when no line is priced', () => {
    const cost = { id: 'k1', caseId: CASE.id, round: 1, kind: 'credit', amountFen: 50_000, department: null, note: '折价接收', deleted: false } as CostRecord;
    const d = creditNoteFromCase(CASE, { lines: [line({ unitPriceFen: null })], costs: [cost] });
    expect(d.lines).toEqual([{ productModel: CASE.productModel, quantity: String(CASE.quantityDefective ?? ''), unitPrice: '', amount: '500.00' }]);
    expect(d.totalFen).toBe(50_000);
    expect(d.redInvoiceNumber).toBe('');
  });
});
