/**
 * Schema versions and upgrades. When you append version N+1 to
 * SCHEMA_VERSIONS: update EXPECTED_LATEST below and add an UPGRADES entry for
 * version N (seed data the way an app at version N wrote it, then check what
 * the upgraded app sees). The test refuses a declared version without one.
 */
import type { Shipment } from '../../../../shared/domain/shipments/shipment';
import type { SignatureRecord } from '../../../../shared/domain/signatures/signature';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DeskDatabase, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type StoredCase } from '../../../../renderer/db/schema';
import { openDeskDatabase } from '../../../../renderer/db';
import { EMPTY_PROJECTION } from '../../../../shared/domain/lifecycle/projection';
import { toLedgerRow } from '../../../../shared/domain/ledger-row';
import type { EightD, EightDHorizontalCheck } from '../../../../shared/domain/eightd/records';
import { currentRevision } from '../../../../shared/domain/eightd/revisions';
import type { CaseLifecycle, CostRecord, ResponsibilityShare, TransitionRecord } from '../../../../shared/domain/lifecycle/records';
import { intake, openHarness, T0 } from './helpers';

const EXPECTED_LATEST = 19;

const plain = (keyPath: string) => ({ keyPath, unique: false });
const byCase = plain('caseId');

/** The layout of the latest version, as IndexedDB itself reports it. */
const EXPECTED_STORES = {
  cases: { keyPath: 'id', indexes: { caseNumber: { keyPath: 'caseNumber', unique: true }, liveReceivedAt: { keyPath: 'liveReceivedAt', unique: false }, updatedAt: { keyPath: 'updatedAt', unique: false }, customerName: { keyPath: 'customerName', unique: false }, productModel: { keyPath: 'productModel', unique: false }, lotNumber: { keyPath: 'lotNumber', unique: false }, 'projection.state': { keyPath: 'projection.state', unique: false }, 'projection.nextDueAt': { keyPath: 'projection.nextDueAt', unique: false } } },
  clerks: { keyPath: 'id', indexes: { nameKey: { keyPath: 'nameKey', unique: false } } },
  ops: { keyPath: 'id', indexes: { '[entity+entityId]': { keyPath: ['entity', 'entityId'], unique: false }, hlc: { keyPath: 'hlc', unique: false }, published: { keyPath: 'published', unique: false } } },
  meta: { keyPath: 'key', indexes: {} },
  // version 2: the case lifecycle (renderer/db/lifecycle-repositories.ts)
  caseLifecycles: { keyPath: 'id', indexes: { caseId: byCase, state: plain('state'), rmaNumber: plain('rmaNumber') } },
  transitions: { keyPath: 'id', indexes: { caseId: byCase } },
  approvals: { keyPath: 'id', indexes: { caseId: byCase } },
  returnLines: { keyPath: 'id', indexes: { caseId: byCase } },
  dispositions: { keyPath: 'id', indexes: { caseId: byCase, lineId: plain('lineId') } },
  responsibilityShares: { keyPath: 'id', indexes: { caseId: byCase } },
  supplierClaims: { keyPath: 'id', indexes: { caseId: byCase, shareId: plain('shareId'), status: plain('status') } },
  costs: { keyPath: 'id', indexes: { caseId: byCase } },
  caseActions: { keyPath: 'id', indexes: { caseId: byCase, owner: plain('owner'), status: plain('status'), dueDate: plain('dueDate') } },
  customerReplies: { keyPath: 'id', indexes: { caseId: byCase } },
  surveys: { keyPath: 'id', indexes: { caseId: byCase } },
  attachments: { keyPath: 'id', indexes: { caseId: byCase, ownerId: plain('ownerId'), sha256: plain('sha256') } },
  blobs: { keyPath: 'sha256', indexes: {} },
  // version 3: replication (renderer/db/sync-repository.ts)
  conflicts: { keyPath: 'id', indexes: { '[entity+entityId]': { keyPath: ['entity', 'entityId'], unique: false }, entityId: { keyPath: 'entityId', unique: false } } },
  quarantine: { keyPath: 'id', indexes: {} },
  // version 4: printing (renderer/db/print-repository.ts)
  printRecords: { keyPath: 'id', indexes: { caseId: byCase } },
  signedCopies: { keyPath: 'id', indexes: {} },
  // version 5: 8D reports (renderer/db/eightd-repository.ts)
  eightDs: { keyPath: 'id', indexes: { caseId: byCase, number: plain('number') } },
  eightDMembers: { keyPath: 'id', indexes: { reportId: plain('reportId'), caseId: byCase } },
  eightDContainment: { keyPath: 'id', indexes: { reportId: plain('reportId'), caseId: byCase } },
  eightDCauses: { keyPath: 'id', indexes: { reportId: plain('reportId'), caseId: byCase } },
  eightDCorrectives: { keyPath: 'id', indexes: { reportId: plain('reportId'), caseId: byCase } },
  eightDPrevention: { keyPath: 'id', indexes: { reportId: plain('reportId'), caseId: byCase } },
  // version 16: 8D 举一反三 rows and approved revisions (renderer/db/eightd-repository.ts)
  eightDHorizontalChecks: { keyPath: 'id', indexes: { reportId: plain('reportId'), caseId: byCase } },
  eightDRevisions: { keyPath: 'id', indexes: { reportId: plain('reportId'), caseId: byCase } },
  // version 7: the compact ledger rows (renderer/db/ledger-rows.ts)
  ledgerRows: { keyPath: 'id', indexes: {} },
  // version 9: the office's shared rules (renderer/db/office-settings-repository.ts)
  officeSettings: { keyPath: 'id', indexes: {} },
  // version 11: wrong passwords per clerk at this PC (renderer/db/clerk-sign-in.ts)
  signInFailures: { keyPath: 'clerkId', indexes: {} },
  // version 12: electronic signatures (shared/domain/signatures)
  signatures: { keyPath: 'id', indexes: { caseId: byCase } },
  // version 13: the signatures this PC found unverified (renderer/db/signature-checks.ts)
  unverifiedSignatures: { keyPath: 'id', indexes: { caseId: byCase } },
  // version 14: shipped quantities (renderer/db/shipments-repository.ts)
  shipments: { keyPath: 'id', indexes: { month: { keyPath: 'month', unique: false } } },
  // version 15: the monthly report's issue marks
  monthlyReports: { keyPath: 'id', indexes: {} },
  // version 18: the outbound leg (shared/domain/lifecycle/outbound.ts)
  repairOrders: { keyPath: 'id', indexes: { caseId: byCase, lineId: plain('lineId') } },
  outboundShipments: { keyPath: 'id', indexes: { caseId: byCase, lineId: plain('lineId') } },
  // version 19: retention (renderer/db/archive-repository.ts, archive-removal.ts)
  archiveBatches: { keyPath: 'id', indexes: {} },
  archivedRecords: { keyPath: 'key', indexes: { caseId: byCase, batchId: plain('batchId') } },
  archivedLateOps: { keyPath: 'id', indexes: { batchId: plain('batchId') } },
  // version 10: master data (renderer/db/master-data-repository.ts)
  masterEntries: { keyPath: 'id', indexes: { kind: plain('kind'), code: plain('code') } },
};

