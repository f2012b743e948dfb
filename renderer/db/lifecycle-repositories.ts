/**
 * The lifecycle repositories (the contract is lifecycle-types.ts): case
 * lifecycle and state machine, approvals, returns, responsibility and
 * supplier claims, costs, actions, replies, surveys, attachments. Every write
 * goes through lifecycle-write.ts (validate → record + field ops under one
 * HLC → projection, in one strict transaction); the rules are the pure
 * functions of shared/domain/lifecycle.
 */
import { eightDPhotoOwner, PHOTO_DISCIPLINES } from '../../shared/domain/eightd/records';
import { canApprove, requiredApprover } from '../../shared/domain/lifecycle/authority';
import { costTotals, validateCost } from '../../shared/domain/lifecycle/costs';
import { applyTransition, availableActions, followUpRequired, isReturnApproved } from '../../shared/domain/lifecycle/machine';
import {
  DEPARTMENTS,
  type ApprovalRecord,
  type AttachmentRecord,
  type CaseActionInput,
  type CaseActionRecord,
  type CostInput,
  type CostRecord,
  type CustomerReply,
  type CustomerReplyInput,
  type DispositionInput,
  type DispositionRecord,
  type InspectionInput,
  type ReceivingInput,
  type ResponsibilityShare,
  type ResponsibilityShareInput,
  type ReturnLine,
  type ReturnLineInput,
  type SupplierClaim,
  type SurveyRecord,
  type TransitionRecord,
} from '../../shared/domain/lifecycle/records';
import { checkDispositionSums, checkReceivingTolerance, validateDisposition, validateInspection, validateReceiving, validateReturnLine, type ToleranceCheck } from '../../shared/domain/lifecycle/returns';
import { checkShares, needsSupplierClaim, percentTenths, supplierClaimAmount, validateShare } from '../../shared/domain/lifecycle/responsibility';
import type { CaseLifecycleView, TransitionRequest } from '../../shared/domain/lifecycle/states';
import { isSatisfiedScore, surveyScore } from '../../shared/domain/lifecycle/survey';
import { countsAsComplaint } from '../../shared/domain/lifecycle/triage';
import {
  caseDeadlinesWithEightD,
  defaultLifecycle,
  lifecycleSettingsOf,
  lifecycleTables,
  loadView,
  rulesOf,
} from './lifecycle-projection';
import {
  AttachmentTooLargeError,
  CaseLockedError,
  TransitionRefusedError,
  type OpenActionItem,
} from './lifecycle-types';
import {
  beforeReceived,
  cleanLifecyclePatch,
  isText,
  pick,
  validateAction,
  validateApproval,
  validateClaim,
  validateLifecyclePatch,
  validateReply,
  validateSurvey,
} from './lifecycle-validation';
import { check, createLifecycleWriter, issueRmaNumber, type WriteScope } from './lifecycle-write';
import type { OpsWriter } from './ops-writer';
import type { DeskDatabase } from './schema';
import { RecordNotFoundError, type Repositories, type WriteContext } from './types';

type LifecycleRepos = Pick<Repositories, 'lifecycle' | 'returns' | 'responsibility' | 'costs' | 'actions' | 'replies' | 'surveys' | 'attachments'>;

type ChildRecord = { id: string; caseId: string; round: number; deleted?: boolean };
const live = <T extends { deleted?: boolean }>(list: readonly T[]): T[] => list.filter((r) => !r.deleted);
const ofRound = <T extends ChildRecord>(view: CaseLifecycleView, list: readonly T[]): T[] => list.filter((r) => !r.deleted && r.round === view.lifecycle.round);

const RETURN_LINE_KEYS = ['productModel', 'partNumber', 'lotNumber', 'quantityApproved', 'reason'] as const;
const RECEIVING_KEYS = ['quantityReceived', 'receivedBy', 'receivedAt', 'storageLocation', 'receivingNote'] as const;
const INSPECTION_KEYS = ['inspectionResult', 'quantityDefective', 'defectNotes', 'inspectedBy', 'inspectedAt', 'photoIds'] as const;
const DISPOSITION_KEYS = ['lineId', 'kind', 'quantity', 'repairOrderNumber', 'charged', 'note'] as const;
const SHARE_KEYS = ['department', 'percent', 'supplierName', 'note'] as const;
const COST_KEYS = ['kind', 'amountFen', 'department', 'note'] as const;
const ACTION_KEYS = ['kind', 'description', 'owner', 'department', 'dueDate'] as const;
const REPLY_KEYS = ['repliedAt', 'channel', 'written', 'text'] as const;
const CLAIM_KEYS = ['supplierName', 'amountFen', 'status', 'note'] as const;

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A private copy of the bytes as an ArrayBuffer (never the caller's buffer). */
function ownBytes(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  return copy.buffer;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes));
}

