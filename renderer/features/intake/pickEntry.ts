/**
 * What picking a master-data entry writes into the intake draft: the text
 * fields it names (customerName and market; productModel and a part number
 * of the model) and the entry id. Typing instead unlinks the entry. Only
 * fields whose value changes are set, so the form still writes only what
 * the clerk changed. Pure.
 */
import type { MasterEntry } from '../../../shared/domain/master-data/entry';
import type { IntakeDraft } from './draft';

export type PickerField = 'customerName' | 'productModel' | 'defectTypeId';

const ID_OF = { customerName: 'customerId', productModel: 'productModelId', defectTypeId: 'defectTypeId' } as const;

/** A stored case from before master data has no ids: read as ''. */
const orEmpty = (value: string | undefined): string => value ?? '';
export const entryIdIn = (draft: IntakeDraft, field: PickerField): string => orEmpty(draft[ID_OF[field]]);

function onlyChanged(draft: IntakeDraft, patch: Partial<IntakeDraft>): Partial<IntakeDraft> {
  const out: Partial<IntakeDraft> = {};
  for (const [key, value] of Object.entries(patch) as [keyof IntakeDraft, never][]) {
    if ((draft[key] ?? '') !== value) out[key] = value;
  }
  return out;
}

export function pickPatch(draft: IntakeDraft, field: PickerField, entry: MasterEntry): Partial<IntakeDraft> {
  if (field === 'customerName') return onlyChanged(draft, { customerName: entry.name, customerId: entry.id, ...(entry.market ? { market: entry.market } : {}) });
  if (field === 'productModel') {
    const parts = entry.partNumbers ?? [];
    const part = parts.length > 0 && !parts.includes(draft.partNumber.trim()) ? { partNumber: parts[0]! } : {};
    return onlyChanged(draft, { productModel: entry.name, productModelId: entry.id, ...part });
  }
  return onlyChanged(draft, { defectTypeId: entry.id });
}

/** Typing in a picker: the text (none for defect types, which have no text field) and the entry unlinked. */
export function typePatch(draft: IntakeDraft, field: PickerField, text: string): Partial<IntakeDraft> {
  if (field === 'defectTypeId') return onlyChanged(draft, { defectTypeId: '' });
  return onlyChanged(draft, field === 'customerName' ? { customerName: text, customerId: '' } : { productModel: text, productModelId: '' });
}
