/** Two archived cases as an archive file's records hold them (shared by the archive print tests). */
import { ARCHIVE_VIEW_TABLES, archivedCaseFile, isArchivedCaseProblem, type ArchivedCaseFile } from '../../../../../shared/domain/retention/archived-case';
import { line } from '../lifecycle/commands/context';
import { lifecycle } from '../lifecycle/fixtures';
import { BUNDLE, CASE } from '../../forms/eightd-fixture';

type Row = Record<string, unknown>;

export const ID = CASE.id;
const OTHER = 'case-2';
export const emptyTables = (): Record<string, Row[]> => Object.fromEntries(Object.values(ARCHIVE_VIEW_TABLES).map((t) => [t, []]));
const transition = (id: string, at: string, from: string, to: string, caseId = ID): Row => ({ id, caseId, action: 'x', from, to, round: 1, reason: '', by: '王丽', at });
export const shipment = (over: Row = {}): Row => ({ id: 'sh1', caseId: ID, round: 1, lineId: 'l1', kind: 'replacement', quantity: 12, shippedOn: '2019-07-15', carrier: '顺丰速运', trackingNumber: 'SF1', deliveryNoteNumber: 'DN-0715', advance: false, note: '', deleted: false, ...over });

/** Two archived cases as the file holds them: the stored case rows (with their ledger bookkeeping), every case table. */
export function records(): Record<string, Row[]> {
  return {
    ...emptyTables(),
    cases: [
      { ...CASE, liveReceivedAt: CASE.receivedAt, projection: { state: 'closed' } },
      { ...CASE, id: OTHER, caseNumber: '2611-B-008', customerName: '宁波家电' },
    ],
    caseLifecycles: [{ ...lifecycle({ id: ID, caseId: ID, state: 'closed', rmaNumber: 'RMA1907-B-001', decision: 'C', decisionAmountFen: 150_000 }) }, { ...lifecycle({ id: OTHER, caseId: OTHER, state: 'closed' }) }],
    transitions: [transition('t2', '2019-07-20T10:00:00+08:00', 'verification', 'closed'), transition('t1', '2019-07-02T10:00:00+08:00', 'registered', 'triage'), transition('t9', '2019-07-03T10:00:00+08:00', 'registered', 'triage', OTHER)],
    returnLines: [{ ...line({ id: 'l1', caseId: ID, quantityApproved: 12, quantityReceived: 12 }) }, { ...line({ id: 'l0', caseId: ID, deleted: true }) }, { ...line({ id: 'l9', caseId: OTHER }) }],
    outboundShipments: [shipment()],
    // Not a view table: the archive holds it, the print view does not read it.
    printRecords: [{ id: 'p1', caseId: ID }],
  };
}

export const fileOf = (r: Record<string, Row[]>): ArchivedCaseFile => {
  const file = archivedCaseFile(r, ID);
  if (isArchivedCaseProblem(file)) throw new Error(`unexpected problem ${file.problem}`);
  return file;
};


/** The archive's 8D tables holding BUNDLE (of the case), a tombstoned member, a member of another case's report and a deleted report. */
export function eightDRecords(): Record<string, Row[]> {
  const b = BUNDLE;
  return {
    eightDs: [{ ...b.report }, { ...b.report, id: 'r-0', number: '8D20261101001', deleted: true }, { ...b.report, id: 'r-9', caseId: OTHER }],
    eightDMembers: [...[...b.members].reverse().map((m) => ({ ...m })), { ...b.members[0]!, id: 'm-0', deleted: true }, { ...b.members[0]!, id: 'm-9', reportId: 'r-9', caseId: OTHER }],
    eightDContainment: b.containment.map((r) => ({ ...r })),
    eightDCauses: b.causes.map((r) => ({ ...r })),
    eightDCorrectives: b.correctives.map((r) => ({ ...r })),
    eightDPrevention: b.prevention.map((r) => ({ ...r })),
    eightDHorizontalChecks: b.checks.map((r) => ({ ...r })),
    eightDRevisions: [],
  };
}