export function createLifecycleRepositories(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): LifecycleRepos {
  const write = createLifecycleWriter(db, writer, getContext);

  /** Resolves the case of a child record (RecordNotFoundError when missing or tombstoned). */
  function caseOf<T extends ChildRecord>(table: { get(id: string): Promise<T | undefined> }, entity: string, id: string): () => Promise<string> {
    return async () => {
      const record = await table.get(id);
      if (!record || record.deleted) throw new RecordNotFoundError(entity, id);
      return record.caseId;
    };
  }

  /** The live record `id` of the scope's case, as the view holds it. */
  function find<T extends ChildRecord>(list: T[], entity: string, id: string): T {
    const record = list.find((r) => r.id === id && !r.deleted);
    if (!record) throw new RecordNotFoundError(entity, id);
    return record;
  }

  function replaceIn<T extends { id: string }>(list: T[], record: T): void {
    const i = list.findIndex((r) => r.id === record.id);
    if (i >= 0) list[i] = record;
    else list.push(record);
  }

  /**
   * Applies one state-machine action: guards first (TransitionRefusedError,
   * nothing written), then the TransitionRecord and the lifecycle's state and
   * round; entering return_logistics on B/C issues the RMA number once.
   */
  async function transitionIn(s: WriteScope, request: TransitionRequest): Promise<TransitionRecord> {
    const at = await s.appendAt();
    const result = applyTransition(s.view, request, s.ctx.user, at, s.newId(), s.rules);
    if (!result.ok) throw new TransitionRefusedError(request.action, result.error.missing);
    const record = result.value;
    const patch: Parameters<WriteScope['setLifecycle']>[0] = { state: record.to, round: record.round };
    if (record.to === 'return_logistics' && s.view.lifecycle.rmaNumber === null && s.view.lifecycle.decision !== 'A') {
      patch.rmaNumber = await issueRmaNumber(db, s.ctx, s.settings.rmaNumberPattern, (await s.stamp()).wall);
    }
    await s.create('transition', db.transitions, record);
    s.view.transitions.push(record);
    await s.setLifecycle(patch);
    return record;
  }

  /** What the draft claims' amounts were computed from (taken before a write changes costs or shares). */
  function claimBasis(s: WriteScope): { total: number; percent: Map<string, number> } {
    return { total: costTotals(ofRound(s.view, s.view.costs)).total, percent: new Map(live(s.view.shares).map((x) => [x.id, x.percent])) };
  }

  /**
   * Draft supplier claims of the current round follow the cost total × share
   * percent. A claim whose amount a clerk set by hand (it differs from what
   * `before` gave) keeps it, and sent/accepted/settled claims are frozen.
   */
  async function syncDraftClaims(s: WriteScope, before: ReturnType<typeof claimBasis>): Promise<void> {
    const total = costTotals(ofRound(s.view, s.view.costs)).total;
    for (const claim of ofRound(s.view, s.view.supplierClaims)) {
      if (claim.status !== 'draft') continue;
      const share = live(s.view.shares).find((x) => x.id === claim.shareId);
      if (!share) continue;
      const previous = supplierClaimAmount(before.total, before.percent.get(share.id) ?? share.percent);
      if (claim.amountFen !== previous) continue;
      const next = await s.change('supplierClaim', db.supplierClaims, claim, { ...claim, amountFen: supplierClaimAmount(total, share.percent) });
      replaceIn(s.view.supplierClaims, next);
    }
  }

  async function createClaimFor(s: WriteScope, share: ResponsibilityShare): Promise<SupplierClaim> {
    const total = costTotals(ofRound(s.view, s.view.costs)).total;
    const claim: SupplierClaim = {
      id: s.newId(),
      caseId: share.caseId,
      round: share.round,
      shareId: share.id,
      supplierName: share.supplierName.trim(),
      amountFen: supplierClaimAmount(total, share.percent),
      status: 'draft',
      note: '',
      deleted: false,
    };
    await s.create('supplierClaim', db.supplierClaims, claim);
    s.view.supplierClaims.push(claim);
    return claim;
  }

  /** Shares of the current round must not sum over 100; a department (with the same supplier) only once. */
  function checkShareSum(s: WriteScope, candidate: ResponsibilityShare): void {
    const others = ofRound(s.view, s.view.shares).filter((x) => x.id !== candidate.id);
    const tenths = others.reduce((sum, x) => sum + (percentTenths(x.percent) ?? 0), 0) + (percentTenths(candidate.percent) ?? 0);
    if (tenths > 1000) check({ percent: 'sumOverHundred' });
    const key = (x: ResponsibilityShare) => `${x.department}|${x.supplierName.trim()}`;
    if (others.some((x) => key(x) === key(candidate))) check({ department: 'duplicateDepartment' });
  }

  /** Return lines of the current round may not together exceed the quantity delivered. */
  function checkDelivered(s: WriteScope, candidate: ReturnLine): void {
    const delivered = s.caseRecord.quantityDelivered;
    if (delivered === null) return;
    const total = ofRound(s.view, s.view.returnLines)
      .filter((l) => l.id !== candidate.id)
      .reduce((sum, l) => sum + l.quantityApproved, candidate.quantityApproved);
    if (total > delivered) check({ quantityApproved: 'moreThanDelivered' });
  }

  function checkDispositionFits(s: WriteScope, candidate: DispositionRecord): void {
    const line = live(s.view.returnLines).find((l) => l.id === candidate.lineId && l.caseId === candidate.caseId);
    if (!line) check({ lineId: 'notFound' });
    const others = live(s.view.dispositions).filter((d) => d.lineId === candidate.lineId && d.id !== candidate.id);
    const problem = checkDispositionSums([line!], [...others, candidate])[0];
    if (problem?.code === 'notReceived') check({ quantity: 'notReceivedYet' });
    if (problem?.code === 'over') check({ quantity: 'moreThanReceived' });
  }

  const lifecycle: LifecycleRepos['lifecycle'] = {
    async getCaseFile(caseId) {
      const ctx = getContext();
      const settings = lifecycleSettingsOf(ctx);
      const rules = rulesOf(settings);
      return db.transaction('r', [db.cases, ...lifecycleTables(db)], async () => {
        const stored = await db.cases.get(caseId);
        if (!stored || stored.deleted) throw new RecordNotFoundError('case', caseId);
        const { liveReceivedAt: _l, projection: _p, ...c } = stored;
        const { view } = await loadView(db, c);
        const attachments = live(await db.attachments.where('caseId').equals(caseId).toArray()).sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
        const lc = view.lifecycle;
        const lines = ofRound(view, view.returnLines);
        const tolerance: Record<string, ToleranceCheck> = {};
        for (const line of lines)
          if (line.quantityReceived !== null) tolerance[line.id] = checkReceivingTolerance(line.quantityApproved, line.quantityReceived, settings.receivingTolerancePercent);
        return {
          case: c,
          lifecycle: lc,
          view,
          attachments,
          availableActions: availableActions(view, rules),
          transitions: view.transitions,
          approvals: view.approvals,
          requiredApprover: lc.decisionAmountFen === null ? null : requiredApprover(lc.decisionAmountFen, rules.authorityMatrix),
          deadlines: await caseDeadlinesWithEightD(db, c, view, settings),
          costTotals: costTotals(ofRound(view, view.costs)),
          costTotalsAllRounds: costTotals(live(view.costs)),
          tolerance,
          dispositionErrors: checkDispositionSums(lines, ofRound(view, view.dispositions)),
          sharesCheck: checkShares(ofRound(view, view.shares)),
          followUpRequired: followUpRequired(lc),
          countsAsComplaint: countsAsComplaint(lc),
        };
      });
    },

    async get(caseId) {
      const c = await db.cases.get(caseId);
      if (!c || c.deleted) throw new RecordNotFoundError('case', caseId);
      return (await db.caseLifecycles.get(caseId)) ?? defaultLifecycle(c);
    },

    update(caseId, patch, seen) {
      return write(caseId, async (s) => {
        const clean = cleanLifecyclePatch(patch);
        check(validateLifecyclePatch(clean, s.caseRecord.receivedAt));
        return s.setLifecycle(clean, seen);
      });
    },

    transition(caseId, request) {
      return write(
        caseId,
        async (s) => {
          if (s.view.lifecycle.state === 'closed' && request.action !== 'reopen') throw new CaseLockedError(caseId);
          const clean: TransitionRequest = { action: request.action };
          if (request.reason !== undefined) clean.reason = request.reason;
          if (request.to !== undefined) clean.to = request.to;
          if (request.approverRole !== undefined) clean.approverRole = request.approverRole;
          return transitionIn(s, clean);
        },
        { allowClosed: true },
      );
    },

    recordApproval(caseId, input) {
      return write(caseId, async (s) => {
        const action = input.outcome === 'rejected' ? 'reject' : 'approve';
        const lc = s.view.lifecycle;
        if (lc.state !== 'approval') throw new TransitionRefusedError(action, [{ code: 'wrongState', params: { state: lc.state } }]);
        if (lc.decision === null) throw new TransitionRefusedError(action, [{ code: 'decisionMissing', field: 'decision' }]);
        if (lc.decisionAmountFen === null) throw new TransitionRefusedError(action, [{ code: 'amountMissing', field: 'decisionAmountFen' }]);
        check(validateApproval(input));
        if (input.outcome === 'approved' && !canApprove(input.approverRole, lc.decisionAmountFen, s.rules.authorityMatrix)) check({ approverRole: 'notAuthorised' });
        const approval: ApprovalRecord = {
          id: s.newId(),
          caseId,
          round: lc.round,
          outcome: input.outcome,
          approverRole: input.approverRole,
          approverName: input.approverName.trim(),
          decision: lc.decision,
          amountFen: lc.decisionAmountFen,
          reason: input.outcome === 'rejected' ? input.reason.trim() : (input.reason ?? '').trim(),
          at: await s.appendAt(),
          by: s.ctx.user,
        };
        await s.create('approval', db.approvals, approval);
        s.view.approvals.push(approval);
        const transition = await transitionIn(s, action === 'reject' ? { action, reason: approval.reason } : { action });
        return { approval, transition };
      });
    },
  };

  const returns: LifecycleRepos['returns'] = {
    addLine(caseId, input) {
      return write(caseId, async (s) => {
        const clean = pick(input, RETURN_LINE_KEYS);
        const fields: ReturnLineInput = { productModel: '', partNumber: '', lotNumber: '', reason: '', ...clean } as ReturnLineInput;
        check(validateReturnLine(fields, s.caseRecord.quantityDelivered));
        const line: ReturnLine = {
          id: s.newId(),
          caseId,
          round: s.view.lifecycle.round,
          ...fields,
          productModel: fields.productModel.trim(),
          quantityReceived: null,
          receivedBy: '',
          receivedAt: null,
          storageLocation: '',
          receivingNote: '',
          inspectionResult: null,
          quantityDefective: null,
          defectNotes: '',
          inspectedBy: '',
          inspectedAt: null,
          photoIds: [],
          deleted: false,
        };
        checkDelivered(s, line);
        return s.create('returnLine', db.returnLines, line);
      });
    },

    updateLine(lineId, patch, seen) {
      return write(caseOf(db.returnLines, 'returnLine', lineId), async (s) => {
        const line = find(s.view.returnLines, 'returnLine', lineId);
        const next: ReturnLine = { ...line, ...pick(patch, RETURN_LINE_KEYS) };
        check(validateReturnLine(next, s.caseRecord.quantityDelivered));
        checkDelivered(s, next);
        return s.change('returnLine', db.returnLines, line, next, seen);
      });
    },

    async removeLine(lineId) {
      await write(caseOf(db.returnLines, 'returnLine', lineId), async (s) => {
        const line = find(s.view.returnLines, 'returnLine', lineId);
        await s.change('returnLine', db.returnLines, line, { ...line, deleted: true });
        for (const d of live(s.view.dispositions).filter((x) => x.lineId === lineId)) await s.change('disposition', db.dispositions, d, { ...d, deleted: true });
      });
    },

    receive(lineId, input, seen) {
      return write(caseOf(db.returnLines, 'returnLine', lineId), async (s) => {
        const line = find(s.view.returnLines, 'returnLine', lineId);
        if (!isReturnApproved(s.view, s.rules)) throw new TransitionRefusedError('finish_receiving', [{ code: 'approvalMissing', lineId }]);
        // What the call does not name stays as the line holds it (a form sends only what the clerk changed).
        const fields: ReceivingInput = { receivedBy: line.receivedBy, storageLocation: line.storageLocation, receivingNote: line.receivingNote, receivedAt: line.receivedAt, quantityReceived: line.quantityReceived, ...pick(input, RECEIVING_KEYS) };
        const errors = validateReceiving(fields);
        if (!errors.receivedAt && fields.receivedAt && beforeReceived(fields.receivedAt, s.caseRecord.receivedAt)) errors.receivedAt = 'beforeReceived';
        if (!isText(fields.receivingNote)) errors.receivingNote = 'invalid';
        check(errors);
        const next: ReturnLine = { ...line, ...fields, receivedBy: fields.receivedBy.trim(), storageLocation: fields.storageLocation.trim() };
        const saved = await s.change('returnLine', db.returnLines, line, next, seen);
        const tolerance = checkReceivingTolerance(saved.quantityApproved, saved.quantityReceived ?? 0, s.settings.receivingTolerancePercent);
        return { line: saved, tolerance };
      });
    },

    inspect(lineId, input, seen) {
      return write(caseOf(db.returnLines, 'returnLine', lineId), async (s) => {
        const line = find(s.view.returnLines, 'returnLine', lineId);
        // What the call does not name stays as the line holds it (a form sends only what the clerk changed).
        const fields: InspectionInput = { defectNotes: line.defectNotes, inspectedBy: line.inspectedBy, inspectedAt: line.inspectedAt, photoIds: line.photoIds, inspectionResult: line.inspectionResult, quantityDefective: line.quantityDefective, ...pick(input, INSPECTION_KEYS) };
        const errors = validateInspection(fields, line.quantityReceived);
        if (!errors.inspectedAt && fields.inspectedAt && line.receivedAt && beforeReceived(fields.inspectedAt, line.receivedAt)) errors.inspectedAt = 'beforeReceived';
        if (!Array.isArray(fields.photoIds) || !fields.photoIds.every(isText)) errors.photoIds = 'invalid';
        else if (fields.photoIds.length > 0) {
          const photos = new Set(live(await db.attachments.where('caseId').equals(s.caseRecord.id).toArray()).map((a) => a.id));
          if (!fields.photoIds.every((photo) => photos.has(photo))) errors.photoIds = 'notFound';
        }
        check(errors);
        return s.change('returnLine', db.returnLines, line, { ...line, ...fields, inspectedBy: fields.inspectedBy.trim() }, seen);
      });
    },

    addDisposition(caseId, input) {
      return write(caseId, async (s) => {
        const fields: DispositionInput = { repairOrderNumber: '', charged: false, note: '', ...pick(input, DISPOSITION_KEYS) } as DispositionInput;
        check(validateDisposition(fields));
        const record: DispositionRecord = { id: s.newId(), caseId, round: s.view.lifecycle.round, ...fields, charged: fields.charged === true, deleted: false };
        checkDispositionFits(s, record);
        return s.create('disposition', db.dispositions, record);
      });
    },

    updateDisposition(id, patch, seen) {
      return write(caseOf(db.dispositions, 'disposition', id), async (s) => {
        const existing = find(s.view.dispositions, 'disposition', id);
        const next: DispositionRecord = { ...existing, ...pick(patch, DISPOSITION_KEYS) };
        check(validateDisposition(next));
        checkDispositionFits(s, next);
        return s.change('disposition', db.dispositions, existing, next, seen);
      });
    },

    async removeDisposition(id) {
      await write(caseOf(db.dispositions, 'disposition', id), async (s) => {
        const existing = find(s.view.dispositions, 'disposition', id);
        await s.change('disposition', db.dispositions, existing, { ...existing, deleted: true });
      });
    },
  };

  const responsibility: LifecycleRepos['responsibility'] = {
    addShare(caseId, input) {
      return write(caseId, async (s) => {
        const fields: ResponsibilityShareInput = { supplierName: '', note: '', ...pick(input, SHARE_KEYS) } as ResponsibilityShareInput;
        check(validateShare(fields));
        const share: ResponsibilityShare = { id: s.newId(), caseId, round: s.view.lifecycle.round, ...fields, supplierName: fields.supplierName.trim(), deleted: false };
        checkShareSum(s, share);
        await s.create('responsibilityShare', db.responsibilityShares, share);
        s.view.shares.push(share);
        const claim = needsSupplierClaim(share) ? await createClaimFor(s, share) : null;
        return { share, claim };
      });
    },

    updateShare(id, patch, seen) {
      return write(caseOf(db.responsibilityShares, 'responsibilityShare', id), async (s) => {
        const existing = find(s.view.shares, 'responsibilityShare', id);
        const before = claimBasis(s);
        const picked = pick(patch, SHARE_KEYS);
        const next: ResponsibilityShare = { ...existing, ...picked, supplierName: (picked.supplierName ?? existing.supplierName).trim() };
        check(validateShare(next));
        checkShareSum(s, next);
        const saved = await s.change('responsibilityShare', db.responsibilityShares, existing, next, seen);
        replaceIn(s.view.shares, saved);
        const claims = live(s.view.supplierClaims).filter((c) => c.shareId === id);
        if (needsSupplierClaim(saved)) {
          if (claims.length === 0) await createClaimFor(s, saved);
          for (const claim of claims.filter((c) => c.status === 'draft'))
            replaceIn(s.view.supplierClaims, await s.change('supplierClaim', db.supplierClaims, claim, { ...claim, supplierName: saved.supplierName }));
          await syncDraftClaims(s, before);
        } else {
          for (const claim of claims.filter((c) => c.status === 'draft')) await s.change('supplierClaim', db.supplierClaims, claim, { ...claim, deleted: true });
        }
        return saved;
      });
    },

    async removeShare(id) {
      await write(caseOf(db.responsibilityShares, 'responsibilityShare', id), async (s) => {
        const existing = find(s.view.shares, 'responsibilityShare', id);
        await s.change('responsibilityShare', db.responsibilityShares, existing, { ...existing, deleted: true });
        for (const claim of live(s.view.supplierClaims).filter((c) => c.shareId === id && c.status === 'draft'))
          await s.change('supplierClaim', db.supplierClaims, claim, { ...claim, deleted: true });
      });
    },

    updateClaim(id, patch, seen) {
      return write(caseOf(db.supplierClaims, 'supplierClaim', id), async (s) => {
        const existing = find(s.view.supplierClaims, 'supplierClaim', id);
        const next: SupplierClaim = { ...existing, ...pick(patch, CLAIM_KEYS) };
        check(validateClaim(next));
        return s.change('supplierClaim', db.supplierClaims, existing, { ...next, supplierName: next.supplierName.trim() }, seen);
      });
    },
  };

  const costs: LifecycleRepos['costs'] = {
    add(caseId, input) {
      return write(caseId, async (s) => {
        const fields: CostInput = { department: null, note: '', ...pick(input, COST_KEYS) } as CostInput;
        const errors = validateCost(fields);
        if (fields.department !== null && !DEPARTMENTS.includes(fields.department)) errors.department = 'invalid';
        check(errors);
        const record: CostRecord = { id: s.newId(), caseId, round: s.view.lifecycle.round, ...fields, deleted: false };
        const before = claimBasis(s);
        await s.create('cost', db.costs, record);
        s.view.costs.push(record);
        await syncDraftClaims(s, before);
        return record;
      });
    },

    update(id, patch, seen) {
      return write(caseOf(db.costs, 'cost', id), async (s) => {
        const existing = find(s.view.costs, 'cost', id);
        const before = claimBasis(s);
        const next: CostRecord = { ...existing, ...pick(patch, COST_KEYS) };
        const errors = validateCost(next);
        if (next.department !== null && !DEPARTMENTS.includes(next.department)) errors.department = 'invalid';
        check(errors);
        const saved = await s.change('cost', db.costs, existing, next, seen);
        replaceIn(s.view.costs, saved);
        await syncDraftClaims(s, before);
        return saved;
      });
    },

    async remove(id) {
      await write(caseOf(db.costs, 'cost', id), async (s) => {
        const existing = find(s.view.costs, 'cost', id);
        const before = claimBasis(s);
        replaceIn(s.view.costs, await s.change('cost', db.costs, existing, { ...existing, deleted: true }));
        await syncDraftClaims(s, before);
      });
    },
  };

  const actions: LifecycleRepos['actions'] = {
    add(caseId, input) {
      return write(caseId, async (s) => {
        const fields: CaseActionInput = { department: null, ...pick(input, ACTION_KEYS) } as CaseActionInput;
        check(validateAction(fields));
        const record: CaseActionRecord = {
          id: s.newId(),
          caseId,
          round: s.view.lifecycle.round,
          ...fields,
          owner: fields.owner.trim(),
          status: 'open',
          doneAt: null,
          verifiedBy: '',
          deleted: false,
        };
        return s.create('caseAction', db.caseActions, record);
      });
    },

    update(id, patch, seen) {
      return write(caseOf(db.caseActions, 'caseAction', id), async (s) => {
        const existing = find(s.view.actions, 'caseAction', id);
        const next: CaseActionRecord = { ...existing, ...pick(patch, ACTION_KEYS) };
        check(validateAction(next));
        return s.change('caseAction', db.caseActions, existing, { ...next, owner: next.owner.trim() }, seen);
      });
    },

    setStatus(id, status, verifiedBy) {
      return write(caseOf(db.caseActions, 'caseAction', id), async (s) => {
        const existing = find(s.view.actions, 'caseAction', id);
        let next: CaseActionRecord;
        if (status === 'open') next = { ...existing, status, doneAt: null, verifiedBy: '' };
        else if (status === 'done') next = { ...existing, status, doneAt: existing.status === 'open' ? await s.at() : existing.doneAt ?? (await s.at()), verifiedBy: '' };
        else if (status === 'verified') {
          if (existing.status === 'open') check({ status: 'notDone' });
          if (!verifiedBy?.trim()) check({ verifiedBy: 'required' });
          next = { ...existing, status, verifiedBy: verifiedBy!.trim() };
        } else return check({ status: 'invalid' }) as never;
        return s.change('caseAction', db.caseActions, existing, next);
      });
    },

    async remove(id) {
      await write(caseOf(db.caseActions, 'caseAction', id), async (s) => {
        const existing = find(s.view.actions, 'caseAction', id);
        await s.change('caseAction', db.caseActions, existing, { ...existing, deleted: true });
      });
    },

    // Only marks the case; createRepositories (repositories.ts) wires eightD.start in its place, which also opens the report.
    startEightD(caseId) {
      return write(caseId, (s) => s.setLifecycle({ eightDStarted: true }));
    },

    async listOpen(owner) {
      const wanted = owner?.trim();
      const open = (wanted ? await db.caseActions.where('owner').equals(wanted).toArray() : await db.caseActions.where('status').equals('open').toArray()).filter(
        (a) => !a.deleted && a.status === 'open',
      );
      const caseIds = [...new Set(open.map((a) => a.caseId))];
      const [cases, lifecycles] = await Promise.all([db.cases.bulkGet(caseIds), db.caseLifecycles.bulkGet(caseIds)]);
      const byId = new Map(caseIds.map((id, i) => [id, { c: cases[i], lc: lifecycles[i] }]));
      const items: OpenActionItem[] = [];
      for (const action of open) {
        const entry = byId.get(action.caseId);
        if (!entry?.c || entry.c.deleted || entry.lc?.state === 'closed') continue;
        items.push({ action, caseNumber: entry.c.caseNumber, customerName: entry.c.customerName });
      }
      return items.sort((a, b) => (a.action.dueDate !== b.action.dueDate ? (a.action.dueDate < b.action.dueDate ? -1 : 1) : a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0));
    },
  };

  const replies: LifecycleRepos['replies'] = {
    add(caseId, input) {
      return write(caseId, async (s) => {
        const fields = pick(input, REPLY_KEYS) as CustomerReplyInput;
        check(validateReply(fields, s.caseRecord.receivedAt));
        const record: CustomerReply = { id: s.newId(), caseId, round: s.view.lifecycle.round, ...fields, by: s.ctx.user, deleted: false };
        return s.create('customerReply', db.customerReplies, record);
      });
    },

    update(id, patch, seen) {
      return write(caseOf(db.customerReplies, 'customerReply', id), async (s) => {
        const existing = find(s.view.replies, 'customerReply', id);
        const next: CustomerReply = { ...existing, ...pick(patch, REPLY_KEYS) };
        check(validateReply(next, s.caseRecord.receivedAt));
        return s.change('customerReply', db.customerReplies, existing, next, seen);
      });
    },

    async remove(id) {
      await write(caseOf(db.customerReplies, 'customerReply', id), async (s) => {
        const existing = find(s.view.replies, 'customerReply', id);
        await s.change('customerReply', db.customerReplies, existing, { ...existing, deleted: true });
      });
    },
  };

  const surveys: LifecycleRepos['surveys'] = {
    record(caseId, input) {
      return write(caseId, async (s) => {
        const state = s.view.lifecycle.state;
        if (state !== 'reply' && state !== 'follow_up') check({ state: 'notInFollowUp' });
        const fields = { surveyedAt: '', answers: [], remarks: '', ...pick(input, ['surveyedAt', 'answers', 'remarks'] as const) };
        check(validateSurvey(fields, s.caseRecord.receivedAt));
        const score = surveyScore(fields.answers);
        const survey: SurveyRecord = {
          id: s.newId(),
          caseId,
          round: s.view.lifecycle.round,
          surveyedAt: fields.surveyedAt,
          answers: fields.answers,
          score,
          satisfied: isSatisfiedScore(score),
          remarks: fields.remarks,
          by: s.ctx.user,
          deleted: false,
        };
        await s.create('survey', db.surveys, survey);
        s.view.surveys.push(survey);
        let transition: TransitionRecord | null = null;
        if (state === 'follow_up' && !survey.satisfied) {
          const reason = `满意度调查 ${score} 分，不满意${survey.remarks.trim() ? `：${survey.remarks.trim()}` : ''}`;
          transition = await transitionIn(s, { action: 'new_round', reason });
        }
        return { survey, transition };
      });
    },
  };

  const attachments: LifecycleRepos['attachments'] = {
    async add(caseId, file) {
      const settings = lifecycleSettingsOf(getContext());
      const bytes = ownBytes(file.bytes);
      if (bytes.byteLength > settings.attachmentMaxBytes) throw new AttachmentTooLargeError(bytes.byteLength, settings.attachmentMaxBytes);
      const thumbnail = file.thumbnail ? { bytes: ownBytes(file.thumbnail.bytes), mimeType: file.thumbnail.mimeType } : null;
      const errors: Record<string, string> = {};
      if (!isText(file.fileName) || !file.fileName.trim()) errors.fileName = 'required';
      if (!isText(file.mimeType)) errors.mimeType = 'invalid';
      if (!isText(file.ownerId) || !file.ownerId) errors.ownerId = 'required';
      check(errors);
      // Hash before the transaction: an await outside IndexedDB inside it would let it commit early.
      const sha256 = await sha256Hex(bytes);
      const thumbSha = thumbnail ? await sha256Hex(thumbnail.bytes) : null;
      return write(caseId, async (s) => {
        const v = s.view;
        const owners = [v.returnLines, v.dispositions, v.shares, v.supplierClaims, v.costs, v.actions, v.replies, v.surveys];
        const eightDPhotos = live(await db.eightDs.where('caseId').equals(caseId).toArray()).flatMap((r) => PHOTO_DISCIPLINES.map((d) => eightDPhotoOwner(r.id, d)));
        if (file.ownerId !== caseId && !eightDPhotos.includes(file.ownerId) && !owners.some((list) => live<ChildRecord>(list).some((r) => r.id === file.ownerId))) check({ ownerId: 'notFound' });
        const existing = live(await db.attachments.where('caseId').equals(caseId).toArray()).find((a) => a.ownerId === file.ownerId && a.sha256 === sha256);
        if (existing) return existing;
        if (!(await db.blobs.get(sha256))) {
          await db.blobs.add({ sha256, data: bytes, mimeType: file.mimeType, size: bytes.byteLength });
          s.touched();
        }
        if (thumbnail && thumbSha && !(await db.blobs.get(thumbSha))) {
          await db.blobs.add({ sha256: thumbSha, data: thumbnail.bytes, mimeType: thumbnail.mimeType, size: thumbnail.bytes.byteLength });
        }
        const record: AttachmentRecord = {
          id: s.newId(),
          caseId,
          ownerId: file.ownerId,
          fileName: file.fileName.trim(),
          mimeType: file.mimeType,
          size: bytes.byteLength,
          sha256,
          thumbnailSha256: thumbSha,
          addedAt: await s.at(),
          addedBy: s.ctx.user,
          deleted: false,
        };
        return s.create('attachment', db.attachments, record);
      });
    },

    async remove(id) {
      await write(
        async () => {
          const record = await db.attachments.get(id);
          if (!record || record.deleted) throw new RecordNotFoundError('attachment', id);
          return record.caseId;
        },
        async (s) => {
          const existing = await db.attachments.get(id);
          await s.change('attachment', db.attachments, existing!, { ...existing!, deleted: true });
        },
      );
    },

    async getBlob(sha256) {
      const row = await db.blobs.get(sha256.toLowerCase());
      return row ? new Blob([row.data], { type: row.mimeType }) : undefined;
    },

    async list(caseId) {
      const rows = live(await db.attachments.where('caseId').equals(caseId).toArray());
      return rows.sort((a, b) => (a.addedAt !== b.addedAt ? (a.addedAt < b.addedAt ? -1 : 1) : a.id < b.id ? -1 : 1));
    },
  };

  return { lifecycle, returns, responsibility, costs, actions, replies, surveys, attachments };
}
