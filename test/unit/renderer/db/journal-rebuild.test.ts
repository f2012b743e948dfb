// The durable journal from the renderer's side (issue 11, item 8): a save
// resolves only once the host journal has it, a rolled-back write is never
// journaled, and a database the browser threw away is rebuilt from the
// journal at the next start — cases, history, clerk, serials, outbox.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../../shared/domain/settings';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { catchUpJournal, compareWithJournal, createRepositories, createSyncRepository, JournalNotDurableError, JournalQueue, openDeskDatabase, rebuildFromJournal, RecordNotFoundError } from '../../../../renderer/db';
import { createSessionStore } from '../../../../renderer/state/session-store';
import { DEVICE, intake, openHarness, T0 } from './helpers';
import { journalHost, type JournalHost } from './journal-helpers';

function hostWith(journal: JournalHost, initial: Settings = defaultSettings(DEVICE)) {
  let settings = initial;
  const api = {
    ...journal.api,
    getSettings: () => Promise.resolve(settings),
    updateSettings: (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return Promise.resolve(settings);
    },
  } as unknown as DesktopApi;
  return { api, settings: () => settings, withJournal: (j: JournalHost) => hostWith(j, settings) };
}

async function start(factory: IDBFactory, api: DesktopApi) {
  const store = createSessionStore({ openDatabase: (name) => openDeskDatabase(name, { indexedDB: factory, IDBKeyRange }), now: () => T0 });
  await store.getState().init(api);
  return store;
}

const seq = (caseNumber: string) => caseNumber.slice(-3);

