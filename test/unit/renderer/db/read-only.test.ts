/** Version skew (issue 4): while the write context says read-only, every write is refused in one place and nothing is written. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSyncRepository, ReadOnlyError } from '../../../../renderer/db';
import type { WireOp } from '../../../../shared/sync/codec';
import { counts, intake, openHarness } from './helpers';

async function snapshotOf(h: Awaited<ReturnType<typeof openHarness>>) {
  return {
    counts: await counts(h.db),
    ops: (await h.db.ops.toArray()).map((o) => o.id).sort(),
    meta: await h.db.meta.toArray(),
    lifecycles: await h.db.caseLifecycles.toArray(),
    blobs: await h.db.blobs.count(),
    attachments: await h.db.attachments.count(),
  };
}

describe('read-only app (share requires a newer version)', () => {
  it('refuses every kind of write with ReadOnlyError and writes nothing; reads go on', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    const admin = await h.repos.clerks.createFirst({ name: '李四', department: '' }, 'secret-1');
    h.ctx.clerkId = admin.id;
    const before = await snapshotOf(h);
    h.ctx.readOnly = true;

    const attempts: [string, () => Promise<unknown>][] = [
      ['cases.create', () => h.repos.cases.create(intake({ customerName: '另一家' }))],
      ['cases.update', () => h.repos.cases.update(c.id, { customerName: '改名' })],
      ['cases.remove', () => h.repos.cases.remove(c.id)],
      ['cases.importMany', () => h.repos.cases.importMany([intake(), intake()])],
      ['clerks.create', () => h.repos.clerks.create({ name: '王五', department: '', roles: [] }, 'temp-123')],
      ['clerks.setRoles', () => h.repos.clerks.setRoles(admin.id, ['admin', 'service'])],
      ['lifecycle.update', () => h.repos.lifecycle.update(c.id, { severity: 'serious' })],
      ['attachments.add', () => h.repos.attachments.add(c.id, { ownerId: c.id, fileName: 'x.jpg', mimeType: 'image/jpeg', bytes: new TextEncoder().encode('abc') })],
      ['print.record', () => h.repos.print.record(c.id, { form: 'complaint', action: 'print', printer: 'P', copies: 1, paper: 'a4-portrait' })],
      ['print.setSignedCopy', () => h.repos.print.setSignedCopy(c.id, true, null)],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(ReadOnlyError);
    }
    expect(await snapshotOf(h)).toEqual(before); // no ops, no record, no serial, no blob: nothing half-written
    expect(await h.repos.pendingOpCount()).toBe(before.counts.ops);

    // Reading still works (an existing clerk is found without a write).
    expect((await h.repos.cases.get(c.id))?.customerName).toBe(c.customerName);
    expect(await h.repos.cases.listAll()).toHaveLength(1);
    expect((await h.repos.cases.history(c.id)).length).toBeGreaterThan(0);
    expect((await h.repos.clerks.get(admin.id))?.name).toBe('李四');
    expect((await h.repos.lifecycle.getCaseFile(c.id)).lifecycle.state).toBe('registered');
  });

  it('merges remote changes while read-only; local edits of them are still refused', async () => {
    const a = await openHarness();
    const c = await a.repos.cases.create(intake());
    const ops = (await a.db.ops.toArray()).map(({ published: _p, ...op }) => op) as WireOp[];
    const b = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C', readOnly: true }, new IDBFactory());
    const sync = createSyncRepository(b.db, () => b.ctx);
    await sync.applyRemote(ops, {}, { now: a.ctx.now() });
    expect((await b.repos.cases.get(c.id))?.caseNumber).toBe(c.caseNumber);
    const opsBefore = await b.db.ops.count();
    await expect(b.repos.cases.update(c.id, { customerName: 'x' })).rejects.toBeInstanceOf(ReadOnlyError);
    expect(await b.db.ops.count()).toBe(opsBefore);
  });

  it('a conflict cannot be resolved while read-only (a resolution is a write)', async () => {
    const a = await openHarness();
    const b = await openHarness({ deviceId: '33333333-3333-4333-8333-333333333333', stationCode: 'C' }, new IDBFactory());
    const sync = createSyncRepository(b.db, () => b.ctx);
    const wire = async () => (await a.db.ops.toArray()).map(({ published: _p, ...op }) => op) as WireOp[];
    const c = await a.repos.cases.create(intake());
    await sync.applyRemote(await wire(), {}, { now: a.ctx.now() });
    await a.repos.cases.update(c.id, { customerName: 'A 改' });
    b.setNow(a.ctx.now() + 1000);
    await b.repos.cases.update(c.id, { customerName: 'B 改' });
    await sync.applyRemote(await wire(), {}, { now: b.ctx.now() });
    const [conflict] = await sync.conflictsOf(c.id);
    expect(conflict).toBeDefined();
    b.ctx.readOnly = true;
    const opsBefore = await b.db.ops.count();
    await expect(sync.resolveConflict(conflict!.id, conflict!.value)).rejects.toBeInstanceOf(ReadOnlyError);
    expect(await b.db.ops.count()).toBe(opsBefore);
    expect(await sync.conflictCount()).toBe(1);
    b.ctx.readOnly = false;
    await sync.resolveConflict(conflict!.id, conflict!.value);
    expect(await sync.conflictCount()).toBe(0);
  });

  it('writes work again as soon as the flag clears (read fresh per write)', async () => {
    const h = await openHarness({ readOnly: true });
    await expect(h.repos.cases.create(intake())).rejects.toBeInstanceOf(ReadOnlyError);
    expect((await counts(h.db)).ops).toBe(0);
    h.ctx.readOnly = false;
    const c = await h.repos.cases.create(intake());
    expect(c.caseNumber).toBe('2611-B-001'); // the refused write used no number
    const updated = await h.repos.cases.update(c.id, { customerName: '改名' });
    expect(updated.customerName).toBe('改名');
    expect(await h.repos.pendingOpCount()).toBeGreaterThan(0);
  });
});
