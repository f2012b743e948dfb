import { describe, expect, it } from 'vitest';
import { INTAKE_FIELDS } from '../../../../shared/domain/case';
import { isHlcText } from '../../../../shared/sync/hlc';
import { OP_SCHEMA_VERSION } from '../../../../shared/sync/op';
import { NumberingNotConfiguredError, RecordNotFoundError, ValidationFailedError } from '../../../../renderer/db';
import { counts, DEVICE, intake, openHarness, T0 } from './helpers';

const CREATION_BOOKKEEPING = ['caseNumber', 'stationCode', 'createdAt', 'createdBy', 'deleted'];

describe('cases.create', () => {
  it('gives ops time-ordered ids (UUID v7 from the HLC), so later writes sort after earlier ones in the ops table', async () => {
    const h = await openHarness();
    const { db, repos } = h;
    const first = await repos.cases.create(intake());
    h.setNow(T0 + 1000);
    const second = await repos.cases.create(intake());
    const ops = await db.ops.toArray();
    const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const op of ops) expect(op.id).toMatch(V7);
    const firstIds = ops.filter((o) => o.entityId === first.id).map((o) => o.id);
    const secondIds = ops.filter((o) => o.entityId === second.id).map((o) => o.id);
    expect(firstIds.every((a) => secondIds.every((b) => a < b))).toBe(true);
    expect(first.id).toMatch(V7);
    expect(first.id < second.id).toBe(true);
  });

  it('stores the case with a number, and one op carrying every field', async () => {
    const { db, repos } = await openHarness();
    const created = await repos.cases.create(intake());
    expect(created).toMatchObject({ caseNumber: '2611-B-001', stationCode: 'B', createdBy: '张三', updatedBy: '张三', deleted: false, customerName: '宁波某电器有限公司' });
    expect(created.createdAt).toBe(new Date(T0).toISOString());
    expect(created).not.toHaveProperty('liveReceivedAt');
    expect(await repos.cases.get(created.id)).toEqual(created);

    const ops = await db.ops.toArray();
    expect(ops).toHaveLength(1); // one op for the whole write, carrying every field
    const [op] = ops;
    expect(Object.keys(op!.fields).sort()).toEqual([...INTAKE_FIELDS, ...CREATION_BOOKKEEPING].sort());
    expect(op).toMatchObject({ entity: 'case', entityId: created.id, deviceId: DEVICE, user: '张三', schemaVersion: OP_SCHEMA_VERSION, published: 0 });
    expect(op).not.toHaveProperty('bases'); // a new record: nothing held its fields
    expect(isHlcText(op!.hlc)).toBe(true);
    expect(op!.fields.customerRequests).toEqual(['return']);
    expect(op!.fields.deleted).toBe(false);
    expect((await db.meta.get('lastHlc'))?.value).toBe(op!.hlc);
    expect((await db.meta.get('serial:2611-B-{SEQ}'))?.value).toBe(1);
    expect(await repos.pendingOpCount()).toBe(1);
  });

  it('numbers consecutively within the month and station', async () => {
    const { repos } = await openHarness();
    const numbers = [];
    for (let i = 0; i < 3; i++) numbers.push((await repos.cases.create(intake())).caseNumber);
    expect(numbers).toEqual(['2611-B-001', '2611-B-002', '2611-B-003']);
  });

  it('does not keep references to the caller\'s objects and drops unknown keys', async () => {
    const { repos } = await openHarness();
    const input = { ...intake(), id: 'evil', caseNumber: 'X', extra: 1 } as ReturnType<typeof intake>;
    const created = await repos.cases.create(input);
    input.customerRequests.push('repair');
    expect(created.customerRequests).toEqual(['return']);
    expect(created.id).not.toBe('evil');
    expect(created).not.toHaveProperty('extra');
  });

  it('writes nothing when validation fails', async () => {
    const { db, repos } = await openHarness();
    await repos.cases.create(intake());
    const before = await counts(db);
    const error = await repos.cases.create(intake({ customerName: ' ', quantityDefective: -3 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).fieldErrors).toEqual({ customerName: 'required', quantityDefective: 'negative' });
    expect(await counts(db)).toEqual(before);
    expect((await repos.cases.create(intake())).caseNumber).toBe('2611-B-002');
  });

  it('refuses to number without a station code, writing nothing', async () => {
    const { db, repos, ctx } = await openHarness({ stationCode: '' });
    await expect(repos.cases.create(intake())).rejects.toBeInstanceOf(NumberingNotConfiguredError);
    await expect(repos.cases.create(intake())).rejects.toThrow(/station code/);
    ctx.stationCode = 'b-1';
    await expect(repos.cases.create(intake())).rejects.toThrow(/invalidStationCode/);
    ctx.stationCode = 'B';
    ctx.caseNumberPattern = '{YY}{MM}-{SEQ}';
    await expect(repos.cases.create(intake())).rejects.toThrow(/missingStation/);
    expect(await counts(db)).toEqual({ cases: 0, ops: 0, meta: 0, clerks: 0 });
  });

  it('starts again at 1 in a new month and keeps stations apart', async () => {
    const h = await openHarness();
    await h.repos.cases.create(intake());
    h.setNow(Date.parse('2026-12-01T08:00:00+08:00'));
    expect((await h.repos.cases.create(intake())).caseNumber).toBe('2612-B-001');
    h.ctx.stationCode = 'C';
    expect((await h.repos.cases.create(intake())).caseNumber).toBe('2612-C-001');
    h.ctx.stationCode = 'B';
    expect((await h.repos.cases.create(intake())).caseNumber).toBe('2612-B-002');
  });
});

