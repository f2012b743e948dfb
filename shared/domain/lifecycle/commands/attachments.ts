/**
 * The record of an attachment (its bytes are storage's: hashed and kept by
 * renderer/db): a name, a type and an owner — the case or one of its live
 * records, a scan slot of the case (attachment-slots.ts), or a photo section
 * of one of its 8D reports. The same bytes on the same owner are stored once.
 */
import { hasErrors, isText, type FieldErrors } from '../../field-checks';
import type { AttachmentRecord } from '../records';
import { withTextLimits } from '../text-limits';
import { CaseChanges, invalid, type CommandContext, type Performed, type Refused } from './command';
import { live } from '../../live-records';
import { isSlotOwnerOf } from '../attachment-slots';

export interface AttachmentFile {
  fileName: string;
  mimeType: string;
  ownerId: string;
}

/** The file's own fields, checked before its bytes are hashed. */
export function validateAttachmentFile(file: AttachmentFile): FieldErrors {
  const errors: FieldErrors = withTextLimits({}, { fileName: isText(file.fileName) ? file.fileName.trim() : file.fileName });
  if (!isText(file.fileName) || !file.fileName.trim()) errors.fileName = 'required';
  if (!isText(file.mimeType)) errors.mimeType = 'invalid';
  if (!isText(file.ownerId) || !file.ownerId) errors.ownerId = 'required';
  return errors;
}

export interface StoredBytes {
  size: number;
  sha256: string;
  thumbnailSha256: string | null;
}

/** What the case already holds that the command cannot find in the view. */
export interface AttachmentSurroundings {
  /** Owner ids of the photo sections of the case's live 8D reports. */
  eightDPhotoOwners: readonly string[];
  /** The case's attachments. */
  attachments: readonly AttachmentRecord[];
}

/**
 * Where a new attachment stands before anything is written: refused (its
 * fields, or an owner that is not the case nor one of its live records),
 * already there (the owner has these bytes: nothing to write), or `null` —
 * to be added with addAttachment at this write's time.
 */
export function checkAttachment(ctx: CommandContext, file: AttachmentFile, sha256: string, around: AttachmentSurroundings): Refused | { existing: AttachmentRecord } | null {
  const errors = validateAttachmentFile(file);
  if (hasErrors(errors)) return invalid(errors);
  const v = ctx.view;
  const owners: readonly (readonly { id: string; deleted?: boolean }[])[] = [v.returnLines, v.dispositions, v.shares, v.supplierClaims, v.costs, v.actions, v.replies, v.surveys];
  const caseId = ctx.caseFacts.id;
  if (file.ownerId !== caseId && !isSlotOwnerOf(caseId, file.ownerId) && !around.eightDPhotoOwners.includes(file.ownerId) && !owners.some((list) => live(list).some((r) => r.id === file.ownerId))) {
    return invalid({ ownerId: 'notFound' });
  }
  const existing = live(around.attachments).find((a) => a.ownerId === file.ownerId && a.sha256 === sha256);
  return existing ? { existing } : null;
}

/** The record of a new attachment that checkAttachment let through, added at this write's time. */
export function addAttachment(ctx: CommandContext, file: AttachmentFile, bytes: StoredBytes): Performed<AttachmentRecord> {
  const record: AttachmentRecord = {
    id: ctx.newId(),
    caseId: ctx.caseFacts.id,
    ownerId: file.ownerId,
    fileName: file.fileName.trim(),
    mimeType: file.mimeType,
    size: bytes.size,
    sha256: bytes.sha256,
    thumbnailSha256: bytes.thumbnailSha256,
    addedAt: ctx.at,
    addedBy: ctx.user,
    deleted: false,
  };
  const changes = new CaseChanges(ctx.view);
  return changes.done(changes.create('attachment', record));
}
