/**
 * The 8D report form rendered to PDF in chromium (the web host's engine) and
 * read back with poppler: A4 size, page count, the text of every discipline
 * incl. CJK and the page numbers (pdftotext), the embedded photos
 * (pdfimages -list), PNG previews in test-results/print-previews/.
 */
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderForm, type FormContext } from '../../../../../shared/forms';
import { MAX_PRINT_HTML_BYTES, printRenderPdfArgs } from '../../../../../shared/ipc/print-contract';
import { utf8Length } from '../../../../../shared/utf8';
import type { EightDPhoto, EightDReportData } from '../../../../../shared/report/types';
import type { PhotoDiscipline } from '../../../../../shared/domain/eightd/records';
import { chromiumExecutable, createChromiumPdfEngine } from '../../../../../electron/services/print/chromium-engine';
import { A4, CTX, HOSTILE, LONG } from '../../../shared/forms/fixtures';
import { REPORT } from '../../../shared/forms/eightd-fixture';
import { expectPageSize, readPdf, squash, type PdfFacts } from './pdf-facts';

vi.setConfig({ testTimeout: 120_000 });
const hasChromium = chromiumExecutable() !== undefined;
const engine = createChromiumPdfEngine();
afterAll(() => engine.close());
const ONE: FormContext = { ...CTX, formNumber: 'QR-032', copies: [] };

