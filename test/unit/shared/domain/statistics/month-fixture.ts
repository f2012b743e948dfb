// A hand-built November 2026 at the factory (+08:00): 15 ledger rows whose
// expected statistics are written out in statistics.test.ts. Every instant
// carries its zone, so the PC's zone cannot matter.
import type { StatsRow } from '../../../../../shared/domain/statistics/rows';
import type { MasterEntry } from '../../../../../shared/domain/master-data/entry';
import type { ShareFact, CostSum } from '../../../../../shared/domain/lifecycle/projection';

const entry = (id: string, kind: MasterEntry['kind'], name: string, aliases: string[] = [], parentId = ''): MasterEntry => ({
  id,
  kind,
  code: id,
  name,
  aliases,
  active: true,
  confirmed: true,
  parentId,
});

export const MASTER: MasterEntry[] = [
  entry('c-hw', 'customer', '华为', ['华为技术']),
  entry('c-md', 'customer', '美的'),
  entry('m-100', 'productModel', 'KX-100'),
  entry('m-200', 'productModel', 'KX-200'),
  entry('d-look', 'defectType', '外观'),
  entry('d-scratch', 'defectType', '划伤', [], 'd-look'),
  entry('d-dent', 'defectType', '凹陷', [], 'd-look'),
  entry('d-func', 'defectType', '功能'),
  entry('d-noboot', 'defectType', '不开机', [], 'd-func'),
  entry('s-nb', 'supplier', '宁波五金', ['宁波五金厂']),
];

const share = (department: ShareFact['department'], percent: number, supplierName = ''): ShareFact => ({ department, percent, supplierName });
const cost = (kind: CostSum['kind'], amountFen: number, department: CostSum['department'] = null): CostSum => ({ kind, amountFen, department });

/** A domestic general product-quality complaint of 华为 / KX-100 with nothing decided yet; `over` changes it. */
export function row(over: Partial<StatsRow>): StatsRow {
  return {
    receivedAt: '2026-11-02T10:00:00+08:00',
    market: 'domestic',
    countsAsComplaint: true,
    triage: 'production_quality',
    severity: 'general',
    category: 'product_quality',
    closedAt: null,
    customerId: 'c-hw',
    customerName: '华为',
    productModelId: 'm-100',
    productModel: 'KX-100',
    defectTypeId: '',
    quantityDefective: 1,
    shares: [],
    departments: [],
    costs: [],
    ...over,
  };
}

export const NOVEMBER: Record<string, StatsRow> = {
  // Closed exactly 13 days after receipt: on time. 70 % production / 30 % quality.
  r1: row({ defectTypeId: 'd-scratch', closedAt: '2026-11-15T10:00:00+08:00', quantityDefective: 5, shares: [share('production', 70), share('quality', 30)], costs: [cost('loss', 10_000, 'production'), cost('freight', 2_000)] }),
  // The alias spelling 华为技术 typed, no ids: counts as 华为 and KX-100. Closed on day 14: 23 h late. Supplier typed by its alias.
  r2: row({ customerId: '', customerName: '华为技术', productModelId: '', productModel: 'KX-100', defectTypeId: 'd-dent', severity: 'serious', closedAt: '2026-11-16T09:00:00+08:00', quantityDefective: 10, shares: [share('purchasing', 100, '宁波五金厂')], costs: [cost('compensation', 50_000, 'purchasing')] }),
  // Foreign, free-text customer with blanks: closed on day 16 of 17, on time. Split purchasing / quality.
  r3: row({ receivedAt: '2026-11-03T09:00:00+08:00', market: 'foreign', customerId: '', customerName: '  Acme GmbH ', productModelId: '', productModel: 'ZX-9', defectTypeId: 'd-noboot', severity: 'urgent', closedAt: '2026-11-19T09:00:00+08:00', quantityDefective: null, shares: [share('purchasing', 50, '宁波五金'), share('quality', 50)] }),
  // Foreign, the same customer spelt in lower case; a level-1 defect type; closed 18 days after receipt: 25 h late. Thirds.
  r4: row({ receivedAt: '2026-11-05T09:00:00+08:00', market: 'foreign', customerId: '', customerName: 'acme gmbh', productModelId: '', productModel: 'zx-9', defectTypeId: 'd-func', closedAt: '2026-11-23T10:00:00+08:00', shares: [share('technical', 33.3), share('production', 33.3), share('sales', 33.4)] }),
  // 7-day no-reason returns: counted apart, nowhere else (not even their freight).
  r5: row({ receivedAt: '2026-11-06T10:00:00+08:00', triage: 'seven_day_return', countsAsComplaint: false, customerId: 'c-md', customerName: '美的', closedAt: '2026-11-08T10:00:00+08:00', costs: [cost('freight', 1_500)] }),
  r6: row({ receivedAt: '2026-11-20T10:00:00+08:00', triage: 'seven_day_return', countsAsComplaint: false }),
  // Received in October, closed in November: 8 days late. Production 100 %, a loss.
  r7: row({ receivedAt: '2026-10-20T10:00:00+08:00', closedAt: '2026-11-10T10:00:00+08:00', shares: [share('production', 100)], costs: [cost('loss', 8_000, 'production')] }),
  // Received in October, still open: due 11-07 10:00.
  r8: row({ receivedAt: '2026-10-25T10:00:00+08:00' }),
  // 23:30 on the last evening of November (15:30 UTC): November. Nothing triaged yet.
  r9: row({ receivedAt: '2026-11-30T23:30:00+08:00', customerId: 'c-md', customerName: '美的', productModelId: '', productModel: '', severity: null, category: null, triage: null, quantityDefective: null }),
  // Midnight starting December (16:00 UTC on November 30th): December.
  r10: row({ receivedAt: '2026-11-30T16:00:00Z' }),
  // Open with its responsibility decided; due 11-23 10:00.
  r11: row({ receivedAt: '2026-11-10T10:00:00+08:00', defectTypeId: 'd-scratch', quantityDefective: 2, shares: [share('production', 100)] }),
  // Closed on time, no shares, a repair cost borne by quality.
  r12: row({ receivedAt: '2026-11-12T10:00:00+08:00', customerId: 'c-md', customerName: '美的', defectTypeId: 'd-noboot', category: 'delivery_logistics', closedAt: '2026-11-20T10:00:00+08:00', quantityDefective: null, costs: [cost('repair', 3_000, 'quality')] }),
  // 美的 typed without its id; closed in December: open at the end of November, due 11-27 10:00.
  r13: row({ receivedAt: '2026-11-14T10:00:00+08:00', customerId: '', customerName: '美的', productModelId: 'm-200', productModel: 'KX-200', closedAt: '2026-12-03T10:00:00+08:00', quantityDefective: 3 }),
  r14: row({ receivedAt: '2026-11-18T10:00:00+08:00', defectTypeId: 'd-scratch', closedAt: '2026-11-25T10:00:00+08:00', quantityDefective: 4, shares: [share('quality', 100)] }),
  // September / October: before the month, closed before it.
  r15: row({ receivedAt: '2026-09-01T10:00:00+08:00', closedAt: '2026-10-15T10:00:00+08:00' }),
};

export const NOVEMBER_ROWS: StatsRow[] = Object.values(NOVEMBER);
