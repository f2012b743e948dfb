/**
 * Owns the check of a signature against the office's verified directory
 * (issue 16.5): who held which role, who was active, and which authority
 * matrix applied, at the moment of signing, as far as admins' ops say so.
 *
 * Everything read here comes from the share or an older app and is
 * untrusted: nothing throws on a malformed value; it is ignored (an op) or
 * reported as unverified (a signature).
 *
 * The verified directory timeline replays the clerk ops and the office
 * settings ops in compareOps order (the same on every PC). An op's author is
 * op.clerkId; an op without one (an older app) is authored by the verified
 * clerk whose name equals op.user when exactly one has it, else by nobody.
 *
 * Clerk ops — only what a signature check needs is tracked: name, roles,
 * active, deleted (and the record's existence):
 *  - authored by an active admin of the verified directory just before the
 *    op: every tracked field counts (create, roles, active, delete, rename);
 *  - bootstrap, while the verified directory has no active admin: a clerk's
 *    own op that makes them an admin counts whole (createFirst, claimLegacy
 *    of the first admin);
 *  - the office before its first admin (no active admin in the verified
 *    directory): other ops count for the record's existence, name and
 *    deletion only — clerks of before passwords are known by name, but no
 *    role and no active flag is granted without an admin;
 *  - anything else (a non-admin, an op without an author, a demoted admin)
 *    does not count at all.
 * Credentials and departments are not tracked: the signing PC proved the
 * password; what other PCs check is the standing and the role. So an admin
 * here needs no password (the app's isActingAdmin does): snapshots keep the
 * tracked fields' whole history (sync/merge.ts HISTORY_KEPT_FIELDS) but not
 * old password hashes. The one divergence: a clerk who claims the admin role
 * (claimLegacy) while only password-less admins exist is not counted.
 *
 * Authority matrix ops (officeSettings 'office', field authorityMatrix)
 * count when authored by an active admin of the verified directory just
 * before the op, or when the verified directory has no active admin yet:
 * that is the office before its first admin, which includes every migrated
 * value (written at HLC wall 0, so ordered before any clerk op). A value
 * that fails the settings schema never counts. Before any counted matrix op
 * DEFAULT_AUTHORITY_MATRIX applies.
 *
 * Limit (no cryptography on the share): an op forged with an HLC from
 * before the office's first admin is indistinguishable from the office's
 * early history; what is caught is a grant made since by anyone but an admin.
 *
 * Delegation ops (officeSettings records whose id starts with
 * DELEGATION_ID_PREFIX, clerks/delegation.ts) count when authored by the
 * delegator named in the record (active in the verified directory then)
 * or by an active admin of the verified
 * directory just before the op. A signature on someone's authority
 * (delegationId) is verified against the delegation as counted just before
 * its op: the step is an approval or rejection (DELEGABLE_STEPS), the
 * signer is its delegate, the role and the delegator match, it
 * was in force at the op's time (factory day, not ended), and the delegator
 * held the role then.
 *
 * Building is O(n log n) over the clerk and office ops; each verification is
 * a binary search in the signer's versions and in the matrix versions.
 */
import { compareOps, type OpRef } from '../../sync/op';
import { isHlcText } from '../../sync/hlc';
import { parseHlc } from '../../sync/hlc';
import { DEFAULT_AUTHORITY_MATRIX, type AuthorityMatrix } from '../lifecycle/authority';
import { isDelegationId, isInForce, readDelegation, type Delegation } from '../clerks/delegation';
import { normalizeRoles, type ClerkRole } from '../clerks/roles';
import { authorityMatrixSchema } from '../settings';
import { OFFICE_SETTINGS_ID } from '../office-settings';
import { readSignature, type SignatureRecord } from './signature';
import { DELEGABLE_STEPS, rolesThatSign } from './steps';

/** What the timeline reads of an op (a stored or replicated op, checked by readDirectoryOp). */
export interface DirectoryOp extends OpRef {
  user: string;
  clerkId?: string;
  entity: string;
  entityId: string;
  fields: Record<string, unknown>;
}

/** A clerk as the verified directory knows them after some op. */
export interface VerifiedClerk {
  id: string;
  /** null: no counted op named them. */
  name: string | null;
  roles: readonly ClerkRole[];
  active: boolean;
  deleted: boolean;
}

interface Version<T> {
  at: OpRef;
  value: T;
}

export interface DirectoryTimeline {
  /** Per clerk id, their versions in op order (one per counted op). */
  readonly clerks: ReadonlyMap<string, readonly Version<VerifiedClerk>[]>;
  /** The counted matrices in op order (before the first: DEFAULT_AUTHORITY_MATRIX). */
  readonly matrices: readonly Version<AuthorityMatrix>[];
  /** Per delegation id, its counted versions in op order. */
  readonly delegations: ReadonlyMap<string, readonly Version<Delegation>[]>;
  /** Ids of the clerk and matrix ops that did not count (diagnostics, tests). */
  readonly ignored: ReadonlySet<string>;
}

