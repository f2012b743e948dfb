// Bundled by the browser join benchmark (join-browser.bench.ts) and injected
// into a page of the web host's origin:
//  - join: a new PC's sync rounds until caught up, as the app runs them — the
//    real sync repository on chromium's IndexedDB, the real sync service
//    behind the web host (createWebClient: sync:join / sync:pull over HTTP);
//  - PouchDB (its browser build, loaded into the page beforehand as
//    window.PouchDB) on the same IndexedDB: the same edits written as
//    revisions into one database, then replicated into a fresh one.
import { explained } from './page-errors';
import { createSyncRepository, openDeskDatabase, type WriteContext } from '../../renderer/db';
import { createWebClient } from '../../renderer/platform/webClient';
import { runSyncRound } from '../../renderer/state/sync-round';
import { deviceEdits } from './bench-ops';

/** The context crosses into the page as JSON: the page's clock is added here. */
type PageContext = Omit<WriteContext, 'now'>;

async function join(dbName: string, token: string, pageContext: PageContext) {
  const context: WriteContext = { ...pageContext, now: () => Date.now() };
  const client = createWebClient(() => token);
  // Time spent waiting on sync:pull (HTTP + the host reading and checking the files), apart from merging into IndexedDB.
  let pullMs = 0;
  let pulls = 0;
  let counting = true;
  const api = {
    ...client,
    syncPull: async (args: Parameters<typeof client.syncPull>[0]) => {
      const started = performance.now();
      try {
        return await client.syncPull(args);
      } finally {
        if (counting) {
          pullMs += performance.now() - started;
          pulls++;
        }
      }
    },
  };
  const db = await openDeskDatabase(dbName);
  const repo = createSyncRepository(db, () => context);
  let t0 = performance.now();
  const joined = await api.syncJoin({});
  await repo.bindShare(joined.shareId);
  const joinCallMs = performance.now() - t0;
  const rounds = [];
  t0 = performance.now();
  // One round pulls batch after batch until it caught up; another round only if the share still reports more.
  for (let r = 0; r < 5; r++) {
    const report = await runSyncRound(db, repo, api, {
      now: () => Date.now(),
      onProgress: (done, remaining) => console.log(`bench join: ${done} applied, ${remaining} to go, ${Math.round(performance.now() - t0)} ms`),
    });
    rounds.push({ applied: report.applied, duplicates: report.duplicates, quarantined: report.quarantined, remaining: report.remaining, snapshot: report.snapshot, errors: report.errors.length });
    if (report.remaining === 0) break;
  }
  const ms = performance.now() - t0;
  counting = false;
  // One more round with nothing new: the fixed cost of a round, apart from the ops.
  t0 = performance.now();
  await runSyncRound(db, repo, api, { now: () => Date.now() });
  const idleRoundMs = performance.now() - t0;
  const opsHeld = await db.ops.count();
  db.close();
  return { ms, joinCallMs, pullMs, pulls, rounds, opsHeld, idleRoundMs };
}

interface PouchDb {
  bulkDocs(docs: Record<string, unknown>[]): Promise<{ id: string; rev?: string; error?: string }[]>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  replicate: { to(target: PouchDb): Promise<{ docs_written: number; ok: boolean }> };
}
interface PouchStatic {
  new (name: string, options: { adapter: string }): PouchDb;
  adapters: Record<string, unknown>;
}

/**
 * PouchDB with `adapter` on this page's IndexedDB: every device's edits
 * written as revisions of one doc per record (each edit a new revision;
 * edits of different records go in one bulkDocs), then the whole database
 * replicated into a fresh one. Returns the replication's time.
 */
