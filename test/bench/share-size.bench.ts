// What the share holds for a given number of cases (issue 15, part 5):
// BENCH_SHARE_CASES (1,000) cases created through the real repositories on
// one simulated PC (fake-indexeddb + the real sync service, share-seed.ts
// newPc), each edited 3 times with 1–3 fields changed, every 4th also
// triaged with a return line (lifecycle records); one sync round publishes
// everything to a fresh share folder. Reported, in bytes:
//  - the share after the round: segments (the op log), device file, root;
//  - the snapshot (ShareTransport.writeSnapshot through sync:snapshot: the
//    winning op of every field, and the conflict losers beside it);
//  - after compaction: ShareTransport.compactOwn removes the PC's own
//    segments that the newest snapshot covers and every active PC read past,
//    once they are older than the 7-day grace (graceMs 0 here, as after the
//    grace period); what remains is the snapshot, the device and root files;
//  - all of it per 1,000 cases.
// Nothing compresses segments or snapshots: the bytes on the share are the
// JSON lines themselves.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyLocalState, ShareTransport } from '../../electron/services/sync/share-transport';
import type { CaseIntake } from '../../shared/domain/case';
import { SHARE_DIR } from '../../shared/sync/share-layout';
import { BENCH_T0, intakeFor } from './bench-ops';
import { newPc } from './share-seed';

const CASES = Number(process.env.BENCH_SHARE_CASES ?? 1000);

/** Fields a clerk changes after intake, and the value of the k-th change of case i. */
const EDITS: ((i: number, k: number) => Partial<CaseIntake>)[] = [
  (i, k) => ({ quantityDefective: (i + 7 * (k + 1)) % 40 }),
  (i, k) => ({ lotNumber: `L${2700 + (i % 300)}-${k}` }),
  (i, k) => ({ contactPerson: `联系人${(i + k + 1) % 50}` }),
  (i, k) => ({ defectDescription: `外观不良：划痕与色差，复检 ${k + 1} 次确认 (#${i})` }),
  (i, k) => ({ customerName: `华东电器 ${(i + k + 1) % 997}` }),
  (i, k) => ({ quantityInspected: 200 + 10 * (k + 1) }),
];

/** Files and bytes under `dir` (recursive), by a predicate on the file name. */
async function sizeOf(dir: string, keep: (name: string) => boolean = () => true): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return { files, bytes };
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      const inner = await sizeOf(path, keep);
      files += inner.files;
      bytes += inner.bytes;
    } else if (keep(e.name)) {
      files++;
      bytes += (await stat(path)).size;
    }
  }
  return { files, bytes };
}

async function shareBytes(share: string) {
  const root = join(share, SHARE_DIR);
  const segments = await sizeOf(join(root, 'log'));
  const snapshots = await sizeOf(join(root, 'snap'), (n) => n.endsWith('.snap'));
  const devices = await sizeOf(join(root, 'devices'), (n) => n.endsWith('.json'));
  const rootFile = await sizeOf(root, (n) => n === 'root.json');
  return { segments, snapshots, deviceFiles: devices, rootBytes: rootFile.bytes, totalBytes: segments.bytes + snapshots.bytes + devices.bytes + rootFile.bytes };
}

export async function runShareSizeBench(): Promise<Record<string, unknown>> {
  const share = await mkdtemp(join(tmpdir(), 'desk-bench-size-'));
  const clock = { now: BENCH_T0 + 10 * 86_400_000 };
  const pc = await newPc(share, 'size', { now: () => clock.now });
  try {
    let t = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < CASES; i++) {
      clock.now += 1000;
      ids.push((await pc.repos.cases.create(intakeFor(i))).id);
    }
    const createMs = performance.now() - t;
    const opsAfterCreate = await pc.db.ops.count();

    t = performance.now();
    let fieldChanges = 0;
    for (let k = 0; k < 3; k++) {
      for (let i = 0; i < CASES; i++) {
        clock.now += 1000;
        const fields = 1 + ((i + k) % 3);
        let patch: Partial<CaseIntake> = {};
        for (let f = 0; f < fields; f++) patch = { ...patch, ...EDITS[(i + k * 2 + f) % EDITS.length]!(i, k) };
        await pc.repos.cases.update(ids[i]!, patch);
        fieldChanges += fields;
      }
    }
    let lifecycleCases = 0;
    for (let i = 0; i < CASES; i += 4) {
      clock.now += 1000;
      await pc.repos.lifecycle.update(ids[i]!, { triage: 'production_quality', severity: 'serious', category: 'product_quality' });
      await pc.repos.returns.addLine(ids[i]!, { productModel: 'QX-200', partNumber: `P-${100000 + i}`, lotNumber: `L${2600 + (i % 300)}`, quantityApproved: 10 + (i % 20), reason: '外壳开裂' });
      lifecycleCases++;
    }
    const editMs = performance.now() - t;
    const ops = await pc.db.ops.toArray();
    const byEntity: Record<string, number> = {};
    for (const op of ops) byEntity[op.entity] = (byEntity[op.entity] ?? 0) + 1;

    t = performance.now();
    const round = await pc.round();
    const roundMs = performance.now() - t;
    const published = await shareBytes(share);

    const snap = await pc.service.syncSnapshot({});
    const withSnapshot = await shareBytes(share);
    // Compaction as the scheduled maintenance runs it once the 7-day grace has passed (this PC's own segments only).
    const own = new ShareTransport({ sharePath: share, deviceId: pc.deviceId, fingerprint: 'fp-size', appVersion: '0.1.0', now: () => Date.now() }, emptyLocalState());
    const { removed } = await own.compactOwn({ graceMs: 0 });
    const compacted = await shareBytes(share);

    const per1000 = (bytes: number) => Math.round((bytes * 1000) / CASES);
    return {
      cases: CASES,
      edits: { updates: 3 * CASES, fieldChanges, casesWithLifecycleRecords: lifecycleCases },
      ops: { total: ops.length, afterCreate: opsAfterCreate, byEntity, pushed: round.pushed },
      timeMs: { create: Math.round(createMs), edit: Math.round(editMs), round: Math.round(roundMs) },
      afterRound: { ...published, bytesPerOp: Math.round(published.segments.bytes / Math.max(1, ops.length)) },
      snapshot: { ops: snap.count, bytes: withSnapshot.snapshots.bytes, shareTotalBytes: withSnapshot.totalBytes },
      afterCompaction: { segmentsRemoved: removed.length, ...compacted },
      per1000Cases: {
        segmentsBytes: per1000(published.segments.bytes),
        snapshotBytes: per1000(withSnapshot.snapshots.bytes),
        shareAfterRoundBytes: per1000(published.totalBytes),
        shareAfterCompactionBytes: per1000(compacted.totalBytes),
      },
      note: 'snapshot = ShareTransport.writeSnapshot via sync:snapshot (winner of every field + conflict losers); compaction = ShareTransport.compactOwn (own segments covered by the newest snapshot and read past by every active PC, after the 7-day grace — graceMs 0 here); no compression',
    };
  } finally {
    pc.db.close();
    await rm(share, { recursive: true, force: true });
    await rm(pc.profile, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('share-size.bench.ts')) console.log(JSON.stringify(await runShareSizeBench(), null, 2));