describe('numbering is never reused', () => {
  it('after the newest case was deleted', async () => {
    const { repos } = await openHarness();
    await repos.cases.create(intake());
    const second = await repos.cases.create(intake());
    await repos.cases.remove(second.id);
    expect((await repos.cases.create(intake())).caseNumber).toBe('2611-B-003');
  });

  it('even when the meta counter is lost (deleted cases still hold their number)', async () => {
    const { db, repos } = await openHarness();
    const a = await repos.cases.create(intake());
    await repos.cases.remove(a.id);
    await db.meta.clear();
    expect((await repos.cases.create(intake())).caseNumber).toBe('2611-B-002');
  });

  it('even when the deleted case is gone but the meta counter remains', async () => {
    const { db, repos } = await openHarness();
    const a = await repos.cases.create(intake());
    await db.cases.delete(a.id);
    expect((await repos.cases.create(intake())).caseNumber).toBe('2611-B-002');
  });

  it('continues after a case of the same scope that arrived from elsewhere', async () => {
    const { db, repos } = await openHarness();
    await repos.cases.create(intake());
    const stored = (await db.cases.toArray())[0]!;
    // e.g. replicated from this station before a reinstall, and one of another station
    await db.cases.bulkPut([
      { ...stored, id: 'arrived-1', caseNumber: '2611-B-041', deleted: true },
      { ...stored, id: 'arrived-2', caseNumber: '2611-C-900' },
      { ...stored, id: 'arrived-3', caseNumber: '2611-B-0xx' },
    ]);
    expect((await repos.cases.create(intake())).caseNumber).toBe('2611-B-042');
    expect((await repos.cases.create(intake())).caseNumber).toBe('2611-B-043');
  });

  it('past serial 999 (numeric, not text order)', async () => {
    const { db, repos } = await openHarness();
    const created = await repos.cases.create(intake());
    const stored = (await db.cases.get(created.id))!;
    await db.cases.bulkPut([
      { ...stored, id: 'x1', caseNumber: '2611-B-999' },
      { ...stored, id: 'x2', caseNumber: '2611-B-1000' },
    ]);
    expect((await repos.cases.create(intake())).caseNumber).toBe('2611-B-1001');
  });

  it('with a pattern that starts with the serial (no prefix to range over)', async () => {
    const { repos } = await openHarness({ caseNumberPattern: '{SEQ:4}-{STATION}-{YY}{MM}' });
    expect((await repos.cases.create(intake())).caseNumber).toBe('0001-B-2611');
    expect((await repos.cases.create(intake())).caseNumber).toBe('0002-B-2611');
  });
});

