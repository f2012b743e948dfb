// `npm run bench`: runs every benchmark and prints its figures as JSON.
// Benchmarks measure and report; they do not pass or fail.
// BENCH_ONLY=ledger,docx runs just the named ones.
import { loadavg } from 'node:os';
import { runArchiveBench } from './archive.bench';
import { runBlobReadBench } from './blob-read.bench';
import { runDocxBench } from './docx.bench';
import { runJoinBrowserBench } from './join-browser.bench';
import { runJournalBench } from './journal.bench';
import { runLedgerBench } from './ledger.bench';
import { runLedgerExportBench } from './ledger-export.bench';
import { runLedgerImportBench } from './ledger-import.bench';
import { runLedgerFollowBench } from './ledger-follow.bench';
import { runPrintBench } from './print.bench';
import { runShareSizeBench } from './share-size.bench';
import { runSignInBench } from './signin.bench';
import { runStatisticsBench } from './statistics.bench';
import { runSyncBench } from './sync.bench';
import { runTypeaheadBench } from './typeahead.bench';

const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  ledger: runLedgerBench,
  ledgerFollow: runLedgerFollowBench,
  print: runPrintBench,
  sync: runSyncBench,
  joinBrowser: runJoinBrowserBench,
  shareSize: runShareSizeBench,
  docx: runDocxBench,
  blob: runBlobReadBench,
  journal: runJournalBench,
  signin: runSignInBench,
  typeahead: runTypeaheadBench,
  statistics: runStatisticsBench,
  ledgerExport: runLedgerExportBench,
  ledgerImport: runLedgerImportBench,
  archive: runArchiveBench,
};
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim()).filter(Boolean);
const unknown = only?.filter((name) => !(name in benches)) ?? [];
if (unknown.length > 0) throw new Error(`BENCH_ONLY names unknown benchmarks: ${unknown.join(', ')} (known: ${Object.keys(benches).join(', ')})`);

const figures: Record<string, unknown> = {};
for (const [name, run] of Object.entries(benches)) {
  if (only && !only.includes(name)) continue;
  // The machine's load while it ran: figures measured on a busy machine are upper bounds.
  const before = loadavg()[0]!;
  figures[name] = { ...(await run()), loadAverage1m: { before: before.toFixed(1), after: loadavg()[0]!.toFixed(1) } };
}
console.log(JSON.stringify(figures, null, 2));
