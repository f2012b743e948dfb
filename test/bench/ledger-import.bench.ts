// Ledger import benchmark (issue 18.2): a 10,000-row 台账 workbook — one
// sheet per month, a 汇总 sheet and a 合计 row to skip, dates in several
// styles, customers unknown to the master data — brought into an empty desk
// through the wizard in chromium (web host), as a clerk does it. Measures
// reading the file, the dry run, and from 确认导入 to the wizard's result and
// to every row shown in the ledger (target ≤ 20 s), with the main thread's
// long tasks meanwhile. Prints figures; asserts nothing.
// BENCH_IMPORT_ROWS=500 for a smoke run.
import { benchDesk, launchBenchChromium, rpc } from './bench-browser';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost } from '../e2e/web-host';
import type { WriteContext } from '../../renderer/db/types';
import { BENCH_PASSWORD } from './bench-ops';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const TARGET_MS = 20_000;

interface SeedWindow {
  __deskBench: { seed(dbName: string, context: Omit<WriteContext, 'now'>, count: number): Promise<{ clerkId: string }> };
}

const DATE_STYLES = [(m: number, d: number) => `2019-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, (m: number, d: number) => `2019/${m}/${d}`, (m: number, d: number) => `2019年${m}月${d}日`, (m: number, d: number) => new Date(Date.UTC(2019, m - 1, d))];

/** The office's 2019 台账: `rows` complaints over twelve month sheets, every `openEvery`-th still open (0: all closed). */
export async function ledgerWorkbook(rows: number, openEvery = 3): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const perMonth = Math.ceil(rows / 12);
  let n = 0;
  for (let m = 1; m <= 12 && n < rows; m++) {
    const ws = wb.addWorksheet(`${m}月`);
    ws.addRow(['原投诉编号', '投诉日期', '客户名称', '型号', '料号', '批号', '不良现象', '交货数', '不良数', '责任部门', '状态', '结案日期']);
    let monthDefective = 0;
    for (let i = 0; i < perMonth && n < rows; i++, n++) {
      const day = 1 + (i % 28);
      const closed = openEvery === 0 || n % openEvery !== 0;
      const defective = 1 + (n % 40);
      monthDefective += defective;
      ws.addRow([`KS-2019-${String(n).padStart(5, '0')}`, DATE_STYLES[n % DATE_STYLES.length]!(m, day), `客户${n % 120}电器有限公司`, `QX-${n % 80}`, `P-${1000 + (n % 400)}`, `L19${String(m).padStart(2, '0')}-${i % 30}`, ['划伤', '不通电', '毛刺', '色差', '异响'][n % 5], 1000 + (n % 9000), defective, ['品质部', '生产部', '采购部'][n % 3], closed ? '已结案' : '处理中', closed ? `2019-${String(m).padStart(2, '0')}-28` : '']);
    }
    ws.addRow(['合计', '', '', '', '', '', '', '', monthDefective]);
  }
  const summary = wb.addWorksheet('汇总');
  summary.addRow(['月份', '件数']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function runLedgerImportBench(): Promise<Record<string, unknown>> {
  const bundle = await build({ entryPoints: ['test/bench/page-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser' });
  const workbook = await ledgerWorkbook(ROWS);
  const host = await startWebHost();
  const userDataDir = await mkdtemp(join(tmpdir(), 'desk-bench-import-'));
  const browserContext = await launchBenchChromium(userDataDir);
  try {
    const { base, token, dbName, context } = await benchDesk(host.url);
    const page = await browserContext.newPage();
    // The clerk who imports (an empty desk otherwise), made from a page of the same origin where the app is not running.
    await page.goto(`${base}bench-seed-page`);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const { clerkId } = await page.evaluate(([name, ctx]) => (window as unknown as SeedWindow).__deskBench.seed(name, ctx, 0), [dbName, context] as const);
    await rpc(base, token, 'settings:update', { currentClerkId: clerkId });

    await page.goto(host.url);
    await page.locator('input[name="password"]').fill(BENCH_PASSWORD, { timeout: 120_000 });
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('navigation').getByRole('link', { name: '台账' }).click();
    await page.evaluate(`(() => { window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' }); })()`);

    await page.getByTestId('ledger-import').click();
    const reading = Date.now();
    await page.getByTestId('ledger-import-file').setInputFiles({ name: '2019年客诉台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    await page.getByTestId('ledger-import-dry-run').waitFor({ timeout: 120_000 });
    const readMs = Date.now() - reading;
    const planning = Date.now();
    await page.getByTestId('ledger-import-dry-run').click();
    await page.getByTestId('import-counts').waitFor({ timeout: 120_000 });
    const dryRunMs = Date.now() - planning;
    const counts = await page.getByTestId('import-counts').textContent();
    const tasksBefore = await page.evaluate<number>('window.__longTasks.length');

    const confirmed = Date.now();
    await page.getByTestId('ledger-import-confirm').click();
    await page.getByTestId('ledger-import-result').waitFor({ timeout: 300_000 });
    const writtenMs = Date.now() - confirmed;
    const result = await page.getByTestId('ledger-import-result').textContent();
    await page.getByRole('button', { name: '关闭' }).click();
    await page.waitForFunction(
      (expected) => (document.querySelector('[data-testid="ledger-count"]')?.textContent ?? '').replace(/[,.\s]/g, '').includes(String(expected)),
      ROWS,
      { timeout: 120_000 },
    );
    const allInLedgerMs = Date.now() - confirmed;
    const tasks = (await page.evaluate<number[]>('window.__longTasks')).slice(tasksBefore);
    return {
      rows: ROWS,
      workbookBytes: workbook.byteLength,
      readMs,
      dryRunMs,
      counts,
      confirmToResultMs: writtenMs,
      confirmToAllRowsInLedgerMs: allInLedgerMs,
      result,
      longTasksAfterConfirmMs: { count: tasks.length, longest: Math.max(0, ...tasks), total: tasks.reduce((a, b) => a + b, 0) },
      targetMs: TARGET_MS,
    };
  } finally {
    await browserContext.close();
    await host.stop();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
