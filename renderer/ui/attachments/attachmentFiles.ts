/**
 * Adding and opening attachments, the same for case attachments and 8D
 * photos. The content rule of shared/files decides both: a file that is not
 * an image, video, PDF, Office document or plain text is not attached, and
 * one that arrived from the share anyway is refused by the host — each with
 * a message naming the file. Nothing already stored is removed.
 */
import type { TFunction } from 'i18next';
import { checkAttachment } from '../../../shared/files/attachment-policy';
import type { AttachmentRefusal } from '../../../shared/files/attachment-policy';
import type { AttachmentRecord } from '../../../shared/domain/lifecycle/records';
import type { Repositories } from '../../db';
import { getDesktopApi } from '../../platform';
import { blobToBase64 } from '../../platform/blobToBase64';
import { errorMessage } from '../errors';

function refusal(reason: AttachmentRefusal, name: string, t: TFunction): string {
  return t(`lc.attachments.refused.${reason}`, { name });
}

/** Why this file is not attached (null: it may be). */
export function attachRefusal(name: string, bytes: ArrayBuffer, t: TFunction): string | null {
  const verdict = checkAttachment(new Uint8Array(bytes), name);
  return verdict.allowed ? null : t('lc.attachments.notAttached', { reason: refusal(verdict.reason, name, t) });
}

/** Opens the attachment with the PC's viewer; resolves to what the clerk should read (null: it opened). */
export async function openAttachment(repositories: Repositories, record: AttachmentRecord, t: TFunction): Promise<string | null> {
  const blob = await repositories.attachments.getBlob(record.sha256);
  if (!blob) return t('lc.attachments.notHere');
  try {
    const dataBase64 = await blobToBase64(new Blob([blob], { type: record.mimeType }));
    const result = await getDesktopApi().openAttachment({ fileName: record.fileName, sha256: record.sha256, dataBase64 });
    if (result.outcome === 'refused') return refusal(result.reason, record.fileName, t);
    if (result.outcome === 'revealed') return t('lc.attachments.revealed', { name: result.fileName });
    return null;
  } catch (error) {
    return errorMessage(error, t);
  }
}
