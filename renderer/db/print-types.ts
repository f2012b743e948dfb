/** The print records repository's API (implemented in print-repository.ts). */
import type { PrintRecord, PrintRecordInput, SignedCopyMark } from '../../shared/domain/print-records';

export interface PrintRepository {
  /** Records one print / PDF of a form on the case. */
  record(caseId: string, input: PrintRecordInput): Promise<PrintRecord>;
  /** Newest first. */
  list(caseId: string): Promise<PrintRecord[]>;
  getSignedCopy(caseId: string): Promise<SignedCopyMark | null>;
  setSignedCopy(caseId: string, received: boolean, scanAttachmentId: string | null): Promise<SignedCopyMark>;
}