describe('durable journal', () => {
  it('resolves a save only once the host has it on disk, and never journals a write that rolled back', async () => {
    let release: () => void = () => undefined;
    const sent: number[] = [];
    const queue = new JournalQueue(async (writes) => {
      sent.push(writes.reduce((n, w) => n + w.ops.length, 0));
      await new Promise<void>((resolve) => (release = resolve));
    });
    const h = await openHarness();
    const repos = createRepositories(h.db, () => h.ctx, queue);
    let done = false;
    const saving = repos.cases.create(intake()).then((c) => {
      done = true;
      return c;
    });
    for (let i = 0; i < 50 && sent.length === 0; i++) await new Promise((r) => setTimeout(r, 2));
    expect(sent).toHaveLength(1);
    expect(done).toBe(false); // committed in IndexedDB, not yet confirmed by the host
    release();
    expect(seq((await saving).caseNumber)).toBe('001');
    // A write that fails inside its transaction rolls back: nothing goes to the journal.
    await expect(repos.cases.update('missing', { customerName: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(repos.cases.create({ ...intake(), customerName: '' })).rejects.toMatchObject({ fieldErrors: { customerName: 'required' } });
    expect(sent).toHaveLength(1);
    // Reads do not wait for anything.
    expect(await repos.cases.count()).toBe(1);
  });

  it('rejects the save with JournalNotDurableError while the host cannot write, and sends it again with the next one', async () => {
    const journal = journalHost();
    const h = await openHarness();
    const queue = new JournalQueue(async (writes) => {
      await journal.api.journalAppend({ identity: { databaseName: 'x', deviceId: DEVICE, clerk: null }, writes });
    });
    const repos = createRepositories(h.db, () => h.ctx, queue);
    journal.failWith = 'ENOSPC: no space left on device';
    await expect(repos.cases.create(intake())).rejects.toBeInstanceOf(JournalNotDurableError);
    journal.failWith = null;
    await repos.cases.create(intake());
    expect(await journal.api.journalState()).toMatchObject({ writes: 2, serials: { 'serial:2611-B-{SEQ}': 2 } });
  });

  it('rebuilds a database the browser threw away from the journal: never the setup screen, cases and history back, numbering goes on, the outbox still publishes', async () => {
    const journal = journalHost();
    const host = hostWith(journal);
    const first = await start(new IDBFactory(), host.api);
    expect(first.getState().status).toBe('needsSetup');
    await first.getState().setStationCode('B');
    const clerk = await first.getState().setUpFirstClerk('张三', '', 'secret-1');
    const repos = first.getState().repositories!;
    const a = await repos.cases.create(intake({ customerName: '甲' }));
    const b = await repos.cases.create(intake({ customerName: '乙' }));
    await repos.cases.update(a.id, { customerName: '甲方' });
    await repos.cases.remove(b.id); // its number stays taken
    // The sync push put the first case's ops on the share: the host marked them in the journal.
    const sync = first.getState().sync!.repository;
    const pushed = (await sync.pendingOps(1000)).filter((o) => o.entityId === a.id).map((o) => o.id);
    await journal.service.markPublished(pushed);
    await sync.markPublished(pushed);
    const pendingBefore = await sync.pendingCount();
    const historyBefore = await repos.cases.history(a.id);

    // Chromium deleted the database (a fresh IndexedDB), the host restarted.
    const second = await start(new IDBFactory(), host.withJournal(journal.restart()).api);
    const s = second.getState();
    expect(s.status).toBe('ready');
    // Nobody is signed in at a start; the rebuilt clerk record (credential included) lets the same clerk sign in.
    expect(s.clerk).toBeNull();
    expect(await second.getState().signIn(clerk.id, 'secret-1')).toMatchObject({ ok: true });
    expect(second.getState().clerk?.id).toBe(clerk.id);
    expect(s.rebuilt).toMatchObject({ reason: 'missing', writes: 5, damaged: 0 });
    expect((await s.repositories!.cases.get(a.id))?.customerName).toBe('甲方');
    expect((await s.repositories!.cases.get(b.id))?.deleted).toBe(true);
    expect(await s.repositories!.cases.history(a.id)).toEqual(historyBefore);
    expect(await s.sync!.repository.pendingCount()).toBe(pendingBefore);
    const c = await s.repositories!.cases.create(intake({ customerName: '丙' }));
    expect(seq(c.caseNumber)).toBe('003');

    // Lost again: rebuilt again, as often as it takes (the rebuild is idempotent).
    const third = await start(new IDBFactory(), host.withJournal(journal.restart()).api);
    expect(third.getState().rebuilt?.reason).toBe('missing');
    expect(await third.getState().repositories!.cases.count()).toBe(2);
  });

  it('does not rebuild a database that is up to date, and journals what the database has and the journal missed', async () => {
    const journal = journalHost();
    const host = hostWith(journal);
    const factory = new IDBFactory();
    const first = await start(factory, host.api);
    await first.getState().setStationCode('B');
    await first.getState().setUpFirstClerk('张三', '', 'secret-1');
    journal.failWith = 'host gone';
    await expect(first.getState().repositories!.cases.create(intake())).rejects.toBeInstanceOf(JournalNotDurableError);
    journal.failWith = null;
    first.getState().sync!.db.close();

    const second = await start(factory, host.api);
    expect(second.getState().rebuilt).toBeNull();
    expect(await journal.api.journalState()).toMatchObject({ serials: { 'serial:2611-B-{SEQ}': 1 } });
    second.getState().sync!.db.close();

    const lost = await start(new IDBFactory(), host.api);
    expect(await lost.getState().repositories!.cases.count()).toBe(1);
    expect(seq((await lost.getState().repositories!.cases.create(intake())).caseNumber)).toBe('002');
  });

  it('rebuilds a database whose serial high-water mark is behind the journal (an older copy) and raises it', async () => {
    // A database whose serial is behind the journal's (an older copy of the database): rebuilt, the serial raised.
    const journal = journalHost();
    const host = hostWith(journal);
    const factory = new IDBFactory();
    const first = await start(factory, host.api);
    await first.getState().setStationCode('B');
    await first.getState().setUpFirstClerk('张三', '', 'secret-1');
    await first.getState().repositories!.cases.create(intake());
    const db = first.getState().sync!.db;
    await db.meta.put({ key: 'serial:2611-B-{SEQ}', value: 0 });
    db.close();
    const second = await start(factory, host.api);
    expect(second.getState().rebuilt?.reason).toBe('serials');
    expect((await second.getState().sync!.db.meta.get('serial:2611-B-{SEQ}'))?.value).toBe(1);
  });

  it('restoreOwn keeps own ops unpublished and from the future unquarantined', async () => {
    const h = await openHarness();
    const sync = createSyncRepository(h.db, () => h.ctx);
    const op = { id: 'op-x', hlc: `${String(T0 + 10 * 86_400_000).padStart(15, '0')}-0000`, deviceId: DEVICE, user: '张三', entity: 'clerk', entityId: 'c-9', fields: { name: '李四' }, schemaVersion: 2 };
    const result = await sync.restoreOwn([op], { now: T0 });
    expect(result).toEqual({ applied: 1, duplicates: 0, quarantined: 0 });
    expect(await sync.pendingCount()).toBe(1);
    expect((await h.repos.clerks.get('c-9'))?.name).toBe('李四');
  });

  it('journals the history of a database older than the journal once, 8D and case serials and attachment bytes included, and rebuilds it with them', async () => {
    const journal = journalHost();
    const h = await openHarness(); // written before this PC had a journal
    const a = await h.repos.cases.create(intake());
    await h.repos.eightD.open(a.id);
    const file = await h.repos.attachments.add(a.id, { ownerId: a.id, fileName: '旧照片.jpg', mimeType: 'image/jpeg', bytes: new TextEncoder().encode('旧的字节') });
    const queue = new JournalQueue(
      async (writes) => {
        await journal.api.journalAppend({ identity: { databaseName: 'x', deviceId: DEVICE, clerk: null }, writes });
      },
      async (sha256, bytes) => {
        await journal.api.journalBlobPut({ sha256, offset: 0, total: bytes.length, data: Buffer.from(bytes).toString('base64') });
      },
    );
    const sent = await catchUpJournal(h.db, await journal.api.journalState(), DEVICE, queue);
    const state = await journal.api.journalState();
    expect(sent).toBe(await h.db.ops.count()); // the case, the 8D report, its attachment: one op per record write
    expect(state.ops).toBe(sent);
    expect(state.serials).toEqual({ 'serial:2611-B-{SEQ}': 1, 'serial:8d:8D20261123{SEQ}-B': 1 });
    // A second start sends nothing again (the scan is remembered; the journal's clock covers the rest).
    expect(await catchUpJournal(h.db, state, DEVICE, queue)).toBe(0);

    const lost = await openHarness({}, new IDBFactory());
    expect(await compareWithJournal(lost.db, state)).toEqual({ rebuild: true, reason: 'missing' });
    const sync = createSyncRepository(lost.db, () => lost.ctx);
    const blob = async (sha256: string) => {
      const r = await journal.api.journalBlobGet({ sha256, offset: 0, length: 1024 });
      return r.present ? new Uint8Array(Buffer.from(r.data, 'base64')) : null;
    };
    const report = await rebuildFromJournal(lost.db, { read: (cursor) => journal.api.journalRead({ cursor }), blob }, sync, state, { now: () => T0 });
    expect(report).toMatchObject({ ops: sent, serials: 2, blobs: 1, blobsMissing: 0 });
    const back = await lost.repos.attachments.getBlob(file.sha256);
    expect(back && new TextDecoder().decode(await back.arrayBuffer())).toBe('旧的字节');
    expect((await lost.repos.eightD.listForCase(a.id)).map((r) => r.number)).toEqual(['8D20261123001-B']);
    expect((await lost.repos.eightD.open(a.id)).number).toBe('8D20261123002-B');
    expect(await compareWithJournal(lost.db, state)).toEqual({ rebuild: false });
  });

  it('keeps the bytes of an attachment with the write that adds it and puts them back in a rebuild', async () => {
    const journal = journalHost();
    const host = hostWith(journal);
    const first = await start(new IDBFactory(), host.api);
    await first.getState().setStationCode('B');
    await first.getState().setUpFirstClerk('张三', '', 'secret-1');
    const repos = first.getState().repositories!;
    const c = await repos.cases.create(intake());
    const photo = new TextEncoder().encode('照片的字节 '.repeat(40_000)); // ~0.64 MB: more than one chunk
    const a = await repos.attachments.add(c.id, { ownerId: c.id, fileName: '照片.jpg', mimeType: 'image/jpeg', bytes: photo });

    const second = await start(new IDBFactory(), host.withJournal(journal.restart()).api);
    expect(second.getState().rebuilt).toMatchObject({ blobs: 1, blobsMissing: 0 });
    const back = await second.getState().repositories!.attachments.getBlob(a.sha256);
    expect(back && new Uint8Array(await back.arrayBuffer())).toEqual(photo);
  });
});
