// Issue 20.6, one PC: the archive of the cases due today is written, read back and verified before the batch
// is recorded; confirming verifies the file again; a file damaged in the folder confirms nothing.
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../../shared/archive/case-archive';
import type { AttachmentRecord } from '../../../../shared/domain/lifecycle/records';
import { decodeBase64, encodeBase64 } from '../../../../shared/base64';
import { confirmArchive, makeArchive, previewArchive, type ArchiveHost, type ArchiveStage } from '../../../../renderer/state/retention';
import { conflictsTable, type ConflictRow } from '../../../../renderer/db/conflicts';
import { intake, openHarness, sign, signInWithRoles, type Harness } from '../db/helpers';
import { closedCaseA } from '../db/lifecycle-helpers';

/** An archive folder in memory, as main keeps it. */
function memoryHost() {
  const files = new Map<string, Uint8Array>();
  const parts = new Map<string, Uint8Array[]>();
  const host: ArchiveHost = {
    put: ({ fileName, offset, total, data }) => {
      const list = offset === 0 ? [] : (parts.get(fileName) ?? []);
      list.push(decodeBase64(data));
      parts.set(fileName, list);
      const received = list.reduce((n, b) => n + b.length, 0);
      if (received < total) return Promise.resolve({ done: false, received, path: null, folder: 'mem' });
      const whole = new Uint8Array(total);
      let at = 0;
      for (const b of list) whole.set(b, (at += b.length) - b.length);
      files.set(fileName, whole);
      return Promise.resolve({ done: true, received, path: `mem/${fileName}`, folder: 'mem' });
    },
    read: ({ fileName, offset }) => {
      const f = files.get(fileName)!;
      return Promise.resolve({ total: f.length, data: encodeBase64(f.subarray(offset, offset + 512 * 1024)) });
    },
  };
  return { host, files };
}

const closedCase = async (h: Harness, beforeClose?: (caseId: string) => Promise<void>): Promise<string> => closedCaseA(h.repos, await sign(h), { customerName: '华东电子' }, beforeClose);

const YEAR = 365 * 86_400_000;

describe('making and confirming an archive on one PC', () => {
  it('archives only what is due, verifies the file read back, and removes on the signed confirmation', async () => {
    const h = await openHarness();
    // A photo only the archived case has, and one both cases have: only the first leaves this PC (it is in the file).
    const photos: AttachmentRecord[] = [];
    const closed = await closedCase(h, async (id) => {
      photos.push(await h.repos.attachments.add(id, { ownerId: id, fileName: 'crack.jpg', mimeType: 'image/jpeg', bytes: new TextEncoder().encode('only-archived') }));
      photos.push(await h.repos.attachments.add(id, { ownerId: id, fileName: 'label.jpg', mimeType: 'image/jpeg', bytes: new TextEncoder().encode('both-cases') }));
    });
    const [own, shared] = photos as [AttachmentRecord, AttachmentRecord];
    const open = (await h.repos.cases.create(intake())).id;
    await h.repos.attachments.add(open, { ownerId: open, fileName: 'label.jpg', mimeType: 'image/jpeg', bytes: new TextEncoder().encode('both-cases') });
    const { host, files } = memoryHost();
    const app = (now: number) => ({ version: '0.2.0', deviceId: h.ctx.deviceId, stationCode: 'A', clerkId: h.ctx.clerkId!, clerkName: '张三', archiveAfterYears: 3, now });

    // Not yet: closed today.
    expect(await makeArchive({ repos: h.repos, host, app: app(h.ctx.now()) })).toBeNull();
    const later = h.ctx.now() + 3 * YEAR + 2 * 86_400_000;
    h.setNow(later);
    expect(await previewArchive(h.repos, 3, later)).toMatchObject({ byClosingYear: [{ year: '2026', count: 1 }], heldBySupplierFloor: 0 });
    const stages: ArchiveStage['stage'][] = [];
    const batch = (await makeArchive({ repos: h.repos, host, app: app(later), onProgress: (s) => stages.push(s.stage) }))!;
    expect(batch).toMatchObject({ caseIds: [closed], confirmedAt: null, cutoffDate: '2029-11-24', archiveAfterYears: 3, folder: 'mem' });
    expect([...new Set(stages)]).toEqual(['collecting', 'writing', 'verifying', 'recording']);
    expect(files.has(batch.fileName)).toBe(true);
    const inFile = await readArchive(files.get(batch.fileName)!);
    expect([...inFile.content.blobs.keys()].sort()).toEqual([own.sha256, shared.sha256].sort());
    expect((await h.repos.cases.listAll()).map((r) => r.id).sort()).toEqual([closed, open].sort()); // nothing removed yet

    // A file damaged in the folder confirms nothing.
    const good = files.get(batch.fileName)!;
    const bad = good.slice();
    bad[bad.length - 30] = bad[bad.length - 30]! ^ 0xff;
    files.set(batch.fileName, bad);
    await expect(confirmArchive(h.repos, host, batch, 'admin-pass', '确认')).rejects.toThrow();
    expect(await h.repos.archive.removal(batch.id)).toBeNull();
    files.set(batch.fileName, good);

    // A conflict shown on each case (the same record id on another entity stays too): only the archived case's goes.
    const conflict = (id: string, entity: string, entityId: string): ConflictRow => ({ id, opId: id, entity, entityId, field: 'customerName', value: 'x', user: '李四', deviceId: 'dev-b', hlc: '1', winnerValue: 'y', winnerUser: '张三', winnerHlc: '2' });
    await conflictsTable(h.db).bulkPut([conflict('c-archived', 'case', closed), conflict('c-open', 'case', open), conflict('c-other-entity', 'caseLifecycle-lookalike', closed)]);

    const report = await confirmArchive(h.repos, host, batch, 'admin-pass', '确认');
    expect(report).toMatchObject({ cases: 1, lateOps: 0 });
    expect((await conflictsTable(h.db).toArray()).map((c) => c.id).sort()).toEqual(['c-open', 'c-other-entity']);
    expect((await h.repos.cases.listAll()).map((r) => r.id)).toEqual([open]);
    expect((await h.repos.archive.batches())[0]).toMatchObject({ id: batch.id, confirmedByName: '张三' });
    expect(await h.db.blobs.get(own.sha256)).toBeUndefined();
    expect(await h.db.blobs.get(shared.sha256)).toBeDefined();
    expect(await h.db.attachments.where('caseId').equals(closed).count()).toBe(0);
    // An archive made again finds nothing more to archive.
    expect(await makeArchive({ repos: h.repos, host, app: app(later + 1000) })).toBeNull();
  });

  it('refuses to confirm when a case changed after the file was made', async () => {
    const h = await openHarness();
    const closed = await closedCase(h);
    const { host } = memoryHost();
    h.setNow(h.ctx.now() + 3 * YEAR + 2 * 86_400_000);
    const batch = (await makeArchive({ repos: h.repos, host, app: { version: '0.2.0', deviceId: h.ctx.deviceId, stationCode: 'A', clerkId: h.ctx.clerkId!, clerkName: '张三', archiveAfterYears: 3, now: h.ctx.now() } }))!;
    h.setNow(h.ctx.now() + 60_000);
    await h.repos.cases.update(closed, { contactPerson: '李四' });
    await expect(confirmArchive(h.repos, host, batch, 'admin-pass', '确认')).rejects.toMatchObject({ fieldErrors: { batch: 'changedSinceArchive' } });
    expect((await h.repos.cases.listAll()).map((r) => r.id)).toEqual([closed]);
  });
});

