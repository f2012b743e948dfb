/** View models of the office's printed reports, made the way the 统计 page makes them (from the hand-built November of the statistics tests). */
import { monthlyReportData } from '../../../../shared/forms/monthly-report-map';
import { qualityHistoryFormData } from '../../../../shared/forms/quality-history-map';
import type { MonthlyReportData, QualityHistoryFormData } from '../../../../shared/forms';
import { historyEntry } from '../../../../shared/domain/quality-history/entry';
import { monthlyRates, type MonthFigures } from '../../../../shared/domain/shipments/rates';
import { periodRange } from '../../../../shared/domain/statistics/periods';
import { computeStatistics } from '../../../../shared/domain/statistics/statistics';
import type { StatisticsLabels } from '../../../../shared/domain/statistics/labels';
import { MASTER, NOVEMBER } from '../domain/statistics/month-fixture';
import { cause, containment, corrective, report } from '../domain/eightd/fixtures';

export const NOV = periodRange({ kind: 'month', month: '2026-11' })!;
export const NOVEMBER_CASES = Object.entries(NOVEMBER).map(([id, r]) => ({ ...r, caseNumber: `2611-A-${id.slice(1).padStart(3, '0')}` }));

export const LABELS: StatisticsLabels = {
  severity: { general: '一般', serious: '严重', urgent: '紧急' },
  category: { product_quality: '产品质量', delivery_logistics: '交付物流' },
  department: { production: '生产/分厂', quality: '品质部', purchasing: '采购/供应商', technical: '技术部', sales: '销售部' },
  costKind: { loss: '报废损失', freight: '运费', compensation: '赔偿', repair: '返修' },
  deadlineKind: { closure: '结案', first_reply: '首次回复' },
  state: {},
  market: { domestic: '国内', foreign: '国外' },
};

const figures = new Map<string, MonthFigures>([
  ['2026-10', { complaints: 3, defective: 40, quantityShipped: 200_000, lotsShipped: 80 }],
  ['2026-11', { complaints: 9, defective: 25, quantityShipped: 100_000, lotsShipped: 50 }],
]);

export function monthlyReport(over: Partial<Parameters<typeof monthlyReportData>[0]> = {}): MonthlyReportData {
  const stats = computeStatistics(NOVEMBER_CASES, { range: NOV, masterData: MASTER });
  return monthlyReportData({
    stats,
    rows: NOVEMBER_CASES,
    masterData: MASTER,
    repeats: { repeatCases: 2, repeatedProblems: 1, caseIds: [] },
    rates: monthlyRates(figures, '2026-11', '2026-11'),
    targets: { ppm: 200, complaintRatePercent: 10, closureOnTimePercent: 90 },
    labels: LABELS,
    periodTitle: '2026年11月',
    periodRange: '2026-11-01 至 2026-11-30',
    number: '客诉统计-2026-11',
    nowMs: NOV.to,
    charts: [],
    preparedBy: '李娜',
    ...over,
  });
}

export function qualityHistory(photoUrl = ''): QualityHistoryFormData {
  const bundle = { report: report(), members: [], containment: [containment()], causes: [cause()], correctives: [corrective()], prevention: [], checks: [] };
  const base = { lotNumber: 'L2611A', quantityDefective: 12, customerId: 'c-hw', customerName: '华为', productModelId: 'm-100', productModel: 'KX-100', defectTypeId: 'd-scratch' };
  const entries = [
    historyEntry({
      case: { ...base, id: 'c-1', caseNumber: '2611-A-001', receivedAt: '2026-11-02T10:00:00+08:00', defectDescription: '外壳划伤 12 台' },
      lifecycle: { analysisSummary: '' },
      actions: [],
      eightDs: [bundle],
      attachments: [{ id: 'f-1', caseId: 'c-1', ownerId: 'c-1', fileName: '划伤.png', mimeType: 'image/png', size: 10, sha256: 'aa', thumbnailSha256: null, addedAt: '2026-11-02T10:00:00+08:00', addedBy: '', deleted: false }],
    }),
    historyEntry({
      case: { ...base, id: 'c-2', caseNumber: '2611-A-014', receivedAt: '2026-11-18T10:00:00+08:00', defectDescription: '再次划伤', customerId: '', customerName: '美的', lotNumber: 'L2611C' },
      lifecycle: { analysisSummary: '包装内衬不足' },
      actions: [],
      eightDs: [],
      attachments: [],
    }),
  ];
  return qualityHistoryFormData({ subject: { kind: 'productModel', label: 'KX-100' }, entries, masterData: MASTER, rangeText: '全部', photoUrls: new Map(photoUrl ? [['f-1', photoUrl]] : []) });
}
