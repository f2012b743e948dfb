/** What the signature checks (signature-checks.ts, issue 16.5) give the pages: a case's signatures with their verdicts, and the cases with unverified ones. */
import type { ClerkRole } from '../../shared/domain/clerks/roles';
import type { SignatureCheck, UnverifiedReason } from '../../shared/domain/signatures/directory';
import type { SignedStep } from '../../shared/domain/signatures/steps';

/** A signature of a case with its check, as the case page shows it (what could be read of a malformed record). */
export interface CheckedSignature {
  id: string;
  clerkName: string;
  role: ClerkRole | null;
  step: SignedStep | null;
  /** ISO 8601, or null when the record has none. */
  at: string | null;
  meaning: string;
  /** Signed on this clerk's authority (委托授权): the delegator's name; '' when the signer held the role. */
  onBehalfOfName: string;
  check: SignatureCheck;
}

/** A case with signatures this PC could not verify (the workbench card). */
export interface UnverifiedCase {
  caseId: string;
  caseNumber: string;
  customerName: string;
  count: number;
  reasons: UnverifiedReason[];
}

export interface SignatureChecksRepository {
  /** The case's signatures, oldest first, each checked now. */
  ofCase(caseId: string): Promise<CheckedSignature[]>;
  /**
   * Of signature records read from an archive file (untrusted), the ids that
   * verify against the ops the file holds (`ops`: its ops.json; those of
   * other entities are ignored) and this PC's clerk directory. Reads only.
   */
  verifiedInArchive(signatures: readonly unknown[], ops: readonly unknown[]): Promise<Set<string>>;
  /** The live cases with unverified signatures (from the local table), newest case number first. */
  unverifiedCases(): Promise<UnverifiedCase[]>;
  /** Resolves once the signatures of every write committed so far have been checked and stored. */
  settled(): Promise<void>;
}
