// Bundled by the benchmark and injected into the running app's page (same
// origin, so the same IndexedDB): seeds cases through the real repositories
// and times single saves.
import { explained } from './page-errors';
import { createRepositories, openDeskDatabase } from '../../renderer/db';
import type { WriteContext } from '../../renderer/db/types';
import type { CaseIntake } from '../../shared/domain/case';
import { BENCH_PASSWORD, intakeFor } from './bench-ops';
import { PENDING_DISPLAY_CAP } from '../../renderer/state/pending-ops';

/** The context crosses into the page as JSON: the page's clock is added here. */
type PageContext = Omit<WriteContext, 'now'>;

async function open(dbName: string, pageContext: PageContext) {
  const context: WriteContext = { ...pageContext, now: () => Date.now() };
  const db = await openDeskDatabase(dbName);
  return { db, repos: createRepositories(db, () => context) };
}

async function seed(dbName: string, context: PageContext, count: number) {
  const { db, repos } = await open(dbName, context);
  const clerk = await repos.clerks.createFirst({ name: context.user, department: '' }, BENCH_PASSWORD);
  const started = performance.now();
  const intakes: CaseIntake[] = [];
  for (let i = 0; i < count; i++) intakes.push(intakeFor(i));
  // One import, as the Excel import will do it: a transaction per chunk, its progress on the bench's stderr.
  let reported = 0;
  await repos.cases.importMany(intakes, {
    onProgress: ({ chunksDone, chunks, rowsWritten, total }) => {
      if (rowsWritten - reported < 5000 && rowsWritten < total) return;
      reported = rowsWritten;
      console.log(`bench seed: ${rowsWritten} of ${total} cases (chunk ${chunksDone} of ${chunks}), ${((performance.now() - started) / 1000).toFixed(0)} s`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { clerkId: clerk.id, seconds };
}

async function timeSaves(dbName: string, context: PageContext, count: number) {
  const { db, repos } = await open(dbName, context);
  const saves: number[] = [];
  const strictCommits: number[] = [];
  for (let i = 0; i < count; i++) {
    const intake = { ...intakeFor(900000 + i), receivedAt: new Date(Date.now() - 60_000).toISOString() };
    let started = performance.now();
    await repos.cases.create(intake);
    saves.push(performance.now() - started);
    // The floor of any save: one strict-durability transaction that writes one small row (a flush to disk).
    started = performance.now();
    await db.transaction('rw', db.meta, () => db.meta.put({ key: 'bench:commit', value: i }));
    strictCommits.push(performance.now() - started);
  }
  await db.meta.delete('bench:commit');
  db.close();
  return { saves, strictCommits };
}

/** Live cases in the store (the ledger's total once every row is loaded). */
async function countCases(dbName: string, context: PageContext) {
  const { db, repos } = await open(dbName, context);
  const count = await repos.cases.count();
  db.close();
  return count;
}

/** Times the reads the app makes when it opens, straight on the repositories (no React, no app). */
async function timeReads(dbName: string, context: PageContext) {
  const { db, repos } = await open(dbName, context);
  const time = async (read: () => Promise<unknown>) => {
    const started = performance.now();
    await read();
    return Math.round(performance.now() - started);
  };
  const figures = {
    listRecent200Ms: await time(() => repos.cases.listRecent(200)),
    listAllMs: await time(() => repos.cases.listAll()),
    pendingOpCountMs: await time(() => repos.pendingOpCount()),
    pendingOpCountStatusBarMs: await time(() => repos.pendingOpCount(PENDING_DISPLAY_CAP)),
  };
  db.close();
  return figures;
}


(window as unknown as Record<string, unknown>).__deskBench = { seed: explained(seed), timeSaves: explained(timeSaves), timeReads: explained(timeReads), countCases: explained(countCases) };
