// Printing benchmark: a complaint form (A4, three copies) and a return label
// (100×150 mm) from view model to PDF in chromium, the web host's engine.
// Median of N runs after one warm-up (the browser launch is not counted).
// Targets (issue 5): form ≤ 500 ms, label ≤ 300 ms. Reports, never fails.
import { createChromiumPdfEngine } from '../../electron/services/print/chromium-engine';
import { renderForm } from '../../shared/forms';
import { A4, CTX, DATA, LABEL } from '../unit/shared/forms/fixtures';
import { timeRuns } from './timing';

const RUNS = Number(process.env.BENCH_PRINT_RUNS ?? 15);

export async function runPrintBench(): Promise<Record<string, unknown>> {
  const engine = createChromiumPdfEngine();
  try {
    const form = await timeRuns(RUNS, () => engine.renderPdf(renderForm('complaint', DATA.complaint, { ...CTX, copies: ['第一联 品质部存', '第二联 客服部存', '第三联 仓储科存'] }, A4).html, A4));
    const label = await timeRuns(RUNS, () => engine.renderPdf(renderForm('returnLabel', DATA.returnLabel, { ...CTX, copies: [] }, LABEL).html, LABEL));
    return { runs: RUNS, complaintFormToPdf: { ...form, targetMs: 500 }, returnLabelToPdf: { ...label, targetMs: 300 } };
  } finally {
    await engine.close();
  }
}