interface UpgradeCase {
  /** Writes data as the app at this version did (raw tables, no repositories). */
  seed(db: DeskDatabase): Promise<void>;
  /** Checks the data after opening with the latest schema. */
  check(db: DeskDatabase): Promise<void>;
}

const v2Lifecycle: CaseLifecycle = {
  id: 'c0ffee00-0000-4000-8000-000000000001', caseId: 'c0ffee00-0000-4000-8000-000000000001', state: 'analysis', round: 1,
  triage: 'production_quality', severity: 'urgent', severityCriteria: ['batch'], category: 'product_quality', customerDeadlineAt: null,
  analysisSummary: '', decision: null, decisionAmountFen: null, decisionNote: '', rmaNumber: null, returnCarrier: '', returnTrackingNumber: '',
  returnPickupDate: null, callbackAt: null, containmentAt: null, eightDStarted: false, createdAt: '2026-11-23T01:00:00.000Z', createdBy: '张三',
};
const v2Transition: TransitionRecord = {
  id: 'c0ffee00-0000-4000-8000-0000000000a1', caseId: v2Lifecycle.caseId, action: 'start_analysis', from: 'registered', to: 'analysis', round: 1, reason: '', by: '张三', at: '2026-11-23T02:00:00.000Z',
};

const v5Report: EightD = {
  id: '01900000-0000-7000-8000-000000000001', caseId: 'c0ffee00-0000-4000-8000-000000000001', number: '8D20261123001-B', title: '外壳开裂',
  openedAt: '2026-11-23T02:00:00.000Z', openedBy: '张三', customerDescription: '', what: '', where: '', when: '', who: '', why: '', how: '', howMany: '',
  affectedLots: '', affectedDateCodes: '', occurrence: '', containmentDueAt: '2026-11-24T10:00:00+08:00', containmentRepliedAt: null,
  occurrenceRootCause: '', escapeRootCause: '', rootCauseDueDate: '', correctiveDueDate: '', closureDueDate: '',
  approvedBy: '', approvedAt: null, approvalComment: '', teamRecognition: '', closedAt: null, closedBy: '', deleted: false,
};

