/**
 * What printing leaves on a case (issue 5): a record of every print / PDF
 * (what, when, who, which printer, how many copies) and the "signed copy
 * received" mark with an optional scan (an attachment id). Plain JSON
 * fields, replicated field by field as ops (entities 'printRecord',
 * 'signedCopy'); the signed-copy mark has id = caseId (one per case).
 */
import type { FormKind } from './form-kinds';

export const PRINT_ACTIONS = ['print', 'printDialog', 'savePdf'] as const;
export type PrintAction = (typeof PRINT_ACTIONS)[number];

export interface PrintRecord {
  id: string;
  caseId: string;
  form: FormKind;
  action: PrintAction;
  /** Printer name, '' for a PDF or the system default. */
  printer: string;
  copies: number;
  /** Paper as printed, e.g. a4-portrait, label100x150. */
  paper: string;
  printedAt: string;
  printedBy: string;
  deleted: boolean;
}
export type PrintRecordInput = Pick<PrintRecord, 'form' | 'action' | 'printer' | 'copies' | 'paper'>;

export interface SignedCopyMark {
  /** = caseId */
  id: string;
  caseId: string;
  received: boolean;
  /** When / by whom the mark was last changed. */
  markedAt: string;
  markedBy: string;
  /** Attachment id of the scanned signed form, or null. */
  scanAttachmentId: string | null;
}
