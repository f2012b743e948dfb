// Bundled by the journal benchmark and injected into a page of the web host's
// origin: times single case saves through the real repositories with and
// without the durable journal (the JournalQueue posting journal:append to the
// host, which fdatasyncs before answering), alternating, on one database.
import { createRepositories, JournalQueue, openDeskDatabase } from '../../renderer/db';
import type { WriteContext } from '../../renderer/db/types';
import { createWebClient } from '../../renderer/platform/webClient';
import { emptyIntake } from '../../shared/domain/case';
import { writeOps } from './bench-ops';

function intakeFor(i: number) {
  return {
    ...emptyIntake(new Date(Date.now() - 60_000).toISOString()),
    customerName: `基准客户 ${i}`,
    productModel: 'QX-200',
    partNumber: `P-${100000 + i}`,
    lotNumber: `L${2600 + i}`,
    quantityDelivered: 1000,
    quantityInspected: 200,
    quantityDefective: i % 40,
    defectDescription: `外观不良：划痕与色差 (#${i})`,
    customerRequests: ['return' as const],
  };
}

async function timeSaves(dbName: string, context: Omit<WriteContext, 'now'>, token: string, rounds: number, perRound: number) {
  const db = await openDeskDatabase(dbName);
  const api = createWebClient(() => token);
  const queue = new JournalQueue(async (writes) => {
    await api.journalAppend({ identity: { databaseName: dbName, deviceId: context.deviceId, clerk: null }, writes });
  });
  const ctx = () => ({ ...context, now: () => Date.now() });
  const plain = createRepositories(db, ctx);
  const journaled = createRepositories(db, ctx, queue);
  const times = { plain: [] as number[], journaled: [] as number[] };
  let i = 0;
  for (const warm of [plain, journaled]) await warm.cases.create(intakeFor(i++));
  for (let r = 0; r < rounds; r++) {
    for (const [name, repos] of [['plain', plain], ['journaled', journaled]] as const) {
      for (let k = 0; k < perRound; k++) {
        const t0 = performance.now();
        await repos.cases.create(intakeFor(i++));
        times[name].push(performance.now() - t0);
      }
    }
  }
  // The journal call alone, as the renderer makes it (fetch + zod + host append + fdatasync).
  const call: number[] = [];
  for (let k = 0; k < perRound * 2; k++) {
    const ops = writeOps(context.deviceId, '基准测试', k);
    const t0 = performance.now();
    await api.journalAppend({ identity: { databaseName: dbName, deviceId: context.deviceId, clerk: null }, writes: [{ id: `bench-${k}`, part: 0, parts: 1, ops, serials: {} }] });
    call.push(performance.now() - t0);
  }
  db.close();
  return { ...times, call };
}

(window as unknown as { __deskJournalBench: { timeSaves: typeof timeSaves } }).__deskJournalBench = { timeSaves };
