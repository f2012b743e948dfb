/**
 * How a line of the 品质履历表 reads on paper and in Excel (both Chinese,
 * whatever the UI language): the effect check in words, the defect as
 * "大类/小类：描述", the other party named like statistics name it. One
 * home, so the printed form and the workbook say the same.
 */
import type { MasterEntry } from '../master-data/entry';
import { nameResolver } from '../statistics/names';
import type { HistoryEntry } from './entry';
import type { HistorySubjectKind } from './subject';

export const SUBJECT_LABELS: Readonly<Record<HistorySubjectKind, string>> = { productModel: '型号', customer: '客户' };

export function effectText(e: Pick<HistoryEntry, 'effect' | 'effectNotes' | 'verifiedCount' | 'verifiableCount'>): string {
  switch (e.effect) {
    case 'effective':
      return ['有效', ...e.effectNotes].join('：');
    case 'ineffective':
      return ['无效（已重开）', ...e.effectNotes].join('：');
    case 'pending':
      return `待验证（${e.verifiedCount}/${e.verifiableCount} 已验证）`;
    case 'none':
      return '—';
  }
}

export interface HistoryNames {
  /** The other party of a line: the customer on a model's history, the model on a customer's. */
  party(e: HistoryEntry): string;
  /** 外观/划伤：外壳划伤 12 台 */
  defect(e: HistoryEntry): string;
}

export function historyNames(subjectKind: HistorySubjectKind, masterData: readonly MasterEntry[]): HistoryNames {
  const customer = nameResolver('customer', masterData);
  const model = nameResolver('productModel', masterData);
  const defect = nameResolver('defectType', masterData);
  return {
    party: (e) => (subjectKind === 'productModel' ? customer.resolve(e.customerId, e.customerName) : model.resolve(e.productModelId, e.productModel)).label,
    defect(e) {
      const type = defect.resolve(e.defectTypeId, '');
      const parent = defect.parentOf(type);
      const typeText = type.label === '' ? '' : parent === type ? type.label : `${parent.label}/${type.label}`;
      return [typeText, e.defectDescription.trim()].filter((t) => t !== '').join('：');
    },
  };
}
