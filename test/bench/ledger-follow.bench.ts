// The ledger following a sync round (issue 11): 10 cases changed by a merge
// are patched into a ledger of 100,000 rows through the change feed's one
// path (ledger store apply), against what a round cost before — reloading
// every row (replacing the store's whole list). Main-thread work of the
// store only, in Node; the rows of the 10 cases are read by id (a bulkGet of
// 10, asynchronous in the browser). Target: ≤ 50 ms per round.
import { createLedgerStore } from '../../renderer/state/ledger-store';
import { makeRow } from '../unit/renderer/state/rows';
import { timeRuns } from './timing';

const ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 100_000);
const CHANGED = 10;

export async function runLedgerFollowBench(): Promise<Record<string, unknown>> {
  const all = Array.from({ length: ROWS }, (_, i) => makeRow(i));
  const store = createLedgerStore(() => Date.UTC(2026, 10, 23));
  await store.getState().load({ cases: { listRecent: () => Promise.resolve(all.slice(0, 200)), listAll: () => Promise.resolve(all) } });
  let round = 0;
  const patch = await timeRuns(20, () => {
    round++;
    const rows = Array.from({ length: CHANGED }, (_, k) => makeRow((round * 7919 + k * 104_729) % ROWS, { lotNumber: `R${round}-${k}` }));
    store.getState().apply(rows);
    return Promise.resolve();
  }, { cpu: true });
  const reload = await timeRuns(3, () => store.getState().load({ cases: { listRecent: () => Promise.resolve(all.slice(0, 200)), listAll: () => Promise.resolve(all) } }), { cpu: true });
  return { rows: ROWS, changedPerRound: CHANGED, patchPerRound: patch, reloadAllRowsBefore: reload, targetMs: 50 };
}
