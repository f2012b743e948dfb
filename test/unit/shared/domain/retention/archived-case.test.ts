/**
 * Printing from an archive (issue 20.6 follow-up): an archived case's rows, as
 * an archive file's records hold them, project into the case and view the
 * print dialog reads (the working database's projection, lifecycle/case-view.ts),
 * and offer the forms a closed case's records fill (the printed form:
 * test/unit/renderer/features/print/archive-print.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { archivedCaseFile, archivedEightDs } from '../../../../../shared/domain/retention/archived-case';
import { archiveFormKinds } from '../../../../../shared/forms/archive-forms';
import { BUNDLE, CASE } from '../../forms/eightd-fixture';
import { eightDRecords, emptyTables, fileOf, ID, records, shipment } from './archive-fixtures';

describe('archivedCaseFile: an archived case from the archive records', () => {
  it("projects the case and only its own records, in the view's order, without the ledger bookkeeping", () => {
    const file = fileOf(records());
    expect(file.case.caseNumber).toBe('2611-B-007');
    expect(file.case.customerName).toBe(CASE.customerName);
    expect(file.case).not.toHaveProperty('projection');
    expect(file.case).not.toHaveProperty('liveReceivedAt');
    expect(file.view.lifecycle.state).toBe('closed');
    expect(file.view.lifecycle.rmaNumber).toBe('RMA1907-B-001');
    expect(file.view.transitions.map((t) => t.id)).toEqual(['t1', 't2']);
    // Tombstones stay in the view (the forms filter them), other cases' rows do not.
    expect(file.view.returnLines.map((l) => l.id)).toEqual(['l0', 'l1']);
    expect(file.view.shipments.map((s) => s.id)).toEqual(['sh1']);
    expect(file.view.costs).toEqual([]);
  });

  it('does not change the records it was given', () => {
    const r = records();
    const before = JSON.stringify(r);
    fileOf(r);
    expect(JSON.stringify(r)).toBe(before);
  });

  it('a case without a lifecycle record gets the default one (as in the working database)', () => {
    const r = records();
    r.caseLifecycles = [];
    expect(fileOf(r).view.lifecycle).toMatchObject({ id: ID, state: 'registered', round: 1, rmaNumber: null });
  });

  it('a missing case row, one without its number or intake date, or a missing case table is a problem, not a half-built case', () => {
    const r = records();
    expect(archivedCaseFile(r, 'nope')).toEqual({ problem: 'noCase', caseId: 'nope' });
    expect(archivedCaseFile({ ...r, cases: [{ id: ID, caseNumber: '', receivedAt: CASE.receivedAt }] }, ID)).toEqual({ problem: 'noCase', caseId: ID });
    expect(archivedCaseFile({ ...r, cases: [{ id: ID, caseNumber: '2611-B-007' }] }, ID)).toEqual({ problem: 'noCase', caseId: ID });
    const { returnLines: _gone, ...withoutLines } = r;
    expect(archivedCaseFile(withoutLines, ID)).toEqual({ problem: 'missingTable', table: 'returnLines' });
    const { cases: _noCases, ...withoutCases } = r;
    expect(archivedCaseFile(withoutCases, ID)).toEqual({ problem: 'noCase', caseId: ID });
  });
});

describe('archiveFormKinds: the forms a closed case is reprinted on', () => {
  it('with return lines, a decided amount and a 送货单: the complaint form, the return paperwork, the credit note and the 送货单 — never box labels or a 催办单', () => {
    const file = fileOf(records());
    expect(archiveFormKinds(file.case, file.view)).toEqual(['complaint', 'inspection', 'creditNote', 'finishedGoodsReturn', 'receiptConfirmation', 'deliveryNote']);
  });

  it('a case imported from a 台账 and closed without records: the complaint form only', () => {
    const r = { ...emptyTables(), cases: [{ ...CASE }] };
    const file = fileOf(r);
    expect(archiveFormKinds(file.case, file.view)).toEqual(['complaint']);
  });

  it('a deleted shipment is no 送货单', () => {
    const r = records();
    r.outboundShipments = [shipment({ deleted: true })];
    const file = fileOf(r);
    expect(archiveFormKinds(file.case, file.view)).not.toContain('deliveryNote');
  });
});

describe('archivedEightDs: the 8D reports of an archived case', () => {
  it("its live report as the working database bundles it: the report's live children in id order, nothing of other cases", () => {
    const reports = archivedEightDs({ ...records(), ...eightDRecords() }, ID);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.bundle).toEqual(BUNDLE);
    expect(reports[0]!.revisions).toEqual([]);
  });

  it('none when the case had no 8D, or the file has no 8D tables', () => {
    expect(archivedEightDs(records(), ID)).toEqual([]);
    expect(archivedEightDs({ ...records(), ...eightDRecords(), eightDs: [] }, ID)).toEqual([]);
  });

  it('offered among the forms only when an 8D is at hand', () => {
    const file = fileOf(records());
    expect(archiveFormKinds(file.case, file.view, true)).toContain('eightD');
    expect(archiveFormKinds(file.case, file.view)).not.toContain('eightD');
  });
});
