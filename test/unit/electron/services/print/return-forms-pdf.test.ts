/**
 * The return paperwork (issue 19.9 / 19.3) as PDF in chromium, read back with
 * poppler: the 成品退货单 in its four default copies, long tables flowing with
 * their header, the customer's signature box, hostile text as text.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { defaultPrintSettings } from '../../../../../shared/domain/print-settings';
import { renderForm, type Paper } from '../../../../../shared/forms';
import { chromiumExecutable, createChromiumPdfEngine } from '../../../../../electron/services/print/chromium-engine';
import { A4, CTX, DATA, HOSTILE, LABEL, manyRows, withText } from '../../../shared/forms/fixtures';
import { readPdf, squash, type PdfFacts } from './pdf-facts';

vi.setConfig({ testTimeout: 90_000 });
const hasChromium = chromiumExecutable() !== undefined;
const engine = createChromiumPdfEngine();
afterAll(() => engine.close());

const toPdf = async (name: string, html: string, paper: Paper = A4): Promise<PdfFacts> => readPdf(name, await engine.renderPdf(html, paper), 'layout');
const ONE = { ...CTX, copies: [] };

describe.skipIf(!hasChromium)('return paperwork to PDF', () => {
  it('成品退货单: the four default copies of seed 003, one page each, with the lines, totals and sign-offs', async () => {
    const copies = defaultPrintSettings().forms.finishedGoodsReturn.copies;
    expect(copies).toHaveLength(4);
    const f = await toPdf('finishedGoodsReturn-4-copies', renderForm('finishedGoodsReturn', DATA.finishedGoodsReturn, { ...CTX, formNumber: 'QR-037', copies }, A4).html);
    expect(f.pages).toBe(4);
    const t = squash(f.text);
    for (const c of copies) expect(t).toContain(squash(c));
    for (const s of ['成品退货单', 'QR-037', 'RMA2611-B-003', 'SF1234567890', '实退量', '单价', '金额', '合计', '返修8、报废2', '成品仓储签收', '会计科', '孙总（总经理）2026-11-24核准', '第4页共4页']) expect(t).toContain(squash(s));
  });

  it('many return lines and shares flow onto further pages, each page under its table header', async () => {
    const f = await toPdf('responsibilityAssessment-many-rows', renderForm('responsibilityAssessment', manyRows('responsibilityAssessment', 60), ONE, A4).html);
    expect(f.pages).toBeGreaterThan(2);
    const pages = f.text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(f.pages);
    for (const page of pages) expect(page).toMatch(/检验结果|判定依据/);
    expect(squash(pages.at(-1)!)).toContain('批准');
  });

  it('收货数量确认单: the tolerance, the verdicts and the customer signature box', async () => {
    const f = await toPdf('receiptConfirmation-one', renderForm('receiptConfirmation', DATA.receiptConfirmation, ONE, A4).html);
    expect(f.pages).toBe(1);
    const t = squash(f.text);
    for (const s of ['超量允收比率', '超收+3%/短收-2%（客户约定）', '196–206', '短收，超出允收', '客户确认（签名/盖章）']) expect(t).toContain(squash(s));
  });

  it('送货单: one note per shipping day in each of its three copies, with the advance exchange said and the customer receipt box', async () => {
    const copies = defaultPrintSettings().forms.deliveryNote.copies;
    const f = await toPdf('deliveryNote-2-notes', renderForm('deliveryNote', DATA.deliveryNote, { ...CTX, formNumber: 'QR-039', copies }, A4).html);
    expect(f.pages).toBe(2 * copies.length);
    const pages = f.text.split('\f').filter((p) => p.trim() !== '');
    expect(squash(pages[0]!)).toContain(squash('先换后退'));
    expect(squash(pages[0]!)).toContain('2611-B-007-20261120');
    expect(squash(pages.at(-1)!)).toContain('DN-88021');
    expect(squash(pages.at(-1)!)).toContain('FX-2611-01');
    for (const s of ['送货单', 'QR-039', '客户签收', ...copies]) expect(squash(f.text)).toContain(squash(s));
  });

  it('发货标签: one label per shipment on label stock, with its note number and the case barcode', async () => {
    const f = await toPdf('outboundLabel-2', renderForm('outboundLabel', DATA.outboundLabel, { ...CTX, copies: [] }, LABEL).html, LABEL);
    expect(f.pages).toBe(2);
    const pages = f.text.split('\f').filter((p) => p.trim() !== '');
    expect(squash(pages[0]!)).toContain('2611-B-007-20261120');
    expect(squash(pages[1]!)).toContain('DN-88021');
    for (const page of pages) for (const s of ['发货', 'SHIP', '2611-B-007', '深圳市宏达电器有限公司']) expect(squash(page)).toContain(squash(s));
  });

  it('hostile text prints as text on the 不良原因通知书', async () => {
    const f = await toPdf('defectCauseNotice-hostile', renderForm('defectCauseNotice', withText('defectCauseNotice', HOSTILE), ONE, A4).html);
    expect(squash(f.text)).toContain(squash('<script>alert("x")</script></td></tr></table>'));
  });
});
