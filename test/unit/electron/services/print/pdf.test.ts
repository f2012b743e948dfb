/**
 * Every template rendered to PDF in chromium (the web host's engine) and read
 * back with poppler: page size and count (pdfinfo), the text incl. CJK
 * (pdftotext), PNG previews (pdftoppm -r 50) kept in test-results/print-previews/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BarcodeFormat, BinaryBitmap, BitArray, Code128Reader, DecodeHintType, HybridBinarizer, RGBLuminanceSource } from '@zxing/library';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { decodeCasePayload } from '../../../../../shared/forms/barcode';
import { CASE_FORM_KINDS, FORM_TITLES, renderForm, type CaseFormKind, type Paper } from '../../../../../shared/forms';
import { chromiumExecutable, createChromiumPdfEngine } from '../../../../../electron/services/print/chromium-engine';
import { createPrintService } from '../../../../../electron/services/print/print-service';
import { A4, CTX, DATA, HOSTILE, LABEL, LONG, manyRows, withText } from '../../../shared/forms/fixtures';
import { expectPageSize, PREVIEWS, readPdf, squash, type PdfFacts } from './pdf-facts';

vi.setConfig({ testTimeout: 90_000 });
const hasChromium = chromiumExecutable() !== undefined;
const engine = createChromiumPdfEngine();
afterAll(() => engine.close());

const toPdf = async (name: string, html: string, paper: Paper): Promise<PdfFacts> => readPdf(name, await engine.renderPdf(html, paper), 'layout');

/** The first page of a PDF as a 200 dpi PNG (what a scanner or a photo of the label sees), decoded to RGBA. */
function pageImage(pdfFile: string, name: string): PNG {
  const base = join(PREVIEWS, name);
  execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', '-f', '1', '-l', '1', pdfFile, base]);
  return PNG.sync.read(readFileSync(`${base}.png`));
}

/** Code 128 rows read across the image (every 10th pixel row), as zxing's 1-D reader reads a scan line. */
function readCode128(img: PNG): string[] {
  const lum = new Uint8ClampedArray(img.width * img.height);
  for (let i = 0; i < lum.length; i++) lum[i] = (img.data[i * 4]! * 299 + img.data[i * 4 + 1]! * 587 + img.data[i * 4 + 2]! * 114) / 1000;
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(lum, img.width, img.height)));
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128]]]);
  const reader = new Code128Reader();
  const found = new Set<string>();
  for (let y = 0; y < img.height; y += 10) {
    try {
      found.add(reader.decodeRow(y, bitmap.getBlackRow(y, new BitArray(img.width)), hints).getText());
    } catch {
      // No barcode on this row.
    }
  }
  return [...found];
}

