/**
 * The add/edit form of an entry as text fields (lists as comma- or
 * line-separated text, percentages as text) and back to the repository's
 * terms; the changed fields only for an edit. Pure.
 */
import type { Market } from '../../../shared/domain/case';
import type { MasterEntry, MasterEntryInput, MasterKind } from '../../../shared/domain/master-data/entry';

export interface EntryDraft {
  code: string;
  name: string;
  aliases: string;
  parentId: string;
  market: Market;
  contact: string;
  toleranceOverPercent: string;
  toleranceUnderPercent: string;
  eightDLayout: string;
  partNumbers: string;
}

export function entryToDraft(entry: MasterEntry | null, kind: MasterKind, parentId = ''): EntryDraft {
  const percent = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    code: entry?.code ?? '',
    name: entry?.name ?? '',
    aliases: entry?.aliases.join('\n') ?? '',
    parentId: entry?.parentId ?? (kind === 'defectType' ? parentId : ''),
    market: entry?.market ?? 'domestic',
    contact: entry?.contact ?? '',
    toleranceOverPercent: percent(entry?.toleranceOverPercent),
    toleranceUnderPercent: percent(entry?.toleranceUnderPercent),
    eightDLayout: entry?.eightDLayout ?? '',
    partNumbers: entry?.partNumbers?.join('\n') ?? '',
  };
}

/** "a, b\nc；d" → ['a', 'b', 'c', 'd'] (the repository trims and deduplicates). */
export function splitList(text: string): string[] {
  return text.split(/[,，;；\n]/).map((s) => s.trim()).filter((s) => s !== '');
}

function percentOf(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'invalid';
}

/** The draft in the repository's terms for `kind`, and the errors found before asking it (a percentage that is no number). */
export function draftToInput(draft: EntryDraft, kind: MasterKind): { input: Partial<MasterEntryInput>; errors: Record<string, string> } {
  const input: Partial<MasterEntryInput> = { code: draft.code, name: draft.name, aliases: splitList(draft.aliases) };
  const errors: Record<string, string> = {};
  if (kind === 'defectType') input.parentId = draft.parentId;
  if (kind === 'customer') {
    input.market = draft.market;
    input.contact = draft.contact;
    input.eightDLayout = draft.eightDLayout;
    for (const field of ['toleranceOverPercent', 'toleranceUnderPercent'] as const) {
      const value = percentOf(draft[field]);
      if (value === 'invalid') errors[field] = 'invalidPercent';
      else input[field] = value;
    }
  }
  if (kind === 'productModel') input.partNumbers = splitList(draft.partNumbers);
  return { input, errors };
}