describe('cases.update', () => {
  it('writes one op with the changed fields only', async () => {
    const h = await openHarness();
    const created = await h.repos.cases.create(intake());
    const opsBefore = await h.db.ops.count();
    h.setNow(T0 + 60_000);
    h.ctx.user = '李四';
    const updated = await h.repos.cases.update(created.id, {
      customerName: '宁波某电器有限公司', // unchanged
      customerRequests: ['return'], // same content, new array
      productModel: 'KX-300',
      quantityDefective: 15,
    });
    expect(updated).toMatchObject({ productModel: 'KX-300', quantityDefective: 15, updatedBy: '李四', createdBy: '张三', caseNumber: created.caseNumber });
    expect(updated.updatedAt).toBe(new Date(T0 + 60_000).toISOString());
    const newOps = (await h.db.ops.toArray()).filter((o) => o.user === '李四');
    expect(await h.db.ops.count()).toBe(opsBefore + 1);
    expect(newOps.map((o) => o.fields)).toEqual([{ productModel: 'KX-300', quantityDefective: 15 }]);
    expect(Object.keys(newOps[0]!.bases ?? {}).sort()).toEqual(['productModel', 'quantityDefective']); // each field's base: the creation op
    expect(new Set(newOps.map((o) => o.hlc)).size).toBe(1);
    expect(await h.repos.cases.get(created.id)).toEqual(updated);
  });

  it('writes nothing when nothing changed', async () => {
    const h = await openHarness();
    const created = await h.repos.cases.create(intake());
    const before = await counts(h.db);
    const lastHlc = await h.db.meta.get('lastHlc');
    h.setNow(T0 + 1000);
    expect(await h.repos.cases.update(created.id, { customerRequests: ['return'], lotNumber: 'L2611A' })).toEqual(created);
    expect(await counts(h.db)).toEqual(before);
    expect(await h.db.meta.get('lastHlc')).toEqual(lastHlc);
  });

  it('validates the merged case and writes nothing when invalid', async () => {
    const h = await openHarness();
    const created = await h.repos.cases.create(intake());
    const before = await counts(h.db);
    const error = await h.repos.cases.update(created.id, { quantityInspected: 5, productModel: 'KX-9' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).fieldErrors).toEqual({ quantityDefective: 'defectiveExceedsInspected' });
    expect(await counts(h.db)).toEqual(before);
    expect(await h.repos.cases.get(created.id)).toEqual(created);
  });

  it('throws RecordNotFoundError for a missing or deleted case', async () => {
    const h = await openHarness();
    await expect(h.repos.cases.update('nope', { productModel: 'X' })).rejects.toBeInstanceOf(RecordNotFoundError);
    const created = await h.repos.cases.create(intake());
    await h.repos.cases.remove(created.id);
    await expect(h.repos.cases.update(created.id, { productModel: 'X' })).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(h.repos.cases.remove(created.id)).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('cases.remove', () => {
  it('writes a tombstone op and hides the case from the ledger', async () => {
    const h = await openHarness();
    const a = await h.repos.cases.create(intake());
    const b = await h.repos.cases.create(intake({ customerName: '乙公司' }));
    h.setNow(T0 + 5000);
    await h.repos.cases.remove(a.id);
    const tombstones = (await h.db.ops.toArray()).filter((o) => o.fields.deleted === true);
    expect(tombstones).toHaveLength(1);
    expect(tombstones[0]?.entityId).toBe(a.id);
    expect((await h.repos.cases.listAll()).map((r) => r.id)).toEqual([b.id]);
    expect((await h.repos.cases.listRecent(10)).map((r) => r.id)).toEqual([b.id]);
    expect(await h.repos.cases.count()).toBe(1);
    expect(await h.repos.cases.get(a.id)).toMatchObject({ deleted: true, updatedAt: new Date(T0 + 5000).toISOString() });
    expect((await h.db.cases.get(a.id))?.liveReceivedAt).toBeUndefined(); // out of the live-cases index
    expect((await h.db.cases.get(b.id))?.liveReceivedAt).toBe('2026-11-23T01:30:00.000Z');
    expect(await h.repos.cases.findByNumber(a.caseNumber)).toMatchObject({ id: a.id, deleted: true });
  });
});

describe('cases.history', () => {
  it('shows creation and changes, newest first', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    h.setNow(T0 + 1000);
    h.ctx.user = '李四';
    await h.repos.cases.update(c.id, { productModel: 'KX-300' });
    h.setNow(T0 + 2000);
    await h.repos.cases.update(c.id, { productModel: 'KX-400', customerRequests: ['return', 'report_8d'] });
    await h.repos.cases.remove(c.id);
    const history = await h.repos.cases.history(c.id);
    const changes = history.filter((e) => !e.creation);
    // newest first
    expect(changes[0]).toMatchObject({ field: 'deleted', newValue: true, user: '李四' });
    expect(changes.at(-1)).toMatchObject({ field: 'productModel', oldValue: 'KX-200', newValue: 'KX-300' });
    expect(changes).toHaveLength(4);
    expect(changes.slice(1, 3).map((e) => [e.field, e.oldValue, e.newValue]).sort()).toEqual([
      ['customerRequests', ['return'], ['return', 'report_8d']],
      ['productModel', 'KX-300', 'KX-400'],
    ]);
    expect(history.filter((e) => e.creation)).toHaveLength(INTAKE_FIELDS.length + CREATION_BOOKKEEPING.length);
    expect(await h.repos.cases.history('unknown')).toEqual([]);
  });
});

describe('HLC', () => {
  it('stays monotonic across a restart with the PC clock set back', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    const firstHlc = (await h.db.meta.get('lastHlc'))?.value as string;
    const h2 = await h.reopen();
    h2.setNow(T0 - 86_400_000); // a day back
    await h2.repos.cases.update(c.id, { productModel: 'KX-999' });
    const op = (await h2.db.ops.toArray()).find((o) => o.fields.productModel === 'KX-999');
    expect(op!.hlc > firstHlc).toBe(true);
    expect((await h2.db.meta.get('lastHlc'))?.value).toBe(op!.hlc);
  });

  it('follows a newer lastHlc written by another window on the same profile', async () => {
    const h = await openHarness();
    await h.repos.cases.create(intake());
    await h.db.meta.put({ key: 'lastHlc', value: '001900000000000-0007' });
    await h.repos.cases.create(intake());
    expect((await h.db.meta.get('lastHlc'))?.value).toBe('001900000000000-0008');
  });
});

describe('listRecent / listAll / findByNumber', () => {
  it('lists newest received first by actual time, whatever offset was typed', async () => {
    const h = await openHarness();
    const early = await h.repos.cases.create(intake({ receivedAt: '2026-11-23T09:00:00+08:00' })); // 01:00Z
    const late = await h.repos.cases.create(intake({ receivedAt: '2026-11-23T02:00:00Z' })); // 10:00 China
    const earliest = await h.repos.cases.create(intake({ receivedAt: '2026-11-23T05:00:00+08:00' })); // 2026-11-22T21:00Z
    const rows = await h.repos.cases.listRecent(10);
    expect(rows.map((r) => r.id)).toEqual([late.id, early.id, earliest.id]);
    expect(await h.repos.cases.listRecent(2)).toHaveLength(2);
    expect(rows[0]).toEqual({
      id: late.id,
      caseNumber: late.caseNumber,
      customerName: late.customerName,
      productModel: late.productModel,
      partNumber: late.partNumber,
      lotNumber: late.lotNumber,
      orderNumber: late.orderNumber,
      receivedAt: late.receivedAt,
      market: late.market,
      quantityDefective: late.quantityDefective,
      updatedAt: late.updatedAt,
      createdBy: late.createdBy,
      customerId: '',
      productModelId: '',
      defectTypeId: '',
      originalNumber: '',
      // A new case is registered, not triaged yet, and its first deadline runs from receipt:
      // call the customer back within 2 working hours (Monday 10:00 → 12:00).
      state: 'registered',
      severity: null,
      triage: null,
      category: null,
      countsAsComplaint: true,
      departments: [],
      nextDueAt: '2026-11-23T12:00:00+08:00',
      nextDueKind: 'callback',
      round: 1,
      rmaNumber: null,
      decisionAmountFen: null,
      closedAt: null,
      costs: [],
      shares: [],
      // The statistics facts (issue 17): every deadline of the case, nothing returned, surveyed or claimed yet.
      deadlines: [
        { kind: 'callback', dueAt: '2026-11-23T12:00:00+08:00', doneAt: null },
        { kind: 'first_reply', dueAt: '2026-11-24T10:00:00+08:00', doneAt: null },
        { kind: 'written_reply', dueAt: '2026-11-26T10:00:00+08:00', doneAt: null },
        { kind: 'closure', dueAt: '2026-12-06T10:00:00+08:00', doneAt: null },
      ],
      returns: { lines: 0, approved: 0, received: 0, linesNotReceived: 0, defectiveFound: 0 },
      survey: null,
      supplierClaims: { count: 0, raisedFen: 0, recoveredFen: 0 },
    });
    expect((await h.repos.cases.listAll()).map((r) => r.id).sort()).toEqual([early.id, late.id, earliest.id].sort());
    expect(await h.repos.cases.count()).toBe(3);
    expect((await h.repos.cases.findByNumber(earliest.caseNumber))?.id).toBe(earliest.id);
    expect(await h.repos.cases.findByNumber('2611-Z-001')).toBeUndefined();
  });

  it('lists every live case across pages, none twice, deleted ones left out', async () => {
    const h = await openHarness();
    await h.repos.cases.importMany(Array.from({ length: 23 }, (_, i) => intake({ customerName: `客户${i}` })));
    const all = await h.repos.cases.listAll();
    const removed = all.filter((_, i) => i % 5 === 0).map((r) => r.id);
    for (const id of removed) await h.repos.cases.remove(id);
    const live = all.map((r) => r.id).filter((id) => !removed.includes(id)).sort();
    // Pages count the 23 stored records (deleted ones too): 4 → five full pages and a partial one; 23 → one full page, then an empty one; 18, 2000 → a full and a partial, one partial.
    for (const pageSize of [4, 18, 23, 2000]) {
      const pages: number[] = [];
      const ids = (await h.repos.cases.listAll({ pageSize, onPage: (page) => pages.push(page.length) })).map((r) => r.id);
      expect(ids.sort()).toEqual(live);
      expect(pages.reduce((a, b) => a + b, 0)).toBe(live.length); // every row seen once by onPage, as it was read
    }
  });

  it('re-sorts a case whose receivedAt was corrected', async () => {
    const h = await openHarness();
    const a = await h.repos.cases.create(intake({ receivedAt: '2026-11-20T09:00:00+08:00' }));
    const b = await h.repos.cases.create(intake({ receivedAt: '2026-11-21T09:00:00+08:00' }));
    await h.repos.cases.update(a.id, { receivedAt: '2026-11-22T09:00:00+08:00' });
    expect((await h.repos.cases.listRecent(1))[0]?.id).toBe(a.id);
    expect((await h.repos.cases.listRecent(2))[1]?.id).toBe(b.id);
  });
});

describe('update with the PC clock set back', () => {
  it('does not lock a case whose receivedAt now looks "in the future", but still checks a newly typed one', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    h.setNow(T0 - 86_400_000);
    await expect(h.repos.cases.update(c.id, { lotNumber: 'L-NEW' })).resolves.toMatchObject({ lotNumber: 'L-NEW' });
    const error = await h.repos.cases.update(c.id, { receivedAt: '2026-11-23T09:45:00+08:00' }).catch((e: unknown) => e);
    expect((error as ValidationFailedError).fieldErrors).toEqual({ receivedAt: 'receivedInFuture' });
  });
});