describe('searching an archive', () => {
  it('finds a case by every term, like the ledger search', async () => {
    const { searchArchive } = await import('../../../../renderer/state/retention');
    const entry = (caseNumber: string, customerName: string, productModel: string) => ({ caseId: caseNumber, caseNumber, customerName, productModel, partNumber: 'P-1', lotNumber: 'L-1', orderNumber: 'O-1', receivedAt: '2023-01-01T00:00:00Z', closedAt: null, state: 'closed', hasSupplierRecords: false });
    const index = [entry('2301-A-001', '华东电子', 'XK-200'), entry('2302-A-002', '深圳精密', 'XK-300')];
    expect(searchArchive(index, '').map((e) => e.caseNumber)).toEqual(['2301-A-001', '2302-A-002']);
    expect(searchArchive(index, 'xk 深圳').map((e) => e.caseNumber)).toEqual(['2302-A-002']);
    expect(searchArchive(index, '2301-a').map((e) => e.caseNumber)).toEqual(['2301-A-001']);
    expect(searchArchive(index, 'nothing')).toEqual([]);
  });
});

describe('archive batches are the admins’', () => {
  it('a clerk without the admin role records nothing; an unconfirmed batch can be discarded, never confirmed after', async () => {
    const h = await openHarness();
    const closed = await closedCase(h);
    const { host } = memoryHost();
    h.setNow(h.ctx.now() + 3 * YEAR + 2 * 86_400_000);
    const admin = h.ctx.clerkId!;
    await signInWithRoles(h, '质检', ['qualityEngineer']);
    await expect(makeArchive({ repos: h.repos, host, app: { version: '0.2.0', deviceId: h.ctx.deviceId, stationCode: 'A', clerkId: h.ctx.clerkId!, clerkName: '质检', archiveAfterYears: 3, now: h.ctx.now() } })).rejects.toMatchObject({ fieldErrors: { actor: 'notAdmin' } });
    expect(await h.repos.archive.batches()).toEqual([]);
    h.ctx.clerkId = admin;
    const batch = (await makeArchive({ repos: h.repos, host, app: { version: '0.2.0', deviceId: h.ctx.deviceId, stationCode: 'A', clerkId: admin, clerkName: '张三', archiveAfterYears: 3, now: h.ctx.now() } }))!;
    await h.repos.archive.discard(batch.id);
    expect((await h.repos.archive.batches())[0]).toMatchObject({ deleted: true, confirmedAt: null });
    await expect(confirmArchive(h.repos, host, batch, 'admin-pass', '确认')).rejects.toMatchObject({ fieldErrors: { batch: 'discarded' } });
    expect((await h.repos.cases.listAll()).map((r) => r.id)).toEqual([closed]);
  });
});
