/** Which intake fields each section of the case view shows (mirrors the intake form). */
import type { CaseField } from '../../../shared/domain/case';

export const INTAKE_SECTIONS: readonly { key: 'customer' | 'product' | 'quantity' | 'problem' | 'requests'; fields: readonly CaseField[] }[] = [
  { key: 'customer', fields: ['customerName', 'contactPerson', 'contactChannel', 'contactDetail', 'receivedAt', 'market'] },
  { key: 'product', fields: ['productModel', 'partNumber', 'orderNumber', 'originalNumber', 'lotNumber', 'shipDate'] },
  { key: 'quantity', fields: ['quantityDelivered', 'quantityInspected', 'quantityDefective', 'quantityPending'] },
  { key: 'problem', fields: ['defectTypeId', 'defectDescription', 'foundAt', 'occurrence'] },
  { key: 'requests', fields: ['customerRequests'] },
];
