/**
 * The lifecycle repositories' writes (the contract is lifecycle-types.ts;
 * the reads are lifecycle-reads.ts): case lifecycle and state machine,
 * approvals, returns, responsibility and supplier claims, costs, actions,
 * replies, surveys, attachments. Each call loads the case, performs the
 * command — a pure function of shared/domain/lifecycle/commands that holds
 * every rule — and saves what it returns, in one transaction
 * (lifecycle-write.ts). This module owns only storage: which table a record
 * lives in, the attachment bytes (hashed here with crypto.subtle) and blobs.
 */
import { webSha256Hex } from './web-sha256';
import { recordEffectCheck, setEffectCheckDue } from '../../shared/domain/lifecycle/commands/effect-check';
import { SIGNED_ACTIONS } from '../../shared/domain/signatures/steps';
import { proveSigner } from './signing';
import type { EightDChildEntity } from '../../shared/domain/eightd/commands';
import { eightDPhotoOwner, PHOTO_DISCIPLINES } from '../../shared/domain/eightd/records';
import { hasErrors } from '../../shared/domain/field-checks';
import { addAttachment, checkAttachment, validateAttachmentFile } from '../../shared/domain/lifecycle/commands/attachments';
import { markEightDStarted, recordApproval, transition, updateLifecycle } from '../../shared/domain/lifecycle/commands/case-lifecycle';
import { removeRecord, type CaseRecordEntity, type CaseRecords, type CommandContext, type Performed } from '../../shared/domain/lifecycle/commands/command';
import { live } from '../../shared/domain/live-records';
import { slotOpenWhenClosed } from '../../shared/domain/lifecycle/attachment-slots';
import { addCost, removeCost, updateCost } from '../../shared/domain/lifecycle/commands/costs';
import { addRepairOrder, addShipment, reinspectRepairOrder, removeRepairOrder, updateRepairOrder, updateShipment } from '../../shared/domain/lifecycle/commands/outbound';
import { actionStatusNeedsTime, addAction, addReply, recordSurvey, setActionStatus, updateAction, updateReply } from '../../shared/domain/lifecycle/commands/follow-up';
import { addShare, applyResponsibilityRule, removeShare, updateClaim, updateShare } from '../../shared/domain/lifecycle/commands/responsibility';
import { responsibilityDeadline } from '../../shared/domain/lifecycle/responsibility-rule';
import {
  addDisposition,
  addReturnLine,
  inspectReturnLine,
  receiveReturnLine,
  removeReturnLine,
  updateDisposition,
  updateReturnLine,
} from '../../shared/domain/lifecycle/commands/returns';
import type { CaseLifecycle } from '../../shared/domain/lifecycle/records';
import type { CaseLifecycleView } from '../../shared/domain/lifecycle/states';
import { caseDeadlines, caseReceivingTolerance, lifecycleSettingsOf } from './lifecycle-projection';
import { createLifecycleReads } from './lifecycle-reads';
import { AttachmentTooLargeError } from './lifecycle-types';
import { caseRecordTable, createLifecycleWriter, type WriteOptions, type WriteScope } from './lifecycle-write';
import type { OpsWriter } from './ops-writer';
import type { DeskDatabase } from './schema';
import { RecordNotFoundError, ValidationFailedError, type Repositories, type WriteContext } from './types';

type LifecycleRepos = Pick<Repositories, 'lifecycle' | 'returns' | 'responsibility' | 'costs' | 'actions' | 'replies' | 'surveys' | 'attachments'>;

/** The child records of a case the view holds, and where. */
type ChildEntity = Exclude<CaseRecordEntity, 'transition' | 'approval' | 'attachment' | 'signature' | EightDChildEntity | 'eightD' | 'eightDRevision'>;
const VIEW_LIST: { [E in ChildEntity]: (view: CaseLifecycleView) => CaseRecords[E][] } = {
  returnLine: (v) => v.returnLines,
  disposition: (v) => v.dispositions,
  repairOrder: (v) => v.repairOrders,
  outboundShipment: (v) => v.shipments,
  responsibilityShare: (v) => v.shares,
  supplierClaim: (v) => v.supplierClaims,
  cost: (v) => v.costs,
  caseAction: (v) => v.actions,
  customerReply: (v) => v.replies,
  survey: (v) => v.surveys,
};

