// `npm run bench`: runs every benchmark and prints its figures as JSON.
// Benchmarks measure and report; they do not pass or fail.
import { runLedgerBench } from './ledger.bench';
import { runPrintBench } from './print.bench';
import { runSyncBench } from './sync.bench';

const figures: Record<string, unknown> = {};
figures.ledger = await runLedgerBench();
figures.print = await runPrintBench();
figures.sync = await runSyncBench();
console.log(JSON.stringify(figures, null, 2));
