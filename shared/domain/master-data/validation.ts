/**
 * Validation of a master-data entry: one error code per field (the UI
 * translates `validation.<code>`), and the clean form stored (texts trimmed,
 * aliases and part numbers trimmed and deduplicated). Pure.
 */
import { MARKETS } from '../case';
import type { FieldErrors as FieldErrorsOf } from '../field-checks';
import { MASTER_LIST_LIMIT, MASTER_TEXT_LIMITS, type MasterEntry, type MasterEntryInput, type MasterField, type MasterKind } from './entry';
import { cleanList, nameKey } from './normalize';

export type MasterValidationCode = 'required' | 'tooLong' | 'tooMany' | 'duplicateCode' | 'invalidChoice' | 'invalidPercent' | 'invalidParent';
export type MasterFieldErrors = FieldErrorsOf<MasterField, MasterValidationCode>;

const trimmed = (v: string | undefined): string | undefined => (v === undefined ? undefined : v.replace(/[\s\u3000]+/g, ' ').trim());

/** The entry as stored: texts trimmed, lists cleaned (aliases never repeat the name). */
export function cleanEntryInput<T extends Partial<MasterEntryInput>>(input: T): T {
  const out: T = { ...input };
  if (out.code !== undefined) out.code = trimmed(out.code)!;
  if (out.name !== undefined) out.name = trimmed(out.name)!;
  if (out.contact !== undefined) out.contact = trimmed(out.contact)!;
  if (out.eightDLayout !== undefined) out.eightDLayout = trimmed(out.eightDLayout)!;
  if (out.aliases !== undefined) out.aliases = cleanList(out.aliases, out.name !== undefined ? [out.name] : []);
  if (out.partNumbers !== undefined) out.partNumbers = cleanList(out.partNumbers);
  return out;
}

const percentOk = (v: number | null | undefined): boolean => v === undefined || v === null || (Number.isFinite(v) && v >= 0 && v <= 100);

/**
 * Errors of a whole (cleaned) entry of `kind` among the stored entries
 * (`others`: every entry of every kind is fine; the entry itself, by `id`, is skipped).
 */
export function validateEntry(kind: MasterKind, entry: MasterEntryInput, others: readonly MasterEntry[], id = ''): MasterFieldErrors {
  const errors: MasterFieldErrors = {};
  if (entry.name.trim() === '') errors.name = 'required';
  else if (entry.name.length > MASTER_TEXT_LIMITS.name) errors.name = 'tooLong';
  if (entry.code.trim() === '') errors.code = 'required';
  else if (entry.code.length > MASTER_TEXT_LIMITS.code) errors.code = 'tooLong';
  else {
    const key = nameKey(entry.code);
    if (others.some((o) => o.kind === kind && o.id !== id && nameKey(o.code) === key)) errors.code = 'duplicateCode';
  }
  if (entry.aliases.length > MASTER_LIST_LIMIT) errors.aliases = 'tooMany';
  else if (entry.aliases.some((a) => a.length > MASTER_TEXT_LIMITS.alias)) errors.aliases = 'tooLong';
  if (entry.partNumbers !== undefined) {
    if (entry.partNumbers.length > MASTER_LIST_LIMIT) errors.partNumbers = 'tooMany';
    else if (entry.partNumbers.some((p) => p.length > MASTER_TEXT_LIMITS.partNumber)) errors.partNumbers = 'tooLong';
  }
  if (entry.contact !== undefined && entry.contact.length > MASTER_TEXT_LIMITS.contact) errors.contact = 'tooLong';
  if (entry.eightDLayout !== undefined && entry.eightDLayout.length > MASTER_TEXT_LIMITS.eightDLayout) errors.eightDLayout = 'tooLong';
  if (entry.market !== undefined && !MARKETS.includes(entry.market)) errors.market = 'invalidChoice';
  if (!percentOk(entry.toleranceOverPercent)) errors.toleranceOverPercent = 'invalidPercent';
  if (!percentOk(entry.toleranceUnderPercent)) errors.toleranceUnderPercent = 'invalidPercent';
  if (entry.parentId !== '') {
    const parent = others.find((o) => o.id === entry.parentId);
    // Two levels only: a level-2 defect type sits under a level-1 one; other kinds are flat.
    const hasChildren = id !== '' && others.some((o) => o.parentId === id);
    if (kind !== 'defectType' || !parent || parent.kind !== 'defectType' || parent.parentId !== '' || parent.id === id || hasChildren) errors.parentId = 'invalidParent';
  }
  return errors;
}
