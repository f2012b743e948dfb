/**
 * Adding and opening attachments, the same for case attachments and 8D
 * photos: one hook for the file input, the checks before a file is stored,
 * its preview, the write (through the page's form, so a failure reads like
 * any other write of that page) and opening one with the PC's viewer.
 * The content rule of shared/files decides both: a file that is not an
 * image, video, PDF, Office document or plain text is not attached, and one
 * that arrived from the share anyway is refused by the host — each with a
 * message naming the file. Nothing already stored is removed.
 */
import type { TFunction } from 'i18next';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAttachment } from '../../../shared/files/attachment-policy';
import type { AttachmentRefusal } from '../../../shared/files/attachment-policy';
import type { AttachmentRecord } from '../../../shared/domain/lifecycle/records';
import type { Repositories } from '../../db';
import { getDesktopApi } from '../../platform';
import { blobToBase64 } from '../../platform/blobToBase64';
import { useRepositories, useSettings } from '../../state/session';
import { errorMessage } from '../errors';
import type { RepositoryForm } from '../form/useRepositoryForm';
import { formatBytes } from '../formatBytes';
import { makeThumbnail } from './scaledImage';

function refusal(reason: AttachmentRefusal, name: string, t: TFunction): string {
  return t(`lc.attachments.refused.${reason}`, { name });
}

/** Why this file is not attached (null: it may be). */
function attachRefusal(name: string, bytes: ArrayBuffer, t: TFunction): string | null {
  const verdict = checkAttachment(new Uint8Array(bytes), name);
  return verdict.allowed ? null : t('lc.attachments.notAttached', { reason: refusal(verdict.reason, name, t) });
}

/** Opens the attachment with the PC's viewer; resolves to what the clerk should read (null: it opened). */
async function openAttachment(repositories: Repositories, record: AttachmentRecord, t: TFunction): Promise<string | null> {
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

export interface AttachmentFiles {
  /** Give to the <input type="file">: emptied after each pick, so the same file can be picked again. */
  input: RefObject<HTMLInputElement | null>;
  /** Checks and stores the picked files, one by one; a file that does not pass is named in `problem`. */
  add: (files: FileList | null) => Promise<void>;
  /** Opens one in the PC's viewer; a file that is not here or is refused is named in `problem`. */
  open: (record: AttachmentRecord) => Promise<void>;
  /** The last file problem (shown instead of the form's message), or null. */
  problem: string | null;
  /** The size limit of this PC's settings. */
  maxBytes: number;
}

/** The attachments of `ownerId` (the case, a return line, a discipline of an 8D) of case `caseId`, written through `form`. */
export function useAttachmentFiles({ caseId, ownerId, form }: { caseId: string; ownerId: string; form: Pick<RepositoryForm, 'submit'> }): AttachmentFiles {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const settings = useSettings();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const add = async (files: FileList | null) => {
    setProblem(null);
    for (const f of Array.from(files ?? [])) {
      if (f.size > settings.attachmentMaxBytes) {
        setProblem(t('lc.errors.tooLarge', { name: f.name, size: formatBytes(f.size), max: formatBytes(settings.attachmentMaxBytes) }));
        continue;
      }
      const bytes = await f.arrayBuffer();
      const refused = attachRefusal(f.name, bytes, t);
      if (refused) {
        setProblem(refused);
        continue;
      }
      const thumbnail = await makeThumbnail(f);
      await form.submit((r) => r.attachments.add(caseId, { ownerId, fileName: f.name, mimeType: f.type || 'application/octet-stream', bytes, thumbnail }));
    }
    if (input.current) input.current.value = '';
  };

  const open = async (record: AttachmentRecord) => {
    setProblem(await openAttachment(repositories, record, t));
  };

  return { input, add, open, problem, maxBytes: settings.attachmentMaxBytes };
}
