// What the durable journal costs per save (issue 11, item 8): case saves
// through the real repositories in Debian's chromium against the web host,
// with and without waiting for journal:append (the host appends the write's
// ops and fdatasyncs before it answers), alternating in rounds so a busy
// machine weighs on both alike; plus the journal call alone from the page,
// and the host's append + fdatasync alone (the journal service in Node, on
// the same disk as the profile).
import { benchDesk, launchBenchChromium } from './bench-browser';
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { WriteContext } from '../../renderer/db/types';
import { silentLogger } from '../../electron/services/errors';
import { createJournalService } from '../../electron/services/journal/journal-service';
import { startWebHost } from '../e2e/web-host';
import { writeOps } from './bench-ops';

const ROUNDS = Number(process.env.BENCH_JOURNAL_ROUNDS ?? 6);
const PER_ROUND = 20;

interface JournalBenchWindow {
  __deskJournalBench: {
    timeSaves(dbName: string, context: Omit<WriteContext, 'now'>, token: string, rounds: number, perRound: number): Promise<{ plain: number[]; journaled: number[]; call: number[] }>;
  };
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { n: sorted.length, median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]!) };
}

async function hostAppend(): Promise<ReturnType<typeof stats>> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-bench-journal-'));
  const journal = createJournalService({ dir, logger: silentLogger });
  const times: number[] = [];
  try {
    for (let k = 0; k < 200; k++) {
      const ops = writeOps('dev', 'u', k);
      const t0 = performance.now();
      await journal.append({ identity: { databaseName: 'bench', deviceId: 'dev', clerk: null }, writes: [{ id: `w-${k}`, part: 0, parts: 1, ops, serials: {} }] });
      times.push(performance.now() - t0);
    }
  } finally {
    await journal.close();
    await rm(dir, { recursive: true, force: true });
  }
  return stats(times.slice(10));
}

export async function runJournalBench(): Promise<Record<string, unknown>> {
  const script = (await build({ entryPoints: ['test/bench/journal-page-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser' })).outputFiles[0]!.text;
  const host = await startWebHost();
  const userDataDir = await mkdtemp(join(tmpdir(), 'desk-bench-chromium-'));
  const browserContext = await launchBenchChromium(userDataDir);
  try {
    const { base, token, dbName, context } = await benchDesk(host.url);
    const page = await browserContext.newPage();
    await page.goto(`${base}bench-journal-page`);
    await page.addScriptTag({ content: script });
    const t = await page.evaluate(
      ([name, ctx, tok, rounds, per]) => (window as unknown as JournalBenchWindow).__deskJournalBench.timeSaves(name, ctx, tok, rounds, per),
      [dbName, context, token, ROUNDS, PER_ROUND] as const,
    );
    const plain = stats(t.plain);
    const journaled = stats(t.journaled);
    return {
      savePlainMs: plain,
      saveJournaledMs: journaled,
      extraPerSaveMedianMs: Math.round((journaled.median - plain.median) * 10) / 10,
      journalCallFromPageMs: stats(t.call),
      hostAppendFdatasyncMs: await hostAppend(),
      note: 'one save = one new case (≈20 ops); alternating rounds of plain / journaled saves on one database',
    };
  } finally {
    await browserContext.close();
    await host.stop();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
