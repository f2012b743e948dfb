import { describe, expect, it } from 'vitest';
import { historyEntry, type HistorySource } from '../../../../../shared/domain/quality-history/entry';
import { effectText } from '../../../../../shared/domain/quality-history/texts';
import { historySubjects, rowsOfSubject } from '../../../../../shared/domain/quality-history/subject';
import type { AttachmentRecord, CaseActionRecord } from '../../../../../shared/domain/lifecycle/records';
import { periodRange } from '../../../../../shared/domain/statistics/periods';
import { cause, containment, corrective, prevention, report } from '../eightd/fixtures';
import { MASTER, row } from '../statistics/month-fixture';

const action = (over: Partial<CaseActionRecord>): CaseActionRecord => ({
  id: 'act-1', caseId: 'c-1', round: 1, kind: 'corrective', description: '', owner: '', department: null, dueDate: '', status: 'open', doneAt: null, verifiedBy: '', deleted: false, ...over,
});
const attachment = (over: Partial<AttachmentRecord>): AttachmentRecord => ({
  id: 'f-1', caseId: 'c-1', ownerId: 'c-1', fileName: 'a.jpg', mimeType: 'image/jpeg', size: 10, sha256: 'aa', thumbnailSha256: 'tt', addedAt: '2026-11-02T10:00:00+08:00', addedBy: '', deleted: false, ...over,
});
const source = (over: Partial<HistorySource>): HistorySource => ({
  case: { id: 'c-1', caseNumber: '2611-A-001', receivedAt: '2026-11-02T10:00:00+08:00', lotNumber: 'L2611A', defectDescription: '外壳开裂', quantityDefective: 12, customerId: 'c-hw', customerName: '华为', productModelId: 'm-100', productModel: 'KX-100', defectTypeId: 'd-scratch' },
  lifecycle: { analysisSummary: '初判：模具问题' },
  actions: [],
  eightDs: [],
  attachments: [],
  ...over,
});

describe('a line of the 品质履历表', () => {
  it('takes the root causes from the 8D summary, the measures from D3 / D5 / D7 and the case, and says the effect is checked when every measure is verified', () => {
    const bundle = { report: report(), members: [], containment: [containment(), containment({ id: 'k-2', description: '在途品拦截' }), containment({ id: 'k-3', description: '作废', deleted: true })], causes: [cause()], correctives: [corrective()], prevention: [prevention()], checks: [] };
    const e = historyEntry(source({
      eightDs: [bundle],
      actions: [action({ kind: 'containment', description: '库存挑选' }), action({ id: 'act-2', kind: 'preventive', description: '培训', status: 'verified' })],
      attachments: [attachment({ id: 'f-2', addedAt: '2026-11-05T10:00:00+08:00', fileName: 'd4.png', mimeType: 'image/png' }), attachment({}), attachment({ id: 'f-3', mimeType: 'application/pdf' }), attachment({ id: 'f-4', deleted: true })],
    }));
    expect(e.occurrenceCause).toBe('模具温度过低');
    expect(e.escapeCause).toBe('出货检验未覆盖');
    // The same containment typed on the case and in the 8D shows once; the deleted one not at all.
    expect(e.temporaryMeasures).toEqual(['库存挑选', '在途品拦截']);
    expect(e.permanentMeasures).toEqual(['模温控制器加装报警', '更新 PFMEA 模温失效模式', '培训']);
    expect(e.eightDNumbers).toEqual(['8D20261123001-B']);
    expect(e.effect).toBe('effective');
    expect([e.verifiedCount, e.verifiableCount]).toEqual([2, 2]);
    expect(e.effectNotes).toEqual(['连续 3 批无不良']);
    expect(e.photos.map((p) => p.fileName)).toEqual(['a.jpg', 'd4.png']);
  });

  it('falls back to the fishbone\'s root causes, then to the case\'s analysis; pending while a measure is not verified; none without measures', () => {
    const noSummary = report({ occurrenceRootCause: '', escapeRootCause: '' });
    const causes = [cause(), cause({ id: 'x-2', analysis: 'escape', description: '抽样方案不足' }), cause({ id: 'x-3', analysis: 'escape', description: '未确认', isRootCause: false })];
    const e = historyEntry(source({ eightDs: [{ report: noSummary, members: [], containment: [], causes, correctives: [corrective({ status: 'implemented' })], prevention: [], checks: [] }] }));
    expect([e.occurrenceCause, e.escapeCause]).toEqual(['模具温度过低', '抽样方案不足']);
    expect(e.effect).toBe('pending');
    expect(e.effectNotes).toEqual([]);

    const plain = historyEntry(source({}));
    expect([plain.occurrenceCause, plain.escapeCause, plain.effect]).toEqual(['初判：模具问题', '', 'none']);
    expect(plain.eightDNumbers).toEqual([]);
  });

  it('takes the effect check recorded after closure first: effective, or not effective with what was found', () => {
    const pending = [{ report: report(), members: [], containment: [], causes: [], correctives: [corrective({ status: 'implemented' })], prevention: [], checks: [] }];
    const ok = historyEntry(source({ eightDs: pending, lifecycle: { analysisSummary: '', effectCheck: { result: 'effective', checkedOn: '2027-02-20', checkedBy: '李娜', note: '3 个月无同类投诉' } } }));
    expect([ok.effect, ok.effectNotes]).toEqual(['effective', ['2027-02-20 李娜', '3 个月无同类投诉']]);
    const failed = historyEntry(source({ lifecycle: { analysisSummary: '', effectCheck: { result: 'ineffective', checkedOn: '2027-02-20', checkedBy: '李娜', note: '客户再次反馈' } } }));
    expect(failed.effect).toBe('ineffective');
    expect(effectText(failed)).toBe('无效（已重开）：2027-02-20 李娜：客户再次反馈');
  });

  it('leaves a deleted 8D out', () => {
    const e = historyEntry(source({ eightDs: [{ report: report({ deleted: true }), members: [], containment: [], causes: [], correctives: [corrective()], prevention: [], checks: [] }] }));
    expect(e.eightDNumbers).toEqual([]);
    expect(e.effect).toBe('none');
  });
});