export type UnverifiedReason =
  /** The signature record is not one this app reads. */
  | 'malformed'
  /** No op wrote the record (it did not come through the op log). */
  | 'missingOp'
  /** More than one op wrote it, or its op says something else: a signature is written once and never changed. */
  | 'altered'
  /** The op's author (clerkId) is missing or is not the signer. */
  | 'authorMismatch'
  /** The verified directory did not know the signer when signing. */
  | 'unknownClerk'
  | 'inactiveClerk'
  /** The signer did not hold the signed role in the verified directory when signing. */
  | 'roleMissing'
  /** The role may not sign this step (at this amount, with the matrix of that time). */
  | 'roleNotAllowed'
  /** Signed on someone's authority, but no counted delegation to the signer of that role was in force then. */
  | 'delegationInvalid';

export const UNVERIFIED_REASONS: readonly UnverifiedReason[] = ['malformed', 'missingOp', 'altered', 'authorMismatch', 'unknownClerk', 'inactiveClerk', 'roleMissing', 'roleNotAllowed', 'delegationInvalid'];

export type SignatureCheck = { status: 'verified' } | { status: 'unverified'; reason: UnverifiedReason };

const isText = (v: unknown): v is string => typeof v === 'string';

function isOpRefLike(value: unknown): value is OpRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return isText(v.id) && isText(v.deviceId) && isText(v.hlc) && isHlcText(v.hlc);
}

/** An op as the timeline reads it, or null when it is not one (ignored). */
export function readDirectoryOp(value: unknown): DirectoryOp | null {
  if (!isOpRefLike(value)) return null;
  const v = value as unknown as Record<string, unknown>;
  if (!isText(v.entity) || !isText(v.entityId) || typeof v.fields !== 'object' || v.fields === null || Array.isArray(v.fields)) return null;
  const op: DirectoryOp = { id: v.id as string, hlc: v.hlc as string, deviceId: v.deviceId as string, user: isText(v.user) ? v.user : '', entity: v.entity, entityId: v.entityId, fields: v.fields as Record<string, unknown> };
  if (isText(v.clerkId) && v.clerkId !== '') op.clerkId = v.clerkId;
  return op;
}

/** The verified directory timeline of the given clerk and office settings ops (any order; others and malformed ones are skipped). */
export function buildDirectoryTimeline(values: Iterable<unknown>): DirectoryTimeline {
  const ops: DirectoryOp[] = [];
  for (const value of values) {
    const op = readDirectoryOp(value);
    if (!op) continue;
    if (op.entity === 'clerk' || (op.entity === 'officeSettings' && op.entityId === OFFICE_SETTINGS_ID && Object.hasOwn(op.fields, 'authorityMatrix'))) ops.push(op);
    else if (op.entity === 'officeSettings' && isDelegationId(op.entityId)) ops.push(op);
  }
  ops.sort(compareOps);

  const current = new Map<string, VerifiedClerk>();
  const clerks = new Map<string, Version<VerifiedClerk>[]>();
  const matrices: Version<AuthorityMatrix>[] = [];
  const delegations = new Map<string, Version<Delegation>[]>();
  const delegationFields = new Map<string, Record<string, unknown>>();
  const ignored = new Set<string>();
  const admins = new Set<string>();
  const idsByName = new Map<string, Set<string>>();

  const authorOf = (op: DirectoryOp): string | null => {
    if (op.clerkId) return op.clerkId;
    const named = idsByName.get(op.user);
    return named && named.size === 1 ? named.values().next().value! : null;
  };
  const index = (before: VerifiedClerk | undefined, after: VerifiedClerk) => {
    if (before?.name != null && !before.deleted) idsByName.get(before.name)?.delete(before.id);
    if (after.name != null && !after.deleted) {
      let set = idsByName.get(after.name);
      if (!set) idsByName.set(after.name, (set = new Set()));
      set.add(after.id);
    }
    if (after.active && !after.deleted && after.roles.includes('admin')) admins.add(after.id);
    else admins.delete(after.id);
  };

  for (const op of ops) {
    const author = authorOf(op);
    const byAdmin = author !== null && admins.has(author);
    const noAdmin = admins.size === 0;
    if (op.entity === 'officeSettings' && op.entityId !== OFFICE_SETTINGS_ID) {
      const before = delegationFields.get(op.entityId);
      const delegatorId = before ? before.delegatorId : op.fields.delegatorId;
      const next: Record<string, unknown> = { ...before, ...op.fields, id: op.entityId };
      const authorNow = author === null ? undefined : current.get(author);
      const byDelegator = author !== null && author === delegatorId && !!authorNow && authorNow.active && !authorNow.deleted;
      const value = (byAdmin || byDelegator) && (!before || next.delegatorId === before.delegatorId) ? readDelegation(next) : null;
      if (!value) {
        ignored.add(op.id);
        continue;
      }
      delegationFields.set(op.entityId, next);
      let versions = delegations.get(op.entityId);
      if (!versions) delegations.set(op.entityId, (versions = []));
      versions.push({ at: op, value });
      continue;
    }
    if (op.entity === 'officeSettings') {
      const parsed = byAdmin || noAdmin ? authorityMatrixSchema.safeParse(op.fields.authorityMatrix) : null;
      if (parsed?.success) matrices.push({ at: op, value: parsed.data });
      else ignored.add(op.id);
      continue;
    }
    const f = op.fields;
    const before = current.get(op.entityId);
    const bootstrap = noAdmin && author === op.entityId && normalizeRoles(f.roles).includes('admin');
    // Which tracked fields this op may set (see the module comment).
    const standing = byAdmin || bootstrap;
    const naming = standing || noAdmin;
    if (!naming) {
      ignored.add(op.id);
      continue;
    }
    const next: VerifiedClerk = before ? { ...before } : { id: op.entityId, name: null, roles: [], active: true, deleted: false };
    if (isText(f.name)) next.name = f.name;
    if (Object.hasOwn(f, 'deleted')) next.deleted = f.deleted === true;
    if (standing) {
      if (Object.hasOwn(f, 'roles')) next.roles = normalizeRoles(f.roles);
      if (Object.hasOwn(f, 'active')) next.active = f.active !== false;
    }
    current.set(op.entityId, next);
    index(before, next);
    let versions = clerks.get(op.entityId);
    if (!versions) clerks.set(op.entityId, (versions = []));
    versions.push({ at: op, value: next });
  }
  return { clerks, matrices, delegations, ignored };
}