const v16Check: EightDHorizontalCheck = {
  id: '01900000-0000-7000-8000-000000000016', reportId: v5Report.id, caseId: v5Report.caseId, kind: 'model', subject: 'HX-2300', basis: 'samePart',
  scope: '成品仓', result: '', checkedBy: '', checkedOn: '', note: '', containmentId: '', deleted: false,
};

const v6OpenCase = 'c0ffee00-0000-4000-8000-000000000002';
const v6BareCase = 'c0ffee00-0000-4000-8000-000000000003';
function v6Cost(id: string, round: number, kind: CostRecord['kind'], amountFen: number, department: CostRecord['department']): CostRecord {
  return { id, caseId: 'c0ffee00-0000-4000-8000-000000000001', round, kind, amountFen, department, note: '', deleted: false };
}
function v6Share(id: string, round: number, department: ResponsibilityShare['department'], percent: number, supplierName = ''): ResponsibilityShare {
  return { id, caseId: 'c0ffee00-0000-4000-8000-000000000001', round, department, percent, supplierName, note: '', deleted: false };
}

const v6Projection: StoredCase['projection'] = {
  ...EMPTY_PROJECTION,
  state: 'closed',
  closedAt: '2026-11-28T02:00:00.000Z',
  costs: [{ kind: 'repair', department: 'production', amountFen: 300 }],
  shares: [{ department: 'production', percent: 100, supplierName: '' }],
};

const v1Case: StoredCase = {
  ...intake(),
  id: 'c0ffee00-0000-4000-8000-000000000001',
  caseNumber: '2611-B-007',
  stationCode: 'B',
  createdAt: '2026-11-23T01:00:00.000Z',
  createdBy: '张三',
  updatedAt: '2026-11-23T01:00:00.000Z',
  updatedBy: '张三',
  deleted: false,
  liveReceivedAt: '2026-11-23T01:30:00.000Z',
};

const v12Signature: SignatureRecord = {
  id: 'sig-1', caseId: 'c0ffee00-0000-4000-8000-000000000001', step: 'approveReturn', subjectEntity: 'approval', subjectId: 'ap-1',
  clerkId: 'k-1', clerkName: '王副总', role: 'deputyGeneralManager', amountFen: 12_000_000, meaning: '批准退货 120,000.00 元', at: '2026-11-24T02:00:00.000Z',
};

const v14Shipment: Shipment = { id: 'shipment|2026-11|n:华为电子|n:qx-210a', month: '2026-11', customerId: '', customerName: '华为电子', productModelId: '', productModel: 'QX-210A', quantityShipped: 5000, lotsShipped: 10, deleted: false };

