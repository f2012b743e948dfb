/**
 * The session reads the PC's settings file overlaid with the office record:
 * a PC's own older values migrate once (the upgrade), office edits go to the
 * record and the rest to the file, a merge from another PC reaches the
 * session at once, and the file keeps a copy of the office values.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../../shared/domain/settings';
import type { WireOp } from '../../../../shared/sync/codec';
import { createSyncRepository, openDeskDatabase } from '../../../../renderer/db';
import { createSessionStore } from '../../../../renderer/state/session-store';
import { fakeHost } from './fake-host';

const A = '22222222-2222-4222-8222-222222222222';
const B = '44444444-4444-4444-8444-444444444444';
const NOW = Date.parse('2026-11-23T10:00:00+08:00');

async function session(file: Settings, factory = new IDBFactory(), now = NOW) {
  const host = fakeHost(file);
  const store = createSessionStore({ now: () => now, openDatabase: (name) => openDeskDatabase(name, { indexedDB: factory, IDBKeyRange }) });
  await store.getState().init(host.api);
  return { host, store, factory };
}

/** Office rules are changed by a signed-in admin: the PC's first clerk (an admin). */
async function signedIn(file: Settings, factory = new IDBFactory(), now = NOW) {
  const s = await session(file, factory, now);
  await s.store.getState().setUpFirstClerk('王管理', '品质部', 'admin-pass');
  return s;
}

async function opsOf(store: Awaited<ReturnType<typeof session>>['store']): Promise<WireOp[]> {
  return (await store.getState().sync!.db.ops.toArray()).map(({ published: _p, ...op }) => op);
}

describe('office settings in the session', () => {
  it('an upgraded PC brings its own office values once; built-in defaults and PC values (printers) stay out', async () => {
    const file = defaultSettings(A);
    file.receivingTolerancePercent = 3;
    file.companyName = '宁波某电器有限公司';
    file.printing.forms.complaint.printer = 'HP 品质部';
    const factory = new IDBFactory();
    const first = await session(file, factory);
    expect(first.host.current().officeMigrated).toBe(true);
    expect((await first.store.getState().repositories!.officeSettings.read()).values).toEqual({ receivingTolerancePercent: 3, companyName: '宁波某电器有限公司' });
    expect(first.store.getState().settings).toMatchObject({ receivingTolerancePercent: 3, companyName: '宁波某电器有限公司' });
    const ops = (await opsOf(first.store)).filter((op) => op.entity === 'officeSettings');
    expect(ops).toHaveLength(1);
    // The next start does not migrate again.
    const again = await session(first.host.current(), factory);
    expect((await opsOf(again.store)).filter((op) => op.entity === 'officeSettings')).toHaveLength(1);
  });

  it('office edits go to the office record (one op), PC settings to the file; a new PC takes the office rules after one round', async () => {
    const a = await signedIn(defaultSettings(A));
    const matrix = { rows: [{ upToFen: 5_000_000, role: 'department_manager' as const }, { upToFen: 12_000_000, role: 'deputy_gm' as const }], aboveRole: 'gm' as const };
    const before = (await opsOf(a.store)).length;
    await a.store.getState().updateSettings({ authorityMatrix: matrix, stationCode: 'A' });
    expect((await opsOf(a.store)).length).toBe(before + 1);
    expect(a.host.current()).toMatchObject({ stationCode: 'A', authorityMatrix: matrix }); // the file keeps a copy
    expect(a.store.getState().settings!.authorityMatrix).toEqual(matrix);

    const b = await session(defaultSettings(B), new IDBFactory(), NOW + 60_000);
    await createSyncRepository(b.store.getState().sync!.db, () => ({ deviceId: B, stationCode: 'B', caseNumberPattern: '', user: '', now: () => NOW })).applyRemote(await opsOf(a.store), {}, { now: NOW + 60_000 });
    // The change feed announces the merge; the session re-reads the office record and mirrors it to the file.
    await vi.waitFor(() => expect(b.host.current().authorityMatrix).toEqual(matrix));
    expect(b.store.getState().settings!.authorityMatrix).toEqual(matrix);
    expect(b.store.getState().settings!.stationCode).toBe(''); // A's station code stays A's
  });

  it('a printer choice stays on this PC; a form number goes to the office', async () => {
    const a = await signedIn(defaultSettings(A));
    const printing = structuredClone(a.store.getState().settings!.printing);
    printing.forms.inspection.printer = 'Zebra';
    printing.forms.inspection.formNumber = 'QR-127';
    await a.store.getState().updateSettings({ printing });
    expect((await a.store.getState().repositories!.officeSettings.read()).values.formHeaders?.inspection.formNumber).toBe('QR-127');
    const office = (await opsOf(a.store)).filter((op) => op.entity === 'officeSettings');
    expect(JSON.stringify(office)).not.toContain('Zebra');
    expect(a.host.current().printing.forms.inspection).toMatchObject({ printer: 'Zebra', formNumber: 'QR-127' });
  });
});

describe('a settings form saved after a merge underneath it', () => {
  it('writes only what the clerk changed, and an office value it replaced unseen is a conflict', async () => {
    const a = await signedIn(defaultSettings(A));
    const shown = a.store.getState().settings!; // the form opens
    // Another PC's edits arrive while the form is open.
    const other = await signedIn(defaultSettings(B), new IDBFactory(), NOW - 60_000);
    await other.store.getState().updateSettings({ companyName: '乙公司', receivingTolerancePercent: 8 });
    await createSyncRepository(a.store.getState().sync!.db, () => ({ deviceId: A, stationCode: '', caseNumberPattern: '', user: '', now: () => NOW })).applyRemote(await opsOf(other.store), {}, { now: NOW });
    await vi.waitFor(() => expect(a.store.getState().settings!.companyName).toBe('乙公司'));
    // The clerk changed the tolerance only; the form sends its whole draft (company name as it was shown).
    await a.store.getState().updateSettings({ receivingTolerancePercent: 2, companyName: shown.companyName }, shown);
    expect(a.store.getState().settings).toMatchObject({ companyName: '乙公司', receivingTolerancePercent: 2 });
    const conflicts = await a.store.getState().sync!.repository.conflictsOfCase('office');
    expect(conflicts.map((c) => [c.field, c.value, c.winnerValue])).toEqual([['receivingTolerancePercent', 8, 2]]);
  });
});
