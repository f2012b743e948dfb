/**
 * Master data (字典, issue 16): the entries intake picks from and the ledger
 * counts by — customers, product models, suppliers, defect types (two
 * levels), root-cause categories (5M1E) and departments. Pure types and
 * constants; stored and replicated by renderer/db/master-data-repository.ts.
 * An entry is never deleted once used: it is deactivated.
 */
import type { Market } from '../case';

export const MASTER_KINDS = ['customer', 'productModel', 'supplier', 'defectType', 'rootCause', 'department'] as const;
export type MasterKind = (typeof MASTER_KINDS)[number];

export interface MasterEntry {
  /** Global id; the seed's entries have fixed ids (seed.ts) so every PC holds the same records. */
  id: string;
  kind: MasterKind;
  /** Short code, unique per kind (e.g. C0012, A01). */
  code: string;
  name: string;
  /** Spelling variants counted as this entry (华为技术 → 华为). */
  aliases: string[];
  /** Inactive entries are kept (old cases name them) but no longer offered at intake. */
  active: boolean;
  /** False while an entry added on the spot at intake waits for the admin to confirm it. */
  confirmed: boolean;
  /** Defect types: the level-1 entry this level-2 entry sits under; '' for none. */
  parentId: string;
  // Customers.
  market?: Market;
  contact?: string;
  /** The customer's own over/under receiving tolerance in percent (null: the office's receivingTolerancePercent; customer-rules.ts). */
  toleranceOverPercent?: number | null;
  toleranceUnderPercent?: number | null;
  /** Id of the 8D Word layout this customer wants, preselected at export ('' or unknown: the PC's last used one; customer-rules.ts). */
  eightDLayout?: string;
  // Product models.
  partNumbers?: string[];
}

/** What a clerk types for an entry (the id, kind and bookkeeping are not theirs). */
export type MasterEntryInput = Omit<MasterEntry, 'id' | 'kind'>;
export type MasterField = keyof MasterEntryInput;

/** Fields a write may carry (the repository picks these from its input). */
export const MASTER_FIELDS: readonly MasterField[] = [
  'code',
  'name',
  'aliases',
  'active',
  'confirmed',
  'parentId',
  'market',
  'contact',
  'toleranceOverPercent',
  'toleranceUnderPercent',
  'eightDLayout',
  'partNumbers',
];

/** Longest text per field, in UTF-16 code units (like the intake's TEXT_LIMITS). */
export const MASTER_TEXT_LIMITS = {
  code: 30,
  name: 120,
  alias: 120,
  contact: 120,
  eightDLayout: 40,
  partNumber: 80,
} as const;

/** At most this many aliases / part numbers per entry. */
export const MASTER_LIST_LIMIT = 50;

export function emptyEntryInput(): MasterEntryInput {
  return { code: '', name: '', aliases: [], active: true, confirmed: true, parentId: '' };
}

/** Level 1 of the defect types (no parent) vs level 2. */
export const isTopLevel = (entry: Pick<MasterEntry, 'parentId'>): boolean => entry.parentId === '';

/** How an entry reads in a list or a case: a level-2 defect type under its level 1 ("外观 / 划伤"). */
export function entryLabel(entry: MasterEntry, entries: readonly MasterEntry[]): string {
  if (!entry.parentId) return entry.name;
  const parent = entries.find((e) => e.id === entry.parentId);
  return parent ? `${parent.name} / ${entry.name}` : entry.name;
}