async function pouch(adapter: string, devices: number, opsPerDevice: number, runId: string) {
  const PouchDB = (window as unknown as { PouchDB?: PouchStatic }).PouchDB;
  if (!PouchDB) throw new Error('PouchDB is not loaded in the page');
  if (!(adapter in PouchDB.adapters)) throw new Error(`PouchDB adapter ${adapter} is not loaded (have: ${Object.keys(PouchDB.adapters).join(', ')})`);
  const source = new PouchDB(`bench-src-${adapter}-${runId}`, { adapter });
  let seedMs = performance.now();
  let revisions = 0;
  for (let d = 0; d < devices; d++) {
    const docs = new Map<string, Record<string, unknown>>();
    let batch = new Map<string, Record<string, unknown>>();
    const flush = async () => {
      if (batch.size === 0) return;
      const results = await source.bulkDocs([...batch.values()]);
      for (const r of results) {
        if (r.error || !r.rev) throw new Error(`PouchDB bulkDocs: ${r.id}: ${r.error ?? 'no rev'}`);
        docs.set(r.id, { ...batch.get(r.id), _rev: r.rev });
      }
      revisions += results.length;
      batch = new Map();
    };
    for (const edit of deviceEdits(d, opsPerDevice)) {
      if (batch.has(edit.entityId)) await flush();
      batch.set(edit.entityId, { ...(docs.get(edit.entityId) ?? { _id: edit.entityId }), [edit.field]: edit.value });
    }
    await flush();
    if (d % 5 === 4) console.log(`bench pouch ${adapter}: ${d + 1} of ${devices} devices seeded`);
  }
  seedMs = performance.now() - seedMs;
  const target = new PouchDB(`bench-dst-${adapter}-${runId}`, { adapter });
  const t0 = performance.now();
  const result = await source.replicate.to(target);
  const ms = performance.now() - t0;
  const info = await target.info();
  return { ms, seedMs, revisions, docsWritten: result.docs_written, docs: info.doc_count };
}


const requestDone = (request: IDBRequest | IDBTransaction, done: 'onsuccess' | 'oncomplete') =>
  new Promise<void>((resolve, reject) => {
    (request as unknown as Record<string, () => void>)[done] = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

/**
 * The storage floor: what storing the snapshot's ops alone costs in this
 * chromium's IndexedDB, with no library between — one transaction that
 * puts every op into a store keyed and indexed as the desk's ops table
 * ([entity+entityId], hlc, published) and one row per record (its fields'
 * last values) into a plain store, timed from the transaction's start to
 * its commit (the ops arrive parsed: parsing is the read floor's). Median of
 * `runs` runs, each into a fresh database. `opsStored` 'plain': the ops
 * store without its three indexes (what the indexes cost); 'none': only the
 * records (what showing the cases needs at the very least).
 */
async function storageFloor(snapshotText: string, runs: number, opsStored: 'indexed' | 'plain' | 'none') {
  const ops = snapshotText
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((o) => typeof o.entityId === 'string' && typeof o.fields === 'object');
  const records = new Map<string, Record<string, unknown>>();
  for (const op of ops) records.set(op.entityId as string, { ...(records.get(op.entityId as string) ?? { id: op.entityId }), ...(op.fields as Record<string, unknown>) });
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const name = `bench-storage-floor-${run}-${performance.now()}`;
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('ops', { keyPath: 'id' });
      if (opsStored === 'indexed') {
        store.createIndex('[entity+entityId]', ['entity', 'entityId']);
        store.createIndex('hlc', 'hlc');
        store.createIndex('published', 'published');
      }
      open.result.createObjectStore('records', { keyPath: 'id' });
    };
    await requestDone(open, 'onsuccess');
    const db = open.result;
    const t0 = performance.now();
    const tx = db.transaction(['ops', 'records'], 'readwrite');
    const opStore = tx.objectStore('ops');
    const recordStore = tx.objectStore('records');
    if (opsStored !== 'none') for (const op of ops) opStore.put({ ...op, published: 1 });
    for (const record of records.values()) recordStore.put(record);
    await requestDone(tx, 'oncomplete');
    samples.push(performance.now() - t0);
    db.close();
    await requestDone(indexedDB.deleteDatabase(name), 'onsuccess');
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, minMs: samples[0]!, maxMs: samples[samples.length - 1]!, ops: ops.length, records: records.size };
}

(window as unknown as Record<string, unknown>).__deskJoinBench = { join: explained(join), pouch: explained(pouch), storageFloor: explained(storageFloor) };
