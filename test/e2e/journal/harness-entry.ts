// Bundled by the journal crash tests (esbuild) and served (by Playwright's
// routing) as a page of the web host's origin, so it shares the desk's IndexedDB: the real session
// store, repositories, journal queue and web client — the app minus React —
// driven by page-level calls. Every save the repositories confirmed is
// printed as `confirmed <id> <caseNumber>` on the console before the next one
// starts, so the test knows what the clerk was told is saved.
import { emptyIntake, INTAKE_FIELDS, type CaseIntake } from '../../../shared/domain/case';
import { createWebClient } from '../../../renderer/platform/webClient';
import { createSessionStore } from '../../../renderer/state/session-store';
import { runSyncRound } from '../../../renderer/state/sync-round';

function intakeFor(label: string): CaseIntake {
  return {
    ...emptyIntake('2026-11-20T09:30:00+08:00'),
    customerName: label,
    contactPerson: '王经理',
    productModel: 'KX-200',
    partNumber: 'P-1001',
    orderNumber: 'SO-2026-0001',
    lotNumber: 'L2611A',
    defectDescription: `外壳开裂 ${label}`,
    customerRequests: ['return'],
    quantityDelivered: 1000,
    quantityInspected: 100,
    quantityDefective: 3,
  };
}

const store = createSessionStore();
/** The password of the harness's clerk (a test value, never a real one). */
const HARNESS_PASSWORD = 'harness-1';
let api: ReturnType<typeof createWebClient> | null = null;

function repos() {
  const r = store.getState().repositories;
  if (!r) throw new Error(`session not ready: ${store.getState().status} ${store.getState().error ?? ''}`);
  return r;
}

const harness = {
  async start(token: string) {
    api = createWebClient(() => token);
    await store.getState().init(api);
    // After a restart the clerk of the first start signs in again (sign-in, issue 16.3).
    const remembered = store.getState().settings?.currentClerkId;
    if (store.getState().status === 'ready' && remembered) await store.getState().signIn(remembered, HARNESS_PASSWORD);
    const s = store.getState();
    return { status: s.status, error: s.error, rebuilt: s.rebuilt };
  },
  async setUp(station: string, clerk: string) {
    await store.getState().setStationCode(station);
    await store.getState().setUpFirstClerk(clerk, '', HARNESS_PASSWORD);
    return store.getState().status;
  },
  async saveLoop(prefix: string, count: number) {
    for (let i = 0; i < count; i++) {
      const c = await repos().cases.create(intakeFor(`${prefix}-${i}`));
      console.log(`confirmed ${c.id} ${c.caseNumber}`);
    }
  },
  /** Every stored case with what a half-written one would lack. */
  async cases() {
    const r = repos();
    const rows = await r.cases.listAll();
    const out = [];
    for (const row of rows) {
      const c = await r.cases.get(row.id);
      const history = await r.cases.history(row.id);
      out.push({
        id: row.id,
        caseNumber: row.caseNumber,
        complete: !!c && INTAKE_FIELDS.every((f) => (c as unknown as Record<string, unknown>)[f] !== undefined) && c.defectDescription === `外壳开裂 ${c.customerName}`,
        fieldsInHistory: new Set(history.map((h) => h.field)).size,
      });
    }
    return { cases: out, pending: await store.getState().sync!.repository.pendingCount() };
  },
  async syncOnce() {
    const s = store.getState();
    const joined = await api!.syncJoin({});
    await s.sync!.repository.bindShare(joined.shareId);
    const report = await runSyncRound(s.sync!.db, s.sync!.repository, api!, { now: s.now });
    return { pushed: report.pushed, pending: await s.sync!.repository.pendingCount(), deviceId: report.deviceId };
  },
};

(window as unknown as { deskHarness: typeof harness }).deskHarness = harness;
