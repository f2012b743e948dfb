/**
 * An electronic signature (issue 16.4): a signed-in clerk who holds a role
 * that may sign the step re-entered their password and signed. Replicated as
 * its own append-only record (entity 'signature') beside the record it signs
 * (an approval, a transition, an 8D report), written in the same
 * transaction by the signer (the op's clerkId), and never changed.
 *
 * It keeps who (clerk id and the name at the time), which role, when, and
 * the meaning: the step and the amount, and the text the signer was shown
 * ("批准退货 120,000.00 元"), so a later reader sees what was signed, in the
 * words signed. Other PCs check it against the clerk directory and the
 * authority matrix at the time of signing (directory.ts).
 */
import { isFen, type Fen } from '../lifecycle/money';
import { isClerkRole, type ClerkRole } from '../clerks/roles';
import type { ClerkFacts } from '../clerks/clerk';
import type { DelegatedRole } from '../clerks/delegation';
import { DELEGABLE_STEPS, isSignedStep, rolesThatSign, signingRoleOf, type SignedStep, type SigningFacts } from './steps';

export const SIGNED_SUBJECTS = ['approval', 'transition', 'eightD'] as const;
export type SignedSubject = (typeof SIGNED_SUBJECTS)[number];

/** Longest meaning text kept (it is a sentence the desk wrote, not the clerk). */
export const MEANING_LIMIT = 200;

export interface SignatureRecord {
  id: string;
  caseId: string;
  step: SignedStep;
  /** The record signed. */
  subjectEntity: SignedSubject;
  subjectId: string;
  clerkId: string;
  /** The signer's name when signing (a later rename does not change what was signed). */
  clerkName: string;
  role: ClerkRole;
  /** The amount of an approval or rejection; null for the other steps. */
  amountFen: Fen | null;
  /** What the signer was shown and signed, in their language. */
  meaning: string;
  /** When, ISO 8601 (the write's HLC wall clock). */
  at: string;
  /**
   * Signed on someone else's authority (委托授权, clerks/delegation.ts): the
   * delegation, and the delegator's id and name when signing. Absent when
   * the signer signed with a role of their own.
   */
  delegationId?: string;
  onBehalfOfId?: string;
  onBehalfOfName?: string;
}

/** The signed-in clerk who signs, proven by their password in this very write (the repository checks it). */
export interface Signer extends ClerkFacts {
  name: string;
  /** The roles the signer holds by delegation when signing (clerks/delegation.ts delegatedRolesOf); approvals only. */
  delegated?: readonly DelegatedRole[];
}

export type SignerProblem = 'notSignedIn' | 'inactive' | 'roleMissing';

/**
 * The role `signer` signs `step` with, or why they may not: a role of their
 * own first; else, for an approval, a role delegated to them (onBehalfOf).
 */
export function checkSigner(signer: Signer | null, step: SignedStep, facts: SigningFacts): { ok: true; role: ClerkRole; onBehalfOf: DelegatedRole | null } | { ok: false; problem: SignerProblem } {
  if (!signer) return { ok: false, problem: 'notSignedIn' };
  if (!signer.active) return { ok: false, problem: 'inactive' };
  const role = signingRoleOf(signer.roles, step, facts);
  if (role) return { ok: true, role, onBehalfOf: null };
  if (DELEGABLE_STEPS.includes(step)) {
    const covering = rolesThatSign(step, facts);
    for (const r of covering) {
      const delegated = signer.delegated?.find((d) => d.role === r);
      if (delegated) return { ok: true, role: delegated.role, onBehalfOf: delegated };
    }
  }
  return { ok: false, problem: 'roleMissing' };
}

/** A stored or replicated signature as this app reads it, or null when it is not one (shown as unverified, never trusted). */
export function readSignature(value: unknown): SignatureRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (k: string) => { const s = v[k]; return typeof s === 'string' && s.length > 0; };
  if (!['id', 'caseId', 'subjectId', 'clerkId', 'clerkName', 'at'].every(text)) return null;
  if (!isSignedStep(v.step) || !isClerkRole(v.role)) return null;
  if (typeof v.subjectEntity !== 'string' || !(SIGNED_SUBJECTS as readonly string[]).includes(v.subjectEntity)) return null;
  if (v.amountFen !== null && !isFen(v.amountFen)) return null;
  if (typeof v.meaning !== 'string' || v.meaning.length > MEANING_LIMIT) return null;
  if (Number.isNaN(Date.parse(v.at as string))) return null;
  const onBehalf = ['delegationId', 'onBehalfOfId', 'onBehalfOfName'].filter((k) => v[k] !== undefined);
  if (onBehalf.length !== 0 && (onBehalf.length !== 3 || !['delegationId', 'onBehalfOfId', 'onBehalfOfName'].every(text))) return null;
  return v as unknown as SignatureRecord;
}