/** The last version strictly before `at` (versions in op order), or undefined. */
function lastBefore<T>(versions: readonly Version<T>[], at: OpRef): Version<T> | undefined {
  let lo = 0;
  let hi = versions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareOps(versions[mid]!.at, at) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? versions[lo - 1] : undefined;
}

/** The clerk as the verified directory knew them just before `at`, or null when unknown then. */
export function clerkAt(timeline: DirectoryTimeline, clerkId: string, at: OpRef): VerifiedClerk | null {
  const versions = timeline.clerks.get(clerkId);
  return (versions && lastBefore(versions, at)?.value) ?? null;
}

/** The authority matrix that applied just before `at`. */
export function matrixAt(timeline: DirectoryTimeline, at: OpRef): AuthorityMatrix {
  return lastBefore(timeline.matrices, at)?.value ?? DEFAULT_AUTHORITY_MATRIX;
}

/** The signed fields an op of the signature must carry with the record's values. */
const SIGNED_FIELDS = ['caseId', 'step', 'subjectEntity', 'subjectId', 'clerkId', 'role', 'amountFen', 'delegationId', 'onBehalfOfId'] as const;

/** Did the signer of `sig` hold its role by a counted delegation in force at `op`, from a delegator who held the role then? */
function delegationHeld(timeline: DirectoryTimeline, sig: SignatureRecord, op: DirectoryOp): boolean {
  const versions = sig.delegationId ? timeline.delegations.get(sig.delegationId) : undefined;
  const delegation = versions && lastBefore(versions, op)?.value;
  if (!DELEGABLE_STEPS.includes(sig.step)) return false;
  if (!delegation || delegation.delegateId !== sig.clerkId || delegation.delegatorId !== sig.onBehalfOfId || delegation.role !== sig.role) return false;
  if (!isInForce(delegation, parseHlc(op.hlc).wall)) return false;
  const delegator = clerkAt(timeline, delegation.delegatorId, op);
  return !!delegator && !delegator.deleted && delegator.roles.includes(delegation.role);
}

/**
 * Checks a stored signature record against the ops that wrote it (all ops of
 * its entity id: exactly one is expected) and the verified directory at that
 * op. A role removed or a clerk deactivated after the op keeps it verified.
 */
export function verifySignature(signature: unknown, signatureOps: readonly unknown[], timeline: DirectoryTimeline): SignatureCheck {
  const unverified = (reason: UnverifiedReason): SignatureCheck => ({ status: 'unverified', reason });
  const sig = readSignature(signature);
  if (!sig) return unverified('malformed');
  const ops = signatureOps.map(readDirectoryOp).filter((op): op is DirectoryOp => op !== null && op.entity === 'signature' && op.entityId === sig.id);
  if (ops.length === 0) return unverified('missingOp');
  if (ops.length > 1 || signatureOps.length > ops.length) return unverified('altered');
  const op = ops[0]!;
  if (SIGNED_FIELDS.some((k) => op.fields[k] !== sig[k])) return unverified('altered');
  if (op.clerkId !== sig.clerkId) return unverified('authorMismatch');
  const clerk = clerkAt(timeline, sig.clerkId, op);
  if (!clerk || clerk.deleted) return unverified('unknownClerk');
  if (!clerk.active) return unverified('inactiveClerk');
  if (sig.delegationId !== undefined) {
    if (!delegationHeld(timeline, sig, op)) return unverified('delegationInvalid');
  } else if (!clerk.roles.includes(sig.role)) return unverified('roleMissing');
  if (!rolesThatSign(sig.step, { amountFen: sig.amountFen, matrix: matrixAt(timeline, op) }).includes(sig.role)) return unverified('roleNotAllowed');
  return { status: 'verified' };
}