/** A private copy of the bytes as an ArrayBuffer (never the caller's buffer). */
function ownBytes(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  return copy.buffer;
}

const sha256Hex = webSha256Hex;

export function createLifecycleRepositories(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): LifecycleRepos {
  const write = createLifecycleWriter(db, writer, getContext);
  const reads = createLifecycleReads(db, getContext);

  /** A command on the case: load, perform, save (one transaction). `withTime`: the command records this write's time. */
  function onCase<R>(caseId: string, perform: (ctx: CommandContext) => Performed<R>, options: WriteOptions & { withTime?: boolean } = {}): Promise<R> {
    return write(caseId, async (s) => s.save(perform(s.commandContext(options.withTime ? await s.at() : ''))), options);
  }

  /** A command that changes the lifecycle record; gives the record as saved. */
  function onCaseLifecycle(caseId: string, perform: (ctx: CommandContext) => Performed<void>): Promise<CaseLifecycle> {
    return write(caseId, async (s) => {
      await s.save(perform(s.commandContext()));
      return s.view.lifecycle;
    });
  }

  /**
   * A command on one child record of a case, written once for every kind:
   * the record's case is loaded (RecordNotFoundError when the record is
   * missing or tombstoned), a closed case refuses, the command is performed on
   * the record as the view holds it, and what it returns is saved.
   */
  function onChild<E extends ChildEntity, R>(
    entity: E,
    id: string,
    perform: (ctx: CommandContext, existing: CaseRecords[E], s: WriteScope) => Performed<R> | Promise<Performed<R>>,
    options: { withTime?: boolean } = {},
  ): Promise<R> {
    const caseOfRecord = async () => {
      const record = await caseRecordTable(db, entity).get(id);
      if (!record || record.deleted) throw new RecordNotFoundError(entity, id);
      return record.caseId;
    };
    return write(caseOfRecord, async (s) => {
      const existing = VIEW_LIST[entity](s.view).find((r) => r.id === id && !r.deleted);
      if (!existing) throw new RecordNotFoundError(entity, id);
      return s.save(await perform(s.commandContext(options.withTime ? await s.at() : ''), existing, s));
    });
  }

  const removeChild = (entity: ChildEntity) => async (id: string) => {
    await onChild(entity, id, (ctx, existing) => removeRecord(ctx, entity, existing));
  };

  /** The ids of the case's live attachments (inspection photos must be among them). */
  async function attachmentIds(caseId: string): Promise<Set<string>> {
    return new Set(live(await db.attachments.where('caseId').equals(caseId).toArray()).map((a) => a.id));
  }

  const lifecycle: LifecycleRepos['lifecycle'] = {
    ...reads.lifecycle,
    update: (caseId, patch, seen) => onCaseLifecycle(caseId, (ctx) => updateLifecycle(ctx, patch, seen)),
    async transition(caseId, request, signing) {
      const signerId = SIGNED_ACTIONS[request.action] ? await proveSigner(db, getContext(), signing) : undefined;
      return onCase(caseId, (ctx) => transition(ctx, request, signing && { meaning: signing.meaning }), { allowClosed: true, withTime: true, ...(signerId ? { signerId } : {}) });
    },
    async recordApproval(caseId, input, signing) {
      const signerId = await proveSigner(db, getContext(), signing);
      return onCase(caseId, (ctx) => recordApproval(ctx, input, { meaning: signing.meaning }), { withTime: true, signerId });
    },
    setEffectCheckDue: (caseId, date) => onCase(caseId, (ctx) => setEffectCheckDue(ctx, date), { allowClosed: true }),
    recordEffectCheck: (caseId, input) => onCase(caseId, (ctx) => recordEffectCheck(ctx, input), { allowClosed: true, withTime: true }),
    applyResponsibilityRule: (caseId) =>
      write(caseId, async (s) => s.save(applyResponsibilityRule(s.commandContext(await s.at()), responsibilityDeadline(caseDeadlines(s.caseRecord, s.view, s.settings))))),
  };

  const returns: LifecycleRepos['returns'] = {
    addLine: (caseId, input) => onCase(caseId, (ctx) => addReturnLine(ctx, input)),
    updateLine: (lineId, patch, seen) => onChild('returnLine', lineId, (ctx, line) => updateReturnLine(ctx, line, patch, seen)),
    removeLine: async (lineId) => {
      await onChild('returnLine', lineId, (ctx, line) => removeReturnLine(ctx, line));
    },
    receive: (lineId, input, seen) => onChild('returnLine', lineId, async (ctx, line, s) => receiveReturnLine(ctx, line, input, await caseReceivingTolerance(db, s.caseRecord, s.settings), seen)),
    inspect: (lineId, input, seen) => onChild('returnLine', lineId, async (ctx, line) => inspectReturnLine(ctx, line, input, await attachmentIds(ctx.caseFacts.id), seen)),
    addDisposition: (caseId, input) => onCase(caseId, (ctx) => addDisposition(ctx, input)),
    updateDisposition: (id, patch, seen) => onChild('disposition', id, (ctx, existing) => updateDisposition(ctx, existing, patch, seen)),
    removeDisposition: removeChild('disposition'),
    addRepairOrder: (caseId, input) => onCase(caseId, (ctx) => addRepairOrder(ctx, input)),
    updateRepairOrder: (id, patch, seen) => onChild('repairOrder', id, (ctx, existing) => updateRepairOrder(ctx, existing, patch, seen)),
    removeRepairOrder: async (id) => {
      await onChild('repairOrder', id, (ctx, existing) => removeRepairOrder(ctx, existing));
    },
    reinspect: (id, input, seen) => onChild('repairOrder', id, (ctx, existing) => reinspectRepairOrder(ctx, existing, input, seen), { withTime: true }),
    addShipment: (caseId, input) => onCase(caseId, (ctx) => addShipment(ctx, input), { withTime: true }),
    updateShipment: (id, patch, seen) => onChild('outboundShipment', id, (ctx, existing) => updateShipment(ctx, existing, patch, seen), { withTime: true }),
    removeShipment: removeChild('outboundShipment'),
    ...reads.returns,
  };

  const responsibility: LifecycleRepos['responsibility'] = {
    addShare: (caseId, input) => onCase(caseId, (ctx) => addShare(ctx, input)),
    updateShare: (id, patch, seen) => onChild('responsibilityShare', id, (ctx, existing) => updateShare(ctx, existing, patch, seen)),
    removeShare: async (id) => {
      await onChild('responsibilityShare', id, (ctx, existing) => removeShare(ctx, existing));
    },
    updateClaim: (id, patch, seen) => onChild('supplierClaim', id, (ctx, existing) => updateClaim(ctx, existing, patch, seen)),
  };

  const costs: LifecycleRepos['costs'] = {
    add: (caseId, input) => onCase(caseId, (ctx) => addCost(ctx, input)),
    update: (id, patch, seen) => onChild('cost', id, (ctx, existing) => updateCost(ctx, existing, patch, seen)),
    remove: async (id) => {
      await onChild('cost', id, (ctx, existing) => removeCost(ctx, existing));
    },
  };

  const actions: LifecycleRepos['actions'] = {
    ...reads.actions,
    add: (caseId, input) => onCase(caseId, (ctx) => addAction(ctx, input)),
    update: (id, patch, seen) => onChild('caseAction', id, (ctx, existing) => updateAction(ctx, existing, patch, seen)),
    setStatus: (id, status, verifiedBy) =>
      onChild('caseAction', id, async (ctx, existing, s) => setActionStatus(actionStatusNeedsTime(existing, status) ? { ...ctx, at: await s.at() } : ctx, existing, status, verifiedBy)),
    remove: removeChild('caseAction'),
    // Only marks the case; createRepositories (repositories.ts) wires eightD.start in its place, which also opens the report.
    startEightD: (caseId) => onCaseLifecycle(caseId, markEightDStarted),
  };

  const replies: LifecycleRepos['replies'] = {
    add: (caseId, input) => onCase(caseId, (ctx) => addReply(ctx, input)),
    update: (id, patch, seen) => onChild('customerReply', id, (ctx, existing) => updateReply(ctx, existing, patch, seen)),
    remove: removeChild('customerReply'),
  };

  const surveys: LifecycleRepos['surveys'] = {
    record: (caseId, input) => onCase(caseId, (ctx) => recordSurvey(ctx, input), { withTime: true }),
  };

  const attachments: LifecycleRepos['attachments'] = {
    ...reads.attachments,
    async add(caseId, file) {
      const settings = lifecycleSettingsOf(getContext());
      const bytes = ownBytes(file.bytes);
      if (bytes.byteLength > settings.attachmentMaxBytes) throw new AttachmentTooLargeError(bytes.byteLength, settings.attachmentMaxBytes);
      const thumbnail = file.thumbnail ? { bytes: ownBytes(file.thumbnail.bytes), mimeType: file.thumbnail.mimeType } : null;
      const errors = validateAttachmentFile(file);
      if (hasErrors(errors)) throw new ValidationFailedError(errors);
      // Hash before the transaction: an await outside IndexedDB inside it would let it commit early.
      const sha256 = await sha256Hex(bytes);
      const thumbSha = thumbnail ? await sha256Hex(thumbnail.bytes) : null;
      return write(caseId, async (s) => {
        const around = {
          eightDPhotoOwners: live(await db.eightDs.where('caseId').equals(caseId).toArray()).flatMap((r) => PHOTO_DISCIPLINES.map((d) => eightDPhotoOwner(r.id, d))),
          attachments: await db.attachments.where('caseId').equals(caseId).toArray(),
        };
        const checked = checkAttachment(s.commandContext(), file, sha256, around);
        if (checked && 'existing' in checked) return checked.existing;
        if (checked) return s.save(checked);
        if (!(await db.blobs.get(sha256))) {
          await db.blobs.add({ sha256, data: bytes, mimeType: file.mimeType, size: bytes.byteLength });
          s.touched();
        }
        if (thumbnail && thumbSha && !(await db.blobs.get(thumbSha))) {
          await db.blobs.add({ sha256: thumbSha, data: thumbnail.bytes, mimeType: thumbnail.mimeType, size: thumbnail.bytes.byteLength });
        }
        return s.save(addAttachment(s.commandContext(await s.at()), file, { size: bytes.byteLength, sha256, thumbnailSha256: thumbSha }));
      }, { allowClosed: slotOpenWhenClosed(caseId, file.ownerId) });
    },

    async remove(id) {
      const caseOfAttachment = async () => {
        const record = await db.attachments.get(id);
        if (!record || record.deleted) throw new RecordNotFoundError('attachment', id);
        return record.caseId;
      };
      // An attachment's owner never changes: whether a closed case lets it go is known before the write.
      const owned = await db.attachments.get(id);
      await write(caseOfAttachment, async (s) => {
        const existing = await db.attachments.get(id);
        await s.save(removeRecord(s.commandContext(), 'attachment', existing!));
      }, { allowClosed: owned !== undefined && slotOpenWhenClosed(owned.caseId, owned.ownerId) });
    },
  };

  return { lifecycle, returns, responsibility, costs, actions, replies, surveys, attachments };
}
