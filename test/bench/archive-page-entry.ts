// Bundled by the archive benchmark (archive.bench.ts) and injected into a
// page of the web host's origin: the real repositories on chromium's
// IndexedDB. Imports the old 台账 (every case closed years ago) through the
// wizard's pure core, then makes the archive file (collect, pack, read back
// and verify against an in-memory folder) and confirms it (the removal: one
// transaction). Times each step.
import { explained } from './page-errors';
import { createRepositories, openDeskDatabase, type WriteContext } from '../../renderer/db';
import { writablePlan } from '../../renderer/db/ledger-import-write';
import { DEFAULT_IMPORT_DEFAULTS } from '../../renderer/features/ledger/import/useLedgerImport';
import { confirmArchive, makeArchive, type ArchiveHost } from '../../renderer/state/retention';
import { decodeBase64, encodeBase64 } from '../../shared/base64';
import { planImport } from '../../shared/workbook/ledger-import/plan';
import { prepareSheets } from '../../shared/workbook/ledger-import/prepare';
import { readLedgerWorkbook } from '../../shared/workbook/ledger-import/read';
import { BENCH_PASSWORD } from './bench-ops';

type PageContext = Omit<WriteContext, 'now'>;

/** The archive folder, in memory: what main's archive-folder.ts answers. */
function memoryFolder(): ArchiveHost {
  const files = new Map<string, Uint8Array>();
  const partial = new Map<string, Uint8Array[]>();
  return {
    put: (args) => {
      const parts = partial.get(args.fileName) ?? [];
      parts.push(decodeBase64(args.data));
      partial.set(args.fileName, parts);
      const received = parts.reduce((n, p) => n + p.length, 0);
      if (received < args.total) return Promise.resolve({ done: false, received, path: null, folder: null });
      const whole = new Uint8Array(received);
      let at = 0;
      for (const p of parts) {
        whole.set(p, at);
        at += p.length;
      }
      files.set(args.fileName, whole);
      partial.delete(args.fileName);
      return Promise.resolve({ done: true, received, path: `memory/${args.fileName}`, folder: 'memory' });
    },
    read: ({ fileName, offset }) => {
      const bytes = files.get(fileName);
      if (!bytes) return Promise.reject(new Error(`${fileName} is not in the folder`));
      return Promise.resolve({ total: bytes.length, data: encodeBase64(bytes.subarray(offset, offset + 512 * 1024)) });
    },
  };
}

async function run(dbName: string, pageContext: PageContext, workbookBase64: string) {
  const context: WriteContext = { ...pageContext, now: () => Date.now() };
  const db = await openDeskDatabase(dbName);
  const repos = createRepositories(db, () => context);
  const clerk = await repos.clerks.createFirst({ name: context.user, department: '' }, BENCH_PASSWORD);
  context.clerkId = clerk.id;
  const time = async <T>(step: () => Promise<T>): Promise<{ ms: number; value: T }> => {
    const started = performance.now();
    const value = await step();
    return { ms: Math.round(performance.now() - started), value };
  };

  const content = await readLedgerWorkbook(decodeBase64(workbookBase64));
  const existing = await time(() => repos.cases.existingForImport());
  const plan = writablePlan(planImport(prepareSheets(content).sheets, { now: new Date(context.now()), year: 2019, defaults: DEFAULT_IMPORT_DEFAULTS, masterEntries: [], existing: existing.value }));
  const imported = await time(() => repos.cases.importLedger(plan));
  const existingAfter = await time(() => repos.cases.existingForImport());

  const host = memoryFolder();
  const app = { version: '0.0.0-bench', deviceId: context.deviceId, stationCode: context.stationCode, clerkId: clerk.id, clerkName: clerk.name, archiveAfterYears: 3, now: context.now() };
  const stages: Record<string, number> = {};
  let stage = 'start';
  let stageStarted = performance.now();
  const made = await time(() =>
    makeArchive({
      repos,
      host,
      app,
      onProgress: (p) => {
        if (p.stage === stage) return;
        stages[stage] = Math.round(performance.now() - stageStarted);
        stage = p.stage;
        stageStarted = performance.now();
      },
    }),
  );
  stages[stage] = Math.round(performance.now() - stageStarted);
  const batch = made.value;
  if (!batch) throw new Error('no case was eligible for the archive');
  const casesBefore = await repos.cases.count();
  const removed = await time(() => confirmArchive(repos, host, batch, BENCH_PASSWORD, '确认归档并移除'));
  const casesAfter = await repos.cases.count();
  db.close();
  return {
    importedCases: imported.value.created,
    importMs: imported.ms,
    existingForImportMs: { empty: existing.ms, afterImport: existingAfter.ms },
    makeArchiveMs: made.ms,
    makeArchiveStagesMs: stages,
    archiveBytes: batch.size,
    archivedCases: batch.caseIds.length,
    records: batch.recordCount,
    ops: batch.opCount,
    confirmAndRemoveMs: removed.ms,
    casesBefore,
    casesAfter,
  };
}

(window as unknown as Record<string, unknown>).__deskArchiveBench = { run: explained(run) };
