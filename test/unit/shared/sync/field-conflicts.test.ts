// Conflicts of one field (shared/sync/merge.ts): a losing value is a conflict
// when it came from another PC than the winner's, differs, and nobody replaced
// it knowingly; a snapshot keeps exactly what a joining PC needs to list the
// same conflicts as the PCs that read the whole log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WireOp } from '../../../../shared/sync/codec';
import { fieldConflicts, SnapshotFold } from '../../../../shared/sync/merge';

let n = 0;
function op(device: string, wall: number, value: unknown, base: WireOp | null): WireOp {
  const id = `op-${String(++n).padStart(4, '0')}`;
  return { id, hlc: `${String(wall).padStart(15, '0')}-0000`, deviceId: device, user: device, entity: 'case', entityId: 'c1', field: 'lotNumber', value: value as WireOp['value'], schemaVersion: 1, base: base && { hlc: base.hlc, deviceId: base.deviceId, id: base.id } };
}

describe('fieldConflicts', () => {
  it('concurrent edits: the loser is a conflict; a sequential edit is not', () => {
    const c = op('a', 1, 'L0', null);
    const b = op('b', 2, 'L1', c);
    const w = op('c', 3, 'L2', c);
    expect(fieldConflicts([c, b, w]).losers.map((x) => x.value)).toEqual(['L1']);
    // Bases order by (HLC, device, id): c's next edit, based on L2 (newer than L1), settles L1 too.
    const after = op('c', 4, 'L3', w);
    expect(fieldConflicts([c, b, w, after]).losers).toEqual([]);
  });

  it('a value replaced knowingly is not brought back by a later concurrent edit', () => {
    const c = op('a', 1, 'L0', null);
    const l = op('a', 2, 'L1', c);
    const o = op('b', 3, 'L2', l); // b saw L1 and replaced it
    const w = op('c', 4, 'L3', c); // c saw neither
    expect(fieldConflicts([c, l, o, w]).losers.map((x) => x.value)).toEqual(['L2']);
  });

  it('a PC joining from a snapshot lists the same conflicts, whatever arrives after it', () => {
    const devices = ['a', 'b', 'c'];
    fc.assert(
      fc.property(fc.array(fc.record({ device: fc.constantFrom(...devices), value: fc.integer({ min: 0, max: 3 }), sees: fc.nat() }), { minLength: 1, maxLength: 12 }), fc.nat(), (writes, cut) => {
        const ops: WireOp[] = [];
        writes.forEach((w, i) => {
          const seen = ops.length ? ops[w.sees % ops.length]! : null; // the op this writer held (any earlier one)
          ops.push(op(w.device, 10 + i, w.value, seen));
        });
        const at = cut % (ops.length + 1);
        const snapshot = new SnapshotFold().add(ops.slice(0, at)).ops();
        const joiner = [...snapshot, ...ops.slice(at)];
        const ids = (list: WireOp[]) => list.map((x) => x.id);
        expect(fieldConflicts(joiner).winner?.id).toBe(fieldConflicts(ops).winner?.id);
        expect(ids(fieldConflicts(joiner).losers)).toEqual(ids(fieldConflicts(ops).losers));
      }),
      { numRuns: 500 },
    );
  });
});
