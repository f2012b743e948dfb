// Archive benchmark (issue 20.6): 5,000 cases closed in 2019 (one file's
// cap, MAX_ARCHIVE_CASES) imported into a desk in chromium, then archived:
// collect every record and op, pack, hand over to the folder, read back and
// verify, record the batch; then the confirmation removes them all in one
// transaction. Also times existingForImport (the import's dry run reads
// every stored case). Prints figures; asserts nothing.
// BENCH_ARCHIVE_CASES=300 for a smoke run.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost } from '../e2e/web-host';
import type { WriteContext } from '../../renderer/db/types';
import { benchDesk, launchBenchChromium } from './bench-browser';
import { ledgerWorkbook } from './ledger-import.bench';

const CASES = Number(process.env.BENCH_ARCHIVE_CASES ?? 5_000);

interface ArchiveWindow {
  __deskArchiveBench: { run(dbName: string, context: Omit<WriteContext, 'now'>, workbookBase64: string): Promise<Record<string, unknown>> };
}

export async function runArchiveBench(): Promise<Record<string, unknown>> {
  const script = (await build({ entryPoints: ['test/bench/archive-page-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser' })).outputFiles[0]!.text;
  const workbook = (await ledgerWorkbook(CASES, 0)).toString('base64');
  const host = await startWebHost();
  const userDataDir = await mkdtemp(join(tmpdir(), 'desk-bench-archive-'));
  const browserContext = await launchBenchChromium(userDataDir);
  try {
    const { base, dbName, context } = await benchDesk(host.url);
    const page = await browserContext.newPage();
    await page.goto(`${base}bench-seed-page`);
    await page.addScriptTag({ content: script });
    const figures = await page.evaluate(([name, ctx, bytes]) => (window as unknown as ArchiveWindow).__deskArchiveBench.run(name, ctx, bytes), [dbName, context, workbook] as const);
    return { cases: CASES, ...figures };
  } finally {
    await browserContext.close();
    await host.stop();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
