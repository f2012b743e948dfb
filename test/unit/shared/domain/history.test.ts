import { describe, expect, it } from 'vitest';
import { buildHistory } from '../../../../shared/domain/history';
import { formatHlc } from '../../../../shared/sync/hlc';
import { OP_SCHEMA_VERSION, type JsonValue, type Op } from '../../../../shared/sync/op';

let seq = 0;
function op(wall: number, field: string, value: JsonValue, over: Partial<Op> = {}): Op {
  return write(wall, { [field]: value }, over);
}

/** One write of several fields (a creation writes them all in one op). */
function write(wall: number, fields: Record<string, JsonValue>, over: Partial<Op> = {}): Op {
  seq += 1;
  return {
    id: `op-${String(seq).padStart(4, '0')}`,
    hlc: formatHlc({ wall, counter: 0 }),
    deviceId: 'dev-a',
    user: '张三',
    entity: 'case',
    entityId: 'case-1',
    fields,
    schemaVersion: OP_SCHEMA_VERSION,
    ...over,
  };
}

function creationOps(): Op[] {
  return [write(1000, { customerName: '甲公司', productModel: 'KX-1', deleted: false })];
}

describe('buildHistory', () => {
  it('lists changes newest first with the value before and after', () => {
    const ops = [...creationOps(), op(2000, 'customerName', '乙公司', { user: '李四' }), op(3000, 'customerName', '丙公司')];
    const history = buildHistory(ops);
    expect(history.map((e) => [e.field, e.oldValue, e.newValue, e.user])).toEqual([
      ['customerName', '乙公司', '丙公司', '张三'],
      ['customerName', '甲公司', '乙公司', '李四'],
      ['deleted', undefined, false, '张三'],
      ['productModel', undefined, 'KX-1', '张三'],
      ['customerName', undefined, '甲公司', '张三'],
    ]);
    expect(history[0]?.at).toBe(3000);
  });

  it('marks the fields written at creation', () => {
    const history = buildHistory([...creationOps(), op(2000, 'productModel', 'KX-2')]);
    expect(history.filter((e) => e.creation).map((e) => e.field).sort()).toEqual(['customerName', 'deleted', 'productModel']);
    expect(history[0]).toMatchObject({ field: 'productModel', creation: false, oldValue: 'KX-1', newValue: 'KX-2' });
  });

  it('a change on another PC in the same millisecond as the creation is not a creation entry', () => {
    const history = buildHistory([...creationOps(), op(1000, 'productModel', 'KX-9', { deviceId: 'dev-z' })]);
    expect(history[0]).toMatchObject({ deviceId: 'dev-z', creation: false, oldValue: 'KX-1' });
  });

  it('counts an op delivered twice only once (creation ops included)', () => {
    const base = [...creationOps(), op(2000, 'customerName', '乙公司')];
    const twice = [...base, ...base.map((o) => ({ ...o }))];
    expect(buildHistory(twice)).toEqual(buildHistory(base));
    expect(buildHistory(twice)).toHaveLength(4);
  });

  it('leaves out ops that set the value it already had', () => {
    const ops = [...creationOps(), op(2000, 'customerName', '甲公司', { deviceId: 'dev-b' }), op(3000, 'deleted', false)];
    expect(buildHistory(ops)).toHaveLength(3);
  });

  it('compares arrays and objects by value', () => {
    const ops = [op(1000, 'customerRequests', ['return']), op(2000, 'customerRequests', ['return']), op(3000, 'customerRequests', ['return', 'report_8d'])];
    expect(buildHistory(ops).map((e) => e.newValue)).toEqual([['return', 'report_8d'], ['return']]);
  });

  it('gives the same history on every PC whatever order the ops arrived in', () => {
    const ops = [
      ...creationOps(),
      op(2000, 'customerName', 'B公司', { deviceId: 'dev-b', id: 'x1' }),
      op(2000, 'customerName', 'A公司', { deviceId: 'dev-a', id: 'x2' }),
      op(2000, 'customerName', 'B2公司', { deviceId: 'dev-b', id: 'x0' }),
      op(2500, 'productModel', 'KX-3', { deviceId: 'dev-c' }),
    ];
    const reference = buildHistory(ops);
    for (let i = 0; i < 20; i++) {
      const shuffled = [...ops].sort(() => Math.random() - 0.5);
      expect(buildHistory(shuffled)).toEqual(reference);
    }
    // ties at one HLC: device id, then op id
    expect(reference.filter((e) => e.field === 'customerName' && !e.creation).map((e) => e.newValue)).toEqual(['B公司', 'B2公司', 'A公司']);
  });

  it('is empty without ops', () => {
    expect(buildHistory([])).toEqual([]);
  });
});
