// The benchmarks' generated data, in one place and free of Node and DOM
// imports (the chromium page bundles import it too):
//  - deviceEdits: what one PC of a share edits — the model every replication
//    benchmark uses (ours on the share, PouchDB in the page);
//  - benchOp: how one such edit is written as a wire op. THE ONLY place that
//    knows the op's shape: when the op format changes, change benchOp and
//    nothing else;
//  - intakeFor: a varied, realistic new case (ledger and share-size benchmarks).
import { emptyIntake, type CaseIntake } from '../../shared/domain/case';
import type { WireOp } from '../../shared/sync/codec';
import { formatHlc } from '../../shared/sync/hlc';
import { OP_SCHEMA_VERSION } from '../../shared/sync/op';

/** The password of the benches' clerk (a test value, never a real one). */
export const BENCH_PASSWORD = 'bench-password-1';
/** Wall time of every generated edit's clock (fixed, in the past: the ops never wait in quarantine). */
export const BENCH_T0 = Date.parse('2026-11-23T02:00:00Z');

export const benchDeviceId = (dev: number): string => `dev-${String(dev).padStart(2, '0')}`;

/** One edit of one field of one record by one PC (format-free: PouchDB's docs are built from it too). */
export interface BenchEdit {
  deviceId: string;
  /** Per device, 0 … count-1: the edit's place in that PC's log. */
  index: number;
  wall: number;
  user: string;
  entityId: string;
  field: string;
  value: string;
  /** This PC's previous edit of the same field — the value its clerk saw and replaced —, null for the first. */
  base: { index: number; wall: number } | null;
}

/**
 * What PC number `dev` edits: 100 records × 10 fields, `count` edits in all,
 * each field edited again and again (a snapshot keeps only the winners). Every
 * 100 consecutive edits touch each of the 100 records once. Each edit is a
 * single-field edit and, like the app's, names as its base the op it
 * replaced (this PC's previous edit of the field): without it every older
 * edit would stay in a snapshot as a conflict the writer had not seen.
 */
export function deviceEdits(dev: number, count: number): BenchEdit[] {
  const deviceId = benchDeviceId(dev);
  const wallOf = (i: number) => BENCH_T0 + i * 1000 + dev;
  // The same field of the same record comes round every 1,000 edits: its previous edit is the base.
  return Array.from({ length: count }, (_, i) => ({
    deviceId,
    index: i,
    wall: wallOf(i),
    user: `clerk ${dev}`,
    entityId: `case-${dev}-${i % 100}`,
    field: `f${Math.floor(i / 100) % 10}`,
    value: `值 ${dev}/${i}`,
    base: i >= 1000 ? { index: i - 1000, wall: wallOf(i - 1000) } : null,
  }));
}

const opIdOf = (deviceId: string, index: number) => `${deviceId}-op-${index}`;

/** The wire op of one edit: the one place that shapes a generated op. */
export function benchOp(edit: BenchEdit): WireOp {
  return {
    id: opIdOf(edit.deviceId, edit.index),
    hlc: formatHlc({ wall: edit.wall, counter: 0 }),
    deviceId: edit.deviceId,
    user: edit.user,
    entity: 'case',
    entityId: edit.entityId,
    fields: { [edit.field]: edit.value },
    schemaVersion: OP_SCHEMA_VERSION,
    ...(edit.base ? { bases: { [edit.field]: { hlc: formatHlc({ wall: edit.base.wall, counter: 0 }), deviceId: edit.deviceId, id: opIdOf(edit.deviceId, edit.base.index) } } } : {}),
  };
}

/** PC number `dev`'s log on the share: deviceEdits as wire ops. */
export function deviceOps(dev: number, count: number): WireOp[] {
  return deviceEdits(dev, count).map(benchOp);
}

/** The ops of one save of `fields` fields of one record (`write`: which save, 0, 1, …): the journal benchmarks' writes — one op, as the app writes a save. */
export function writeOps(deviceId: string, user: string, write: number, fields = 20): WireOp[] {
  const op = benchOp({ deviceId, index: write, wall: BENCH_T0 + write * 1000, user, entityId: `bench-${write}`, field: 'f0', value: '基准客户', base: null });
  for (let n = 1; n < fields; n++) op.fields[`f${n}`] = '基准客户';
  return [op];
}

const CUSTOMERS = ['华东电器', '深圳市明达科技', '宁波海通', 'Acme GmbH', '苏州精工', '广州新世纪', '青岛海川', 'Tokyo Parts KK'];
const MODELS = ['QX-200', 'QX-210A', 'HB-7', 'LM-3300', 'TR-55', 'PX-9', 'ZK-12', 'MC-800'];

/** The i-th generated case, as the intake form would fill it. */
export function intakeFor(i: number): CaseIntake {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 10)).padStart(2, '0');
  return {
    ...emptyIntake(`2026-${month}-${day}T09:${String(i % 60).padStart(2, '0')}:00+08:00`),
    customerName: `${CUSTOMERS[i % CUSTOMERS.length]} ${i % 997}`,
    contactPerson: `联系人${i % 50}`,
    productModel: MODELS[i % MODELS.length]!,
    partNumber: `P-${100000 + (i % 5000)}`,
    orderNumber: `SO${2026000000 + i}`,
    lotNumber: `L${2600 + (i % 300)}-${i % 17}`,
    quantityDelivered: 1000,
    quantityInspected: 200,
    quantityDefective: i % 40,
    defectDescription: `外观不良：划痕与色差，批次抽检发现 (#${i})`,
    customerRequests: ['return'],
  };
}
