/**
 * The signature of a signed step inside a command (issue 16.4): the write's
 * signer (CommandContext.signer, proven by their password) must hold a role
 * that may sign the step (signatures/steps.ts), and the signature record is
 * created in the same write as the record it signs.
 */
import type { Fen } from '../money';
import { checkSigner, MEANING_LIMIT, type SignatureRecord, type SignedSubject } from '../../signatures/signature';
import type { SignedStep } from '../../signatures/steps';
import type { ClerkRole } from '../../clerks/roles';
import type { DelegatedRole } from '../../clerks/delegation';
import { invalid, type CaseChanges, type CommandContext, type Refused } from './command';

/** What the clerk signs: the text shown to them ("批准退货 120,000.00 元"); the password goes to the repository, never here. */
export interface Signing {
  meaning: string;
}

/** The role the write's signer signs `step` with, or the refusal ({ signer: 'notSignedIn' | 'inactive' | 'roleMissing' }). */
export function signerRole(ctx: CommandContext, step: SignedStep, amountFen: Fen | null): ClerkRole | Refused {
  const authority = signerAuthority(ctx, step, amountFen);
  return 'role' in authority ? authority.role : authority;
}

/** The role and, when it is a delegated one (approvals only), on whose authority the write's signer signs `step`; or the refusal. */
export function signerAuthority(ctx: CommandContext, step: SignedStep, amountFen: Fen | null): { role: ClerkRole; onBehalfOf: DelegatedRole | null } | Refused {
  const check = checkSigner(ctx.signer ?? null, step, { amountFen, matrix: ctx.rules.authorityMatrix });
  return check.ok ? { role: check.role, onBehalfOf: check.onBehalfOf } : invalid({ signer: check.problem });
}

/** Adds the signature of `subject` by the write's signer, who signs as `role` (signerRole). */
export function addSignature(
  changes: CaseChanges,
  ctx: CommandContext,
  signed: { step: SignedStep; role: ClerkRole; subjectEntity: SignedSubject; subjectId: string; amountFen: Fen | null; signing: Signing; at: string; onBehalfOf?: DelegatedRole | null },
): SignatureRecord | Refused {
  const meaning = signed.signing.meaning.trim();
  if (!meaning) return invalid({ meaning: 'required' });
  if (meaning.length > MEANING_LIMIT) return invalid({ meaning: 'tooLong' });
  const signer = ctx.signer!;
  return changes.create('signature', {
    id: ctx.newId(),
    caseId: ctx.caseFacts.id,
    step: signed.step,
    subjectEntity: signed.subjectEntity,
    subjectId: signed.subjectId,
    clerkId: signer.id,
    clerkName: signer.name,
    role: signed.role,
    amountFen: signed.amountFen,
    meaning,
    at: signed.at,
    ...(signed.onBehalfOf ? { delegationId: signed.onBehalfOf.delegationId, onBehalfOfId: signed.onBehalfOf.delegatorId, onBehalfOfName: signed.onBehalfOf.delegatorName } : {}),
  });
}
