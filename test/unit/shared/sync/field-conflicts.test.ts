// Conflicts of one field (shared/sync/merge.ts): a losing value is a conflict
// when it came from another PC than the winner's, differs, and nobody replaced
// it knowingly; a snapshot keeps exactly what a joining PC needs to list the
// same conflicts as the PCs that read the whole log — also when one write
// carries several fields and only some of them are superseded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WireOp } from '../../../../shared/sync/codec';
import { fieldConflicts, SnapshotFold } from '../../../../shared/sync/merge';
import { changesOf, type FieldChange, type JsonValue, type OpRef } from '../../../../shared/sync/op';

let n = 0;
const hlcAt = (wall: number) => `${String(wall).padStart(15, '0')}-0000`;
const ref = (o: OpRef): OpRef => ({ hlc: o.hlc, deviceId: o.deviceId, id: o.id });

/** One field change of the case c1's lot number. */
function change(device: string, wall: number, value: JsonValue, base: OpRef | null): FieldChange {
  const id = `op-${String(++n).padStart(4, '0')}`;
  return { id, hlc: hlcAt(wall), deviceId: device, user: device, entity: 'case', entityId: 'c1', field: 'lotNumber', value, base: base && ref(base), schemaVersion: 2 };
}

/** One write of case c1: its fields, and per field the op the writer held. */
function write(device: string, wall: number, fields: Record<string, JsonValue>, bases: Record<string, OpRef | null>): WireOp {
  const id = `op-${String(++n).padStart(4, '0')}`;
  const held = Object.fromEntries(Object.entries(bases).flatMap(([f, b]) => (b ? [[f, ref(b)]] : [])));
  return { id, hlc: hlcAt(wall), deviceId: device, user: device, entity: 'case', entityId: 'c1', fields, ...(Object.keys(held).length ? { bases: held } : {}), schemaVersion: 2 };
}

const ofField = (ops: readonly WireOp[], field: string) => ops.flatMap(changesOf).filter((c) => c.field === field);

describe('fieldConflicts', () => {
  it('concurrent edits: the loser is a conflict; a sequential edit is not', () => {
    const c = change('a', 1, 'L0', null);
    const b = change('b', 2, 'L1', c);
    const w = change('c', 3, 'L2', c);
    expect(fieldConflicts([c, b, w]).losers.map((x) => x.value)).toEqual(['L1']);
    // Bases order by (HLC, device, id): c's next edit, based on L2 (newer than L1), settles L1 too.
    const after = change('c', 4, 'L3', w);
    expect(fieldConflicts([c, b, w, after]).losers).toEqual([]);
  });

  it('a value replaced knowingly is not brought back by a later concurrent edit', () => {
    const c = change('a', 1, 'L0', null);
    const l = change('a', 2, 'L1', c);
    const o = change('b', 3, 'L2', l); // b saw L1 and replaced it
    const w = change('c', 4, 'L3', c); // c saw neither
    expect(fieldConflicts([c, l, o, w]).losers.map((x) => x.value)).toEqual(['L2']);
  });

  it('two writes of several fields each: different fields are both kept, the same field has one winner and one conflict', () => {
    const created = write('a', 1, { lotNumber: 'L0', customerName: '甲', contactPerson: '王' }, {});
    const fromA = write('a', 2, { lotNumber: 'LA', customerName: '甲公司' }, { lotNumber: created, customerName: created });
    const fromB = write('b', 3, { lotNumber: 'LB', contactPerson: '赵' }, { lotNumber: created, contactPerson: created });
    const all = [created, fromA, fromB];
    expect(fieldConflicts(ofField(all, 'customerName')).winner?.value).toBe('甲公司');
    expect(fieldConflicts(ofField(all, 'contactPerson')).winner?.value).toBe('赵');
    expect(fieldConflicts(ofField(all, 'customerName')).losers).toEqual([]);
    const lot = fieldConflicts(ofField(all, 'lotNumber'));
    expect(lot.winner?.value).toBe('LB');
    expect(lot.losers.map((x) => [x.id, x.field, x.value])).toEqual([[fromA.id, 'lotNumber', 'LA']]);
  });
});

describe('SnapshotFold', () => {
  it('keeps of a write only the fields still needed, and drops a write whose fields were all replaced knowingly', () => {
    const created = write('a', 1, { lotNumber: 'L0', customerName: '甲' }, {});
    const edit = write('a', 2, { lotNumber: 'L1' }, { lotNumber: created });
    const folded = new SnapshotFold().add([created, edit]).ops();
    expect(folded.map((o) => [o.id, o.fields])).toEqual([
      [created.id, { customerName: '甲' }],
      [edit.id, { lotNumber: 'L1' }],
    ]);
    expect(folded[1]!.bases).toEqual({ lotNumber: ref(created) });
    const again = write('a', 3, { lotNumber: 'L2', customerName: '乙' }, { lotNumber: edit, customerName: created });
    expect(new SnapshotFold().add([created, edit, again]).ops().map((o) => o.id)).toEqual([again.id]);
  });

  it('a PC joining from a snapshot lists the same winners and conflicts of every field, whatever arrives after it', () => {
    const devices = ['a', 'b', 'c'];
    const names = ['lotNumber', 'customerName', 'contactPerson'];
    const aWrite = fc.record({
      device: fc.constantFrom(...devices),
      value: fc.integer({ min: 0, max: 3 }),
      fields: fc.subarray(names, { minLength: 1 }),
      sees: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(aWrite, { minLength: 1, maxLength: 12 }), fc.nat(), (writes, cut) => {
        const ops: WireOp[] = [];
        writes.forEach((w, i) => {
          const fields: Record<string, JsonValue> = {};
          const bases: Record<string, OpRef | null> = {};
          for (const f of w.fields) {
            fields[f] = `${f}-${w.value}`;
            const holding = ops.filter((o) => f in o.fields);
            bases[f] = holding.length ? holding[w.sees % holding.length]! : null; // the op this writer held for f (any earlier one)
          }
          ops.push(write(w.device, 10 + i, fields, bases));
        });
        const at = cut % (ops.length + 1);
        const snapshot = new SnapshotFold().add(ops.slice(0, at)).ops();
        const joiner = [...snapshot, ...ops.slice(at)];
        const ids = (list: FieldChange[]) => list.map((x) => x.id);
        for (const f of names) {
          const full = fieldConflicts(ofField(ops, f));
          const joined = fieldConflicts(ofField(joiner, f));
          expect(joined.winner?.id).toBe(full.winner?.id);
          expect(joined.winner?.value).toBe(full.winner?.value);
          expect(ids(joined.losers)).toEqual(ids(full.losers));
        }
      }),
      { numRuns: 500 },
    );
  });
});
