// Property: random schedules of edits, pushes, pulls, crashes and duplicate
// deliveries across 3–6 simulated PCs (real renderer/db on fake-indexeddb,
// real services on a temp folder) converge to one digest, and every write
// the share acknowledged is on every PC.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake } from '../renderer-db/helpers';
import { makePc, T0, type Pc } from './pcs';
import { folderBackend, type ShareBackend } from './share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

type Cmd =
  | { t: 'create'; pc: number }
  | { t: 'edit'; pc: number; pick: number; field: 'quantityDefective' | 'lotNumber'; value: number }
  | { t: 'remove'; pc: number; pick: number }
  | { t: 'round'; pc: number }
  | { t: 'pushLostAck'; pc: number }
  | { t: 'pullCrash'; pc: number }
  | { t: 'duplicate'; pc: number; from: number }
  | { t: 'tick'; pc: number; ms: number };

const cmd = (pcs: number): fc.Arbitrary<Cmd> => {
  const pc = fc.integer({ min: 0, max: pcs - 1 });
  return fc.oneof(
    fc.record({ t: fc.constant('create' as const), pc }),
    fc.record({ t: fc.constant('edit' as const), pc, pick: fc.nat(), field: fc.constantFrom('quantityDefective' as const, 'lotNumber' as const), value: fc.integer({ min: 0, max: 50 }) }),
    fc.record({ t: fc.constant('remove' as const), pc, pick: fc.nat() }),
    fc.record({ t: fc.constant('round' as const), pc }),
    fc.record({ t: fc.constant('pushLostAck' as const), pc }),
    fc.record({ t: fc.constant('pullCrash' as const), pc }),
    fc.record({ t: fc.constant('duplicate' as const), pc, from: fc.integer({ min: 0, max: pcs - 1 }) }),
    fc.record({ t: fc.constant('tick' as const), pc, ms: fc.integer({ min: 0, max: 5000 }) }),
  );
};

const schedule = fc.integer({ min: 3, max: 6 }).chain((n) => fc.tuple(fc.constant(n), fc.array(cmd(n), { minLength: 5, maxLength: 30 })));

async function run(n: number, cmds: Cmd[]): Promise<void> {
  const dir = await folder.fresh();
  const pcs: Pc[] = [];
  for (let i = 0; i < n; i++) pcs.push(await makePc(`p${i}`, dir, { station: `S${i}`, clock: { now: T0 + i * 7 } }));
  const acknowledged = new Set<string>();
  const round = async (pc: Pc) => {
    const pending = await pc.sync.pendingOps(100_000);
    await pc.round();
    const left = new Set((await pc.sync.pendingOps(100_000)).map((o) => o.id));
    for (const op of pending) if (!left.has(op.id)) acknowledged.add(op.id);
  };
  for (const c of cmds) {
    const pc = pcs[c.pc]!;
    pc.clock.now += 1000;
    const live = (await pc.repos.cases.listAll()).map((r) => r.id).sort();
    switch (c.t) {
      case 'create':
        await pc.repos.cases.create(intake());
        break;
      case 'edit':
        if (live.length) await pc.repos.cases.update(live[c.pick % live.length]!, c.field === 'lotNumber' ? { lotNumber: `L${c.value}` } : { quantityDefective: c.value });
        break;
      case 'remove':
        if (live.length) await pc.repos.cases.remove(live[c.pick % live.length]!);
        break;
      case 'round':
        await round(pc);
        break;
      case 'pushLostAck': {
        // the segment lands, but the PC never hears back (share lost after the rename)
        await round(pc); // joined first
        await pc.repos.cases.create(intake({ customerName: '丢失确认' }));
        const ops = await pc.sync.pendingOps(1000);
        await pc.service.syncPush({ ops, cursors: await pc.sync.cursors(), lastHlc: null });
        break;
      }
      case 'pullCrash':
        await round(pc);
        await pc.service.syncPull({ cursors: {}, limit: 10 }); // read, then crash before applying: nothing moves
        break;
      case 'duplicate': {
        const other = pcs[c.from]!;
        const theirs = (await other.db.ops.toArray()).filter((o) => o.published === 1);
        await pc.sync.applyRemote(theirs, {}, { now: pc.clock.now }); // the PC's clock: without it the merge read today's date
        break;
      }
      case 'tick':
        pc.clock.now += c.ms;
        break;
    }
  }
  for (let i = 0; i < 3; i++) for (const pc of pcs) await round(pc);
  const digests = await Promise.all(pcs.map((p) => p.sync.digest()));
  expect(new Set(digests).size).toBe(1);
  for (const pc of pcs) {
    const held = await pc.db.ops.bulkGet([...acknowledged]);
    expect(held.every(Boolean)).toBe(true);
    expect(await pc.sync.pendingCount()).toBe(0);
  }
}

describe('convergence (property)', () => {
  it('random schedules across 3–6 PCs converge and lose no acknowledged write', async () => {
    await fc.assert(fc.asyncProperty(schedule, ([n, cmds]) => run(n, cmds)), { numRuns: 12, endOnFailure: true });
  }, 300_000);
});