describe.skipIf(!hasChromium)('forms to PDF in chromium', () => {
  // The 8D report runs to several pages and has its own PDF test (eightD-pdf.test.ts); the 送货单 (one note
  // per shipping day in every copy) and the outbound label have theirs in return-forms-pdf.test.ts.
  it.each(CASE_FORM_KINDS.filter((k) => !['returnLabel', 'eightD', 'deliveryNote', 'outboundLabel'].includes(k)))('%s: A4, one page per copy, CJK text and page numbers', async (kind: CaseFormKind) => {
    const f = await toPdf(kind, renderForm(kind, DATA[kind], CTX, A4).html, A4);
    expectPageSize(f, 210, 297);
    expect(f.pages).toBe(2); // two copies
    const t = squash(f.text);
    expect(t).toContain(squash(FORM_TITLES[kind]));
    expect(t).toContain('2611-B-007');
    expect(t).toContain('东莞市华信精密电子有限公司');
    expect(t).toContain('第一联品质部存');
    expect(t).toContain('第二联客服部存');
    expect(t).toContain('第1页共2页');
    expect(t).toContain('第2页共2页');
  });

  it('return label: 100×150 mm and 4×6 in, one page, numbers and text', async () => {
    const one = { ...CTX, copies: [] };
    const f = await toPdf('returnLabel', renderForm('returnLabel', DATA.returnLabel, one, LABEL).html, LABEL);
    expectPageSize(f, 100, 150);
    expect(f.pages).toBe(1);
    const t = squash(f.text);
    for (const s of ['2611-B-007', 'RMA2611-B-003', '深圳市宏达电器有限公司', 'HX-2200A', '外壳划伤', '2026-11-23', 'QD:2611-B-007']) expect(t).toContain(s);
    const paper4x6: Paper = { kind: 'label4x6', orientation: 'portrait' };
    const g = await toPdf('returnLabel-4x6', renderForm('returnLabel', DATA.returnLabel, { ...CTX, copies: ['', ''] }, paper4x6).html, paper4x6);
    expectPageSize(g, 101.6, 152.4);
    expect(g.pages).toBe(2);
  });

  it('return label: the printed QR code and Code 128 barcode read back to the case (200 dpi image of the PDF)', async () => {
    const scan = await toPdf('returnLabel-scan', renderForm('returnLabel', DATA.returnLabel, { ...CTX, copies: [] }, LABEL).html, LABEL);
    const img = pageImage(scan.file, 'returnLabel-scan-200dpi');
    const qr = jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), img.width, img.height);
    expect(qr?.data).toBe('QD:2611-B-007');
    expect(decodeCasePayload(qr!.data)).toBe(DATA.returnLabel.caseNumber);
    const bars = readCode128(img);
    expect(bars).toEqual(['QD:2611-B-007']);
    expect(decodeCasePayload(bars[0]!)).toBe(DATA.returnLabel.caseNumber);
  });

  it('催办单: the overdue and due-soon items, their departments and working time in the PDF; none → says so', async () => {
    const f = await toPdf('reminder-items', renderForm('reminder', DATA.reminder, { ...CTX, copies: [] }, A4).html, A4);
    expect(f.pages).toBe(1);
    const t = squash(f.text);
    for (const s of ['部门回复（原因分析）', '生产/分厂、采购/供应商', '2026-11-26 10:00', '已逾期', '2个工作日1.5小时', '结案', '即将到期', '剩余7小时', '2026-12-0110:00', '生产/分厂：逾期1项', '接收部门签收', '部门负责人'])
      expect(t).toContain(squash(s));
    const none = await toPdf('reminder-none', renderForm('reminder', { ...DATA.reminder, items: [], toDepartment: '' }, { ...CTX, copies: [] }, A4).html, A4);
    const n = squash(none.text);
    expect(n).toContain('截至2026-11-3010:00，本案无逾期或即将到期事项。');
    expect(n).not.toContain('已逾期');
  });

  it('custom size and A4 landscape', async () => {
    const custom: Paper = { kind: 'custom', orientation: 'portrait', widthMm: 80, heightMm: 120 };
    const f = await toPdf('returnLabel-custom', renderForm('returnLabel', DATA.returnLabel, { ...CTX, copies: [] }, custom).html, custom);
    expectPageSize(f, 80, 120);
    const land: Paper = { kind: 'a4', orientation: 'landscape' };
    const g = await toPdf('inspection-landscape', renderForm('inspection', DATA.inspection, { ...CTX, copies: [] }, land).html, land);
    expectPageSize(g, 297, 210);
    expect(g.pages).toBe(1);
  });

  it('very long text flows onto further pages, all of it printed, numbered 第 x 页 共 y 页', async () => {
    const f = await toPdf('complaint-long', renderForm('complaint', { ...DATA.complaint, defectDescription: LONG }, { ...CTX, copies: [] }, A4).html, A4);
    expect(f.pages).toBeGreaterThan(2);
    const t = squash(f.text);
    expect(t).toContain('第1段');
    expect(t).toContain('第60段');
    expect(t).toContain(`第${f.pages}页共${f.pages}页`);
    const rows = await toPdf('inspection-many-rows', renderForm('inspection', manyRows('inspection', 80), { ...CTX, copies: [] }, A4).html, A4);
    expect(rows.pages).toBeGreaterThan(1);
    // The table header repeats on every page.
    expect(rows.text.match(/不良描述/g)?.length).toBe(rows.pages);
  });

  it('a long Chinese customer name stays on one line of 客户投诉处理单 (pdftotext -layout)', async () => {
    // The longest name of the fixtures (13 characters) and a longer one (18).
    for (const [i, name] of ['东莞市华信精密电子有限公司', '佛山市顺德区华信精密电子电器有限公司'].entries()) {
      for (const paper of [A4, { ...A4, orientation: 'landscape' as const }]) {
        const f = await toPdf(`complaint-customer-${i}-${paper.orientation}`, renderForm('complaint', { ...DATA.complaint, customerName: name }, { ...CTX, copies: [] }, paper).html, paper);
        expect(f.text.split('\n').some((line) => line.replace(/\s+/g, '').includes(name)), `${name} on ${paper.orientation}`).toBe(true);
      }
    }
  });

  it('hostile text prints as text', async () => {
    const f = await toPdf('complaint-hostile', renderForm('complaint', withText('complaint', HOSTILE), { ...CTX, copies: [] }, A4).html, A4);
    expect(squash(f.text)).toContain(squash('<script>alert("x")</script></td></tr></table>'));
  });

  it('survey blank and filled', async () => {
    const blank = await toPdf('survey-blank', renderForm('survey', { ...DATA.survey, answers: null }, { ...CTX, copies: [] }, A4).html, A4);
    expect(blank.pages).toBe(1);
    expect(squash(blank.text)).toContain('外观包装');
  });

  it('renders requests that arrive together one after the other (shared page)', async () => {
    const one = { ...CTX, copies: [] };
    const [a, b] = await Promise.all([
      engine.renderPdf(renderForm('returnLabel', DATA.returnLabel, one, LABEL).html, LABEL),
      engine.renderPdf(renderForm('survey', DATA.survey, one, A4).html, A4),
    ]);
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(b.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.equals(b)).toBe(false);
  });

  it('print service returns the PDF base64 and rejects what is not a PDF', async () => {
    const service = createPrintService({ engine });
    const r = await service.printRenderPdf({ html: renderForm('survey', DATA.survey, CTX, A4).html, paper: A4 });
    expect(Buffer.from(r.pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(r.bytes).toBeGreaterThan(1000);
    const broken = createPrintService({ engine: { renderPdf: () => Promise.resolve(Buffer.from('nope')), close: () => Promise.resolve() } });
    await expect(broken.printRenderPdf({ html: '<!DOCTYPE html>', paper: A4 })).rejects.toThrow(/did not produce a PDF/);
    await expect(createPrintService({}).printSavePdf({ html: '<!DOCTYPE html>', paper: A4, fileName: 'a.pdf' })).rejects.toThrow(/no save dialog/);
  });
});
