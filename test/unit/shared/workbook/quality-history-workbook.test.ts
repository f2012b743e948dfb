// One model's 品质履历表 as its own workbook, read back with exceljs.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { historyEntry } from '../../../../shared/domain/quality-history/entry';
import { buildQualityHistoryWorkbook } from '../../../../shared/workbook/quality-history-sheet';
import { MASTER } from '../domain/statistics/month-fixture';
import { cause, containment, corrective, report } from '../domain/eightd/fixtures';

describe('buildQualityHistoryWorkbook', () => {
  it('writes one sheet: the complaints in order with the customer, causes, measures, 8D, effect and photo count', async () => {
    const base = { lotNumber: 'L2611A', quantityDefective: 12, customerId: '', customerName: '=cmd|calc', productModelId: 'm-100', productModel: 'KX-100', defectTypeId: 'd-noboot', defectDescription: '不开机' };
    const entry = historyEntry({
      case: { ...base, id: 'c-1', caseNumber: '2611-A-001', receivedAt: '2026-11-30T23:30:00+08:00' },
      lifecycle: null,
      actions: [],
      eightDs: [{ report: report(), members: [], containment: [containment()], causes: [cause()], correctives: [corrective(), corrective({ id: 'a-2', description: '增加老化测试', status: 'planned' })], prevention: [], checks: [] }],
      attachments: [{ id: 'f', caseId: 'c-1', ownerId: 'c-1', fileName: 'x.jpg', mimeType: 'image/jpeg', size: 1, sha256: 'a', thumbnailSha256: null, addedAt: '', addedBy: '', deleted: false }],
    });
    const bytes = await buildQualityHistoryWorkbook({ entries: [entry], masterData: MASTER, subjectKind: 'productModel', subjectName: 'KX-100', exportedAtMs: Date.parse('2026-12-01T08:00:00+08:00') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['品质履历']);
    const ws = wb.getWorksheet('品质履历')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['受理日期', '案件编号', '客户', '批号', '不良现象', '不良数', '发生原因', '流出原因', '临时措施', '永久措施', '8D 编号', '效果确认', '照片（张）']);
    const row = ws.getRow(2);
    // 23:30 on November 30th at the factory is November 30th, whatever the PC's zone.
    expect(row.getCell(1).value).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(row.getCell(3).value).toBe('=cmd|calc');
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(5).value).toBe('功能/不开机：不开机');
    expect(row.getCell(10).value).toBe('模温控制器加装报警\n增加老化测试');
    expect(row.getCell(12).value).toBe('待验证（1/2 已验证）');
    expect(row.getCell(13).value).toBe(1);
    expect(ws.autoFilter).toBeDefined();
  });
});