describe('whose history', () => {
  const rows = [
    { ...row({ receivedAt: '2026-11-05T10:00:00+08:00' }), caseNumber: 'B' },
    // The model typed by name without its id counts with the entry.
    { ...row({ receivedAt: '2026-11-01T10:00:00+08:00', productModelId: '', productModel: 'kx-100' }), caseNumber: 'A' },
    { ...row({ receivedAt: '2026-11-05T10:00:00+08:00' }), caseNumber: 'A2' },
    { ...row({ productModelId: 'm-200', productModel: 'KX-200', customerId: 'c-md', customerName: '美的' }), caseNumber: 'C' },
    // A 7-day no-reason return is not a complaint.
    { ...row({ countsAsComplaint: false, triage: 'seven_day_return' }), caseNumber: 'D' },
    { ...row({ receivedAt: '2026-10-05T10:00:00+08:00' }), caseNumber: 'E' },
  ];

  it('lists the models with complaints, most first, and a model\'s complaints oldest first', () => {
    expect(historySubjects(rows, 'productModel', MASTER).map((s) => [s.label, s.count])).toEqual([['KX-100', 4], ['KX-200', 1]]);
    expect(historySubjects(rows, 'customer', MASTER).map((s) => [s.label, s.count])).toEqual([['华为', 4], ['美的', 1]]);
    expect(rowsOfSubject(rows, { kind: 'productModel', key: 'id:m-100' }, MASTER).map((r) => r.caseNumber)).toEqual(['E', 'A', 'A2', 'B']);
  });

  it('keeps to a range when one is given', () => {
    const nov = periodRange({ kind: 'month', month: '2026-11' })!;
    expect(rowsOfSubject(rows, { kind: 'productModel', key: 'id:m-100' }, MASTER, nov).map((r) => r.caseNumber)).toEqual(['A', 'A2', 'B']);
    expect(historySubjects(rows, 'productModel', MASTER, nov)[0]!.count).toBe(3);
  });
});
