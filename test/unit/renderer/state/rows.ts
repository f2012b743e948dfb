import type { LedgerRow } from '../../../../shared/domain/ledger-row';
import { EMPTY_PROJECTION } from '../../../../shared/domain/lifecycle/projection';

/** A varied ledger row for filter/sort tests (customers in Chinese and Latin script, mixed quantities). */
export function makeRow(i: number, over: Partial<LedgerRow> = {}): LedgerRow {
  const day = i % 1000;
  return {
    id: `id-${String(i).padStart(6, '0')}`,
    caseNumber: `26${String((i % 12) + 1).padStart(2, '0')}-B-${String(i).padStart(5, '0')}`,
    customerName: ['宁波电器', '苏州精密', 'Acme GmbH', '深圳光电', 'Osaka Kogyo'][i % 5]! + ` ${i % 997}`,
    productModel: `KX-${i % 313}`,
    partNumber: `P${(i * 7919) % 100_000}`,
    lotNumber: `L${i % 7001}`,
    orderNumber: `SO-${i}`,
    receivedAt: new Date(Date.UTC(2024, 0, 1) + day * 86_400_000 + (i % 86_400) * 1000).toISOString().replace('.000Z', '+00:00'),
    market: i % 3 === 0 ? 'foreign' : 'domestic',
    quantityDefective: i % 11 === 0 ? null : i % 500,
    updatedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
    createdBy: i % 2 ? '张三' : '李四',
    customerId: '',
    productModelId: '',
    defectTypeId: '',
    ...EMPTY_PROJECTION,
    ...over,
  };
}