const UPGRADES: Record<number, UpgradeCase> = {
  1: {
    async seed(db) {
      await db.cases.add(v1Case);
      await db.meta.bulkAdd([
        { key: 'lastHlc', value: '001795400000000-0000' },
        { key: 'serial:2611-B-{SEQ}', value: 7 },
      ]);
    },
    async check(db) {
      expect(await db.cases.get(v1Case.id)).toEqual(v1Case);
      expect((await db.meta.get('serial:2611-B-{SEQ}'))?.value).toBe(7);
    },
  },
  2: {
    async seed(db) {
      await db.cases.add({ ...v1Case, projection: { ...EMPTY_PROJECTION, state: 'analysis', severity: 'urgent', nextDueAt: '2026-11-23T13:30:00+08:00', nextDueKind: 'containment' } });
      await db.caseLifecycles.add(v2Lifecycle);
      await db.transitions.add(v2Transition);
      await db.blobs.add({ sha256: 'ab'.repeat(32), data: new Uint8Array([1, 2, 3]).buffer, mimeType: 'image/png', size: 3 });
      await db.meta.add({ key: 'serial:rma:RMA2611-B-{SEQ}', value: 4 });
    },
    async check(db) {
      expect(await db.caseLifecycles.get(v1Case.id)).toEqual(v2Lifecycle);
      expect(await db.transitions.where('caseId').equals(v1Case.id).toArray()).toEqual([v2Transition]);
      expect((await db.cases.get(v1Case.id))?.projection?.state).toBe('analysis');
      expect(new Uint8Array((await db.blobs.get('ab'.repeat(32)))!.data)).toEqual(new Uint8Array([1, 2, 3]));
      expect((await db.meta.get('serial:rma:RMA2611-B-{SEQ}'))?.value).toBe(4);
    },
  },
  3: {
    async seed(db) {
      await db.cases.add(v1Case);
      await db.table('conflicts').add({ id: 'op-lost', entity: 'case', entityId: v1Case.id, field: 'lotNumber', value: 'L1', user: '李四', deviceId: 'dev-b', hlc: '001795400000000-0000', winnerValue: 'L2', winnerUser: '张三', winnerHlc: '001795400000001-0000' });
      await db.meta.put({ key: 'sync:cursors', value: '{"dev-b":12}' });
    },
    async check(db) {
      expect(await db.table('conflicts').where('entityId').equals(v1Case.id).count()).toBe(1);
      expect((await db.meta.get('sync:cursors'))?.value).toBe('{"dev-b":12}');
    },
  },
  4: {
    async seed(db) {
      await db.cases.add(v1Case);
      await db.table('printRecords').add({ id: 'pr-1', caseId: v1Case.id, form: 'complaint', action: 'print', printer: 'HP', copies: 3, paper: 'a4-portrait', printedAt: '2026-11-23T02:00:00.000Z', printedBy: '张三', deleted: false });
      await db.table('signedCopies').add({ id: v1Case.id, caseId: v1Case.id, received: true, markedAt: '2026-11-23T03:00:00.000Z', markedBy: '张三', scanAttachmentId: null });
    },
    async check(db) {
      expect(await db.table('printRecords').where('caseId').equals(v1Case.id).count()).toBe(1);
      expect(((await db.table('signedCopies').get(v1Case.id)) as { received: boolean } | undefined)?.received).toBe(true);
    },
  },
  // 5 → 6 adds the statistics facts to stored projections: a closed case (closed in round 2 after a
  // reopening), its costs of two rounds with one tombstone, its shares; an open case; a case never projected.
  5: {
    async seed(db) {
      const { closedAt: _closedAt, costs: _costs, shares: _shares, ...v5Projection } = { ...EMPTY_PROJECTION, state: 'closed' as const, round: 2, departments: ['production' as const] };
      await db.cases.bulkAdd([
        { ...v1Case, projection: v5Projection as StoredCase['projection'] },
        { ...v1Case, id: v6OpenCase, caseNumber: '2611-B-008', projection: { ...v5Projection, state: 'analysis', round: 1 } as StoredCase['projection'] },
        { ...v1Case, id: v6BareCase, caseNumber: '2611-B-009' },
      ]);
      await db.caseLifecycles.bulkAdd([
        { ...v2Lifecycle, state: 'closed', round: 2 },
        { ...v2Lifecycle, id: v6OpenCase, caseId: v6OpenCase },
      ]);
      await db.transitions.bulkAdd([
        { ...v2Transition, id: 't-close-1', action: 'close', from: 'follow_up', to: 'closed', round: 1, at: '2026-11-25T02:00:00.000Z' },
        { ...v2Transition, id: 't-reopen', action: 'reopen', from: 'closed', to: 'analysis', round: 2, at: '2026-11-26T02:00:00.000Z' },
        { ...v2Transition, id: 't-close-2', action: 'close', from: 'follow_up', to: 'closed', round: 2, at: '2026-11-28T02:00:00.000Z' },
      ]);
      await db.costs.bulkAdd([
        v6Cost('cost-1', 1, 'freight', 1200, 'sales'),
        v6Cost('cost-2', 2, 'freight', 800, 'sales'),
        v6Cost('cost-3', 2, 'loss', 5000, null),
        { ...v6Cost('cost-4', 2, 'loss', 99999, null), deleted: true },
      ]);
      await db.responsibilityShares.bulkAdd([
        v6Share('share-old', 1, 'quality', 100),
        v6Share('share-1', 2, 'production', 70),
        v6Share('share-2', 2, 'purchasing', 30, '华强电子'),
      ]);
      await db.eightDs.add(v5Report);
      await db.eightDMembers.add({ id: 'm-1', reportId: v5Report.id, caseId: v1Case.id, name: '李四', role: 'leader', department: '品质部', organisation: 'internal', responsibility: '', contact: '', deleted: false });
      await db.meta.add({ key: 'serial:8d:8D20261123{SEQ}-B', value: 1 });
    },
    async check(db) {
      expect(await db.eightDs.where('caseId').equals(v1Case.id).toArray()).toEqual([v5Report]);
      expect(await db.eightDMembers.where('reportId').equals(v5Report.id).count()).toBe(1);
      expect((await db.meta.get('serial:8d:8D20261123{SEQ}-B'))?.value).toBe(1);
      expect((await db.cases.get(v1Case.id))?.projection).toEqual({
        ...EMPTY_PROJECTION,
        state: 'closed',
        round: 2,
        departments: ['production'],
        closedAt: '2026-11-28T02:00:00.000Z',
        costs: [
          { kind: 'loss', department: null, amountFen: 5000 },
          { kind: 'freight', department: 'sales', amountFen: 2000 },
        ],
        shares: [
          { department: 'production', percent: 70, supplierName: '' },
          { department: 'purchasing', percent: 30, supplierName: '华强电子' },
        ],
      });
      expect((await db.cases.get(v6OpenCase))?.projection).toEqual({ ...EMPTY_PROJECTION, state: 'analysis', departments: ['production'] });
      expect((await db.cases.get(v6BareCase))?.projection).toBeUndefined();
    },
  },
  // 6 → 7 fills the compact ledger rows: one per live case, none for a tombstone.
  6: {
    async seed(db) {
      await db.cases.bulkAdd([
        { ...v1Case, projection: v6Projection },
        { ...v1Case, id: v6OpenCase, caseNumber: '2611-B-008' },
        { ...v1Case, id: v6BareCase, caseNumber: '2611-B-009', deleted: true, liveReceivedAt: undefined },
      ]);
    },
    async check(db) {
      expect((await db.cases.get(v1Case.id))?.projection).toEqual(v6Projection);
      expect(await db.ledgerRows.toArray()).toEqual(
        [toLedgerRow({ ...v1Case, projection: v6Projection }), toLedgerRow({ ...v1Case, id: v6OpenCase, caseNumber: '2611-B-008' })].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    },
  },
  7: {
    async seed(db) {
      await db.cases.add({ ...v1Case, projection: v6Projection });
    },
    async check(db) {
      expect(await db.ledgerRows.get(v1Case.id)).toEqual(toLedgerRow({ ...v1Case, projection: v6Projection }));
    },
  },
  // Version 7 → 8 (one op per record write) is checked on a whole database kept as a fixture: format-upgrade.test.ts.
  8: {
    async seed(db) {
      await db.ops.add({ id: 'op-8', hlc: '001795399440000-0000', deviceId: 'dev-a', user: '张三', entity: 'case', entityId: v1Case.id, fields: { lotNumber: 'L1', quantityDefective: 3 }, schemaVersion: 2, published: 0 });
    },
    async check(db) {
      expect((await db.ops.get('op-8'))?.fields).toEqual({ lotNumber: 'L1', quantityDefective: 3 });
    },
  },
  9: {
    async seed(db) {
      await db.officeSettings.put({ id: 'office', companyName: '宁波某电器有限公司' });
    },
    async check(db) {
      expect(await db.officeSettings.get('office')).toEqual({ id: 'office', companyName: '宁波某电器有限公司' });
    },
  },
  // Version 11 (sign-in) only adds the local signInFailures table; clerks of before read as "no password yet" (clerks-upgrade.test.ts).
  11: {
    async seed(db) {
      await db.signInFailures.put({ clerkId: 'c-1', times: [T0] });
    },
    async check(db) {
      expect(await db.signInFailures.get('c-1')).toEqual({ clerkId: 'c-1', times: [T0] });
    },
  },
  // Version 10: master data (a new table); the ledger rows gain the entry ids ('' for the cases stored before).
  10: {
    async seed(db) {
      await db.masterEntries.add({ id: 'm-10', kind: 'customer', code: 'C1', name: '华为', aliases: [], active: true, confirmed: true, parentId: '' });
      await db.cases.add({ ...v1Case, projection: v6Projection });
    },
    async check(db) {
      expect((await db.masterEntries.where('kind').equals('customer').first())?.name).toBe('华为');
      expect(await db.ledgerRows.get(v1Case.id)).toMatchObject({ customerId: '', productModelId: '', defectTypeId: '' });
    },
  },
  // Version 12 only adds the signatures table (cases signed nothing before).
  12: {
    async seed(db) {
      await db.signatures.add(v12Signature);
    },
    async check(db) {
      expect(await db.signatures.where('caseId').equals(v1Case.id).toArray()).toEqual([v12Signature]);
    },
  },
  // Version 13 only adds the local table of unverified signatures.
  13: {
    async seed(db) {
      await db.unverifiedSignatures.add({ id: v12Signature.id, caseId: v1Case.id, reason: 'roleMissing' });
    },
    async check(db) {
      expect(await db.unverifiedSignatures.where('caseId').equals(v1Case.id).toArray()).toEqual([{ id: v12Signature.id, caseId: v1Case.id, reason: 'roleMissing' }]);
    },
  },
  // Version 14 only adds the shipments table (nothing was shipped on record before).
  14: {
    async seed(db) {
      await db.shipments.add(v14Shipment);
    },
    async check(db) {
      expect(await db.shipments.where('month').equals('2026-11').toArray()).toEqual([v14Shipment]);
    },
  },
  // Version 15 only adds the monthlyReports table.
  15: {
    async seed(db) {
      await db.monthlyReports.add({ id: 'report|2026-11', month: '2026-11', issuedAt: '2026-12-08T02:00:00.000Z', issuedBy: '李娜' });
    },
    async check(db) {
      expect(await db.monthlyReports.get('report|2026-11')).toEqual({ id: 'report|2026-11', month: '2026-11', issuedAt: '2026-12-08T02:00:00.000Z', issuedBy: '李娜' });
    },
  },
  // Version 16 only adds the 8D 举一反三 and revision tables; a report stored before has no revision and reads as Rev.0.
  16: {
    async seed(db) {
      await db.eightDs.add(v5Report);
      await db.eightDHorizontalChecks.add(v16Check);
    },
    async check(db) {
      expect(await db.eightDHorizontalChecks.where('reportId').equals(v5Report.id).toArray()).toEqual([v16Check]);
      expect(await db.eightDRevisions.where('caseId').equals(v1Case.id).count()).toBe(0);
      expect(currentRevision((await db.eightDs.get(v5Report.id))!)).toBe(0);
    },
  },
  // Version 18 only adds the outbound leg's tables (repair orders, goods sent back), read by case and by line.
  18: {
    async seed(db) {
      await db.repairOrders.add({ id: 'ro1', caseId: 'c1', round: 1, lineId: 'l1', orderNumber: 'FX-1', quantity: 2, materialsUsed: '', hours: 1, charged: false, costFen: 0, costId: '', reinspectionResult: null, reinspectedBy: '', reinspectedOn: null, note: '', deleted: false });
      await db.outboundShipments.add({ id: 'os1', caseId: 'c1', round: 1, lineId: 'l1', kind: 'replacement', quantity: 2, shippedOn: '2026-11-20', carrier: '顺丰', trackingNumber: '', deliveryNoteNumber: '', advance: true, note: '', deleted: false });
    },
    async check(db) {
      expect((await db.repairOrders.where('lineId').equals('l1').toArray()).map((o) => o.id)).toEqual(['ro1']);
      expect((await db.outboundShipments.where('caseId').equals('c1').toArray()).map((s) => s.id)).toEqual(['os1']);
    },
  },
  // Version 19 only adds the retention tables: a database from before has no batch, nothing archived, and its cases stay.
  19: {
    async seed(db) {
      await db.cases.add({ ...v1Case, id: 'c19', caseNumber: '2611-A-019' });
    },
    async check(db) {
      expect(await db.archiveBatches.count()).toBe(0);
      expect(await db.archivedRecords.count()).toBe(0);
      expect(await db.archivedLateOps.count()).toBe(0);
      expect((await db.cases.get('c19'))?.caseNumber).toBe('2611-A-019');
    },
  },
};

describe('schema', () => {
  it('declares each version once; the latest is the highest (features append their own numbers)', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.every((v) => Number.isInteger(v) && v >= 1)).toBe(true);
    expect(LATEST_SCHEMA_VERSION).toBe(EXPECTED_LATEST);
  });

  it('creates the expected stores and indexes', async () => {
    const db = await openDeskDatabase('schema-layout', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const idb = db.backendDB();
    const actual: Record<string, unknown> = {};
    const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
    for (const name of idb.objectStoreNames) {
      const store = tx.objectStore(name);
      const indexes: Record<string, unknown> = {};
      for (const indexName of store.indexNames) {
        const index = store.index(indexName);
        indexes[indexName] = { keyPath: index.keyPath, unique: index.unique };
      }
      actual[name] = { keyPath: store.keyPath, indexes };
    }
    expect(actual).toEqual(EXPECTED_STORES);
    db.close();
  });

  it('opens with strict durability (saved writes survive power loss)', () => {
    const db = new DeskDatabase('schema-durability', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db._options.chromeTransactionDurability).toBe('strict');
  });

  it('has an upgrade test for every declared version', () => {
    expect(Object.keys(UPGRADES).map(Number).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version).sort());
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))('data written at version %i survives opening with the latest schema', async (version) => {
    const factory = new IDBFactory();
    const name = `upgrade-from-${version}`;
    const old = await openDeskDatabase(name, { indexedDB: factory, IDBKeyRange, upToVersion: version });
    expect(old.verno).toBe(version);
    await UPGRADES[version]!.seed(old);
    old.close();
    const latest = await openDeskDatabase(name, { indexedDB: factory, IDBKeyRange });
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    await UPGRADES[version]!.check(latest);
    latest.close();
  });

  it('the repositories work on an upgraded database (numbering continues)', async () => {
    const h = await openHarness();
    await UPGRADES[1]!.seed(h.db);
    const h2 = await h.reopen();
    expect((await h2.repos.cases.create(intake())).caseNumber).toBe('2611-B-008');
  });

  it('a case written at version 1 gets a lifecycle after the upgrade (registered, then triaged)', async () => {
    const factory = new IDBFactory();
    const old = await openDeskDatabase('upgrade-lifecycle', { indexedDB: factory, IDBKeyRange, upToVersion: 1 });
    await UPGRADES[1]!.seed(old);
    old.close();
    const h2 = await openHarness({}, factory, 'upgrade-lifecycle');
    expect((await h2.repos.lifecycle.getCaseFile(v1Case.id)).lifecycle).toMatchObject({ state: 'registered', round: 1 });
    await h2.repos.lifecycle.update(v1Case.id, { triage: 'ageing', severity: 'general', category: 'other' });
    expect((await h2.repos.cases.listAll())[0]).toMatchObject({ id: v1Case.id, caseNumber: '2611-B-007', severity: 'general', triage: 'ageing' });
    expect(await h2.repos.cases.get(v1Case.id)).toMatchObject({ customerName: v1Case.customerName, updatedAt: v1Case.updatedAt });
  });
});