/** A photo-like PNG (colour gradients and noise, so it does not compress to nothing) of w×h pixels. */
function photo(w: number, h: number, seed: number): Uint8Array {
  const png = new PNG({ width: w, height: h });
  let x = seed * 7919;
  for (let i = 0; i < w * h; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const px = i % w;
    const py = Math.floor(i / w);
    png.data[i * 4] = (px * 255) / w;
    png.data[i * 4 + 1] = (py * 255) / h;
    png.data[i * 4 + 2] = (seed * 40 + (x & 63)) & 255;
    png.data[i * 4 + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(png));
}

function photos(n: number): EightDPhoto[] {
  const disciplines: PhotoDiscipline[] = ['D2', 'D4', 'D6'];
  return Array.from({ length: n }, (_, i) => {
    // Landscape, portrait and a very wide one: each must keep its aspect within its box.
    const [w, h] = i % 3 === 0 ? [640, 480] : i % 3 === 1 ? [360, 640] : [900, 200];
    return { discipline: disciplines[i % 3]!, fileName: `照片${i + 1}.png`, mimeType: 'image/png', bytes: photo(w, h, i + 1), caption: `照片说明 ${i + 1}` };
  });
}

/** The form to PDF and read back, with the time chromium took. */
async function toPdf(name: string, html: string): Promise<PdfFacts & { ms: number }> {
  const started = performance.now();
  const pdf = await engine.renderPdf(html, A4);
  const ms = performance.now() - started;
  return { ...readPdf(name, pdf, 'raw'), ms };
}

describe.skipIf(!hasChromium)('8D report to PDF in chromium', () => {
  it('full report, bilingual, 6 photos: A4, every discipline, the photos embedded, 第 x 页 共 y 页', async () => {
    const report: EightDReportData = { ...REPORT, photos: photos(6) };
    const f = await toPdf('eightD', renderForm('eightD', { report, language: 'zh-CN', bilingual: true }, ONE, A4).html);
    expectPageSize(f, 210, 297);
    expect(f.pages).toBeGreaterThanOrEqual(3);
    expect(f.pages).toBeLessThanOrEqual(8);
    const t = squash(f.text);
    for (const s of [
      '8D报告',
      '8D20261120001',
      '2611-B-007',
      '深圳市宏达电器有限公司',
      '东莞市华信精密电子有限公司',
      'HX-2200A',
      'L2610-03',
      'D1成立小组',
      'D2问题描述',
      'D3临时围堵措施',
      'D4根本原因分析',
      'D5永久纠正措施',
      'D6实施与效果验证',
      'D7预防再发生',
      'D8批准、表彰与结案',
      '张伟',
      '客户处库存挑选',
      '6800',
      '41',
      'C3包装内衬厚度不足',
      '内衬只有3mm',
      '内衬加厚至5mm，增加隔板',
      '跌落试验20次无划伤',
      'PFMEA-QX200Rev.C',
      '赵总监',
      '照片说明1',
      '照片说明6',
      '编制',
      '审核',
      '批准',
    ])
      expect(t).toContain(squash(s));
    expect(t).toContain(`第1页共${f.pages}页Page1of${f.pages}`);
    expect(t).toContain(`第${f.pages}页共${f.pages}页`);
    expect(f.images).toHaveLength(6);
    expect(f.images.map((i) => `${i.width}x${i.height}`).sort()).toEqual(['360x640', '360x640', '640x480', '640x480', '900x200', '900x200']);
  });

  it('English only: English headings, Page x of y', async () => {
    const f = await toPdf('eightD-en', renderForm('eightD', { report: REPORT, language: 'en', bilingual: false }, ONE, A4).html);
    const t = squash(f.text);
    for (const s of ['8D Report', 'D1 Team', 'D4 Root Cause Analysis', 'Fishbone (5M1E)', 'Leader', 'Prepared by']) expect(t).toContain(squash(s));
    expect(t).toContain(`Page1of${f.pages}`);
    expect(t).not.toContain('成立小组');
    expect(t).not.toContain('第1页');
  });

  it('20 photos: all embedded, the document within the print limit, pages plausible', async () => {
    const report: EightDReportData = { ...REPORT, photos: photos(20) };
    const html = renderForm('eightD', { report, language: 'zh-CN', bilingual: false }, ONE, A4).html;
    expect(utf8Length(html)).toBeLessThan(MAX_PRINT_HTML_BYTES);
    expect(printRenderPdfArgs.safeParse({ html, paper: A4 }).success).toBe(true);
    const f = await toPdf('eightD-20-photos', html);
    expect(f.images).toHaveLength(20);
    // Two photos per row, at most 95 mm high: 20 photos take several pages, not one per page.
    expect(f.pages).toBeGreaterThanOrEqual(5);
    expect(f.pages).toBeLessThanOrEqual(14);
    const t = squash(f.text);
    expect(t).toContain('照片说明20');
    expect(t).toContain(`第${f.pages}页共${f.pages}页`);
    console.info(`8D with 20 photos: ${(utf8Length(html) / 1e6).toFixed(1)} MB HTML, ${f.pages} pages, PDF in ${Math.round(f.ms)} ms`);
  });

  it('hostile and very long text prints as text, all of it; an empty report prints the blank form', async () => {
    const rep = REPORT.eightD.report;
    const report: EightDReportData = { ...REPORT, eightD: { ...REPORT.eightD, report: { ...rep, customerDescription: LONG, approvalComment: `${HOSTILE} 😀🏭` } } };
    const f = await toPdf('eightD-hostile-long', renderForm('eightD', { report, language: 'zh-CN', bilingual: true }, ONE, A4).html);
    const t = squash(f.text);
    expect(t).toContain(squash('<script>alert("x")</script></td></tr></table>'));
    expect(t).toContain('第1段');
    expect(t).toContain('第60段');
    const empty: EightDReportData = {
      ...REPORT,
      photos: [],
      eightD: { report: { ...rep, customerDescription: '', what: '', approvedBy: '', approvedAt: null, closedAt: null }, members: [], containment: [], causes: [], correctives: [], prevention: [], checks: [] },
    };
    const g = await toPdf('eightD-empty', renderForm('eightD', { report: empty, language: 'zh-CN', bilingual: true }, ONE, A4).html);
    expect(g.pages).toBeGreaterThanOrEqual(1);
    expect(g.pages).toBeLessThanOrEqual(3);
    expect(g.images).toHaveLength(0);
    expect(squash(g.text)).toContain('D8批准、表彰与结案');
  });
});
