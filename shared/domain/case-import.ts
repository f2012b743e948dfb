/**
 * A case brought in from an office's Excel 台账 (issue 18.2): what it keeps
 * beyond its intake — the number the office gave it, open or closed and the
 * closing day — and how a later import finds it again (so importing the
 * same workbook twice, or next month's that repeats earlier rows, never
 * makes duplicates): by its original number when it has one, else by
 * customer + received day + model + lot. Pure.
 */
import { z } from 'zod';
import type { CaseIntake } from './case';
import { factoryDate, FACTORY_UTC_OFFSET_MINUTES } from './factory-calendar';
import { nameKey } from './master-data/normalize';

export const IMPORTED_STATES = ['open', 'closed'] as const;
export type ImportedState = (typeof IMPORTED_STATES)[number];

/** Longest original number, like the intake's order number. */
export const ORIGINAL_NUMBER_LIMIT = 80;

export interface ImportedCaseFacts {
  /** The office's own number for the complaint (原投诉编号 / 客诉单号), '' when its ledger had none. */
  originalNumber: string;
  state: ImportedState;
  /** yyyy-mm-dd (factory day) when closed and the ledger says when; else null. */
  closedDate: string | null;
}

export type MatchedFields = Pick<CaseIntake, 'customerId' | 'customerName' | 'productModelId' | 'productModel' | 'lotNumber' | 'receivedAt'>;

/**
 * The identity of a customer or model for matching: its master entry id
 * when it has one or its name resolves to one (so 华为 and 华为技术 match),
 * else its name as compared (nameKey).
 */
export type EntryIdentity = (kind: 'customer' | 'productModel', id: string, name: string) => string;

export interface CaseMatchKeys {
  /** null when the case has no original number. */
  byNumber: string | null;
  byFacts: string;
}

export function caseMatchKeys(originalNumber: string, intake: MatchedFields, identity: EntryIdentity, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): CaseMatchKeys {
  const number = nameKey(originalNumber);
  const ms = Date.parse(intake.receivedAt);
  const day = Number.isNaN(ms) ? '' : factoryDate(ms, offsetMinutes);
  const facts = [identity('customer', intake.customerId, intake.customerName), day, identity('productModel', intake.productModelId, intake.productModel), nameKey(intake.lotNumber)];
  return { byNumber: number === '' ? null : number, byFacts: facts.join('\u0000') };
}

export type ImportedFactsCode = 'closedBeforeReceived' | 'closedInFuture';

/** The closing day of an imported case against its received time and now (the factory's days). */
export function validateImportedFacts(facts: ImportedCaseFacts, receivedAt: string, now: Date, offsetMinutes = FACTORY_UTC_OFFSET_MINUTES): Partial<Record<'closedDate', ImportedFactsCode>> {
  if (facts.closedDate === null) return {};
  if (facts.closedDate > factoryDate(now.getTime(), offsetMinutes)) return { closedDate: 'closedInFuture' };
  const received = Date.parse(receivedAt);
  if (!Number.isNaN(received) && facts.closedDate < factoryDate(received, offsetMinutes)) return { closedDate: 'closedBeforeReceived' };
  return {};
}

/** What an import can fill, in the template's column order (shared/workbook/ledger-import/mapping.ts maps headers to them). */
export const IMPORT_FIELDS = [
  'originalNumber',
  'receivedDate',
  'customerName',
  'productModel',
  'partNumber',
  'lotNumber',
  'orderNumber',
  'shipDate',
  'quantityDelivered',
  'quantityInspected',
  'quantityDefective',
  'defectType',
  'defectDescription',
  'contactPerson',
  'market',
  'customerRequests',
  'responsibleDepartments',
  'status',
  'closedDate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Layouts whose column mapping a PC keeps (the oldest is forgotten first). */
export const MAX_SAVED_MAPPINGS = 30;

/**
 * A column mapping the clerk confirmed, found again by its layout's
 * signature (the normalised header texts) when next month's workbook has
 * the same columns. Kept in the PC's settings (settings.ts importMappings).
 */
export const savedMappingSchema = z.object({
  signature: z.string().max(20_000),
  /** Column (1-based) → field; null = not imported. */
  fields: z.record(z.string().regex(/^\d{1,5}$/), z.enum(IMPORT_FIELDS).nullable()),
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;

/** The saved mappings with `added` in place of any of the same layout, newest last, at most MAX_SAVED_MAPPINGS. */
export function withSavedMappings(saved: readonly SavedMapping[], added: readonly SavedMapping[]): SavedMapping[] {
  const signatures = new Set(added.map((m) => m.signature));
  return [...saved.filter((m) => !signatures.has(m.signature)), ...added].slice(-MAX_SAVED_MAPPINGS);
}
