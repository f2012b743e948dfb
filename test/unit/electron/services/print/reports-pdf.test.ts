/**
 * The office's reports rendered to PDF in chromium (the web host's engine)
 * and read back with poppler: the monthly report on A4 landscape with its
 * figures, a chart drawn by ECharts as SVG (its labels are text in the PDF),
 * the open cases and the sign-off boxes; the 品质履历表 with a photo.
 * Previews in test-results/print-previews/.
 */
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderForm, type FormContext, type Paper } from '../../../../../shared/forms';
import { pareto } from '../../../../../shared/domain/statistics/pareto';
import { encodeBase64 } from '../../../../../shared/base64';
import { chromiumExecutable, createChromiumPdfEngine } from '../../../../../electron/services/print/chromium-engine';
import { paretoOption } from '../../../../../renderer/features/statistics/charts/chartOptions';
import { chartSvgDataUrl } from '../../../../../renderer/features/statistics/charts/chartSvg';
import { CTX } from '../../../shared/forms/fixtures';
import { monthlyReport, qualityHistory } from '../../../shared/forms/report-fixtures';
import { expectPageSize, readPdf, squash } from './pdf-facts';

vi.setConfig({ testTimeout: 120_000 });
const hasChromium = chromiumExecutable() !== undefined;
const engine = createChromiumPdfEngine();
afterAll(() => engine.close());
const LANDSCAPE: Paper = { kind: 'a4', orientation: 'landscape' };

function photo(w: number, h: number): string {
  const png = new PNG({ width: w, height: h });
  for (let i = 0; i < w * h; i++) png.data.set([(i % w) * 2, 90, 160, 255], i * 4);
  return `data:image/png;base64,${encodeBase64(new Uint8Array(PNG.sync.write(png)))}`;
}

describe.skipIf(!hasChromium)('the office reports as PDF in chromium', () => {
  it('monthly report: A4 landscape, figures, a chart with its labels, open cases, page numbers and the sign-off boxes', async () => {
    const chart = chartSvgDataUrl(
      paretoOption(pareto([{ key: 'a', label: '外观不良', count: 6 }, { key: 'b', label: '功能失效', count: 3 }]), (i) => i.label, { count: '件数', cumulative: '累计占比' }),
      640,
      300,
    );
    const ctx: FormContext = { ...CTX, formNumber: 'QR-033', copies: [] };
    const f = readPdf('monthlyReport', await engine.renderPdf(renderForm('monthlyReport', monthlyReport({ charts: [{ title: '不良柏拉图', dataUrl: chart }] }), ctx, LANDSCAPE).html, LANDSCAPE), 'raw');
    expectPageSize(f, 297, 210);
    expect(f.pages).toBeGreaterThanOrEqual(2);
    const t = squash(f.text);
    for (const s of ['客户投诉案件统计表', '2026年11月', 'QR-033', '客诉件数', '57.1%', '按期结案率', '不良柏拉图', '外观不良', '功能失效', '按责任部门', '期末未结4件，其中结案已逾期3件', '2611-A-008', '编制', '审核', '批准', `第1页共${f.pages}页`]) {
      expect(t).toContain(squash(s));
    }
  });

  it('品质履历表: A4 landscape, the complaints in order with the photo embedded', async () => {
    const ctx: FormContext = { ...CTX, formNumber: 'QR-034', copies: [] };
    const f = readPdf('qualityHistory', await engine.renderPdf(renderForm('qualityHistory', qualityHistory(photo(120, 90)), ctx, LANDSCAPE).html, LANDSCAPE), 'raw');
    expectPageSize(f, 297, 210);
    expect(f.pages).toBe(1);
    const t = squash(f.text);
    for (const s of ['品质履历表', 'KX-100', '2611-A-001', '2611-A-014', '模具温度过低', '出货检验未覆盖', '8D20261123001-B', '有效', 'QR-034']) expect(t).toContain(squash(s));
    expect(t.indexOf('2611-A-001')).toBeLessThan(t.indexOf('2611-A-014'));
    expect(f.images).toEqual([{ width: 120, height: 90 }]);
  });
});
