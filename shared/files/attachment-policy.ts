/**
 * Whether an attachment may be handed to the PC's own viewer, and under
 * which name: the one rule for the host that opens it (electron/services/
 * files/attachment-opener.ts) and the renderer that adds it. Decided by the
 * content (sniff.ts); the name only supplies the stem. Names and bytes come
 * from the share, so both are hostile until proven otherwise.
 */
import { extensionsOf } from './file-types';
import type { ViewableType } from './file-types';
import { attachmentFileName, lastExtension } from './file-name';
import { sniffFile } from './sniff';

/**
 * Why an attachment is not opened (the renderer translates each):
 * program — an executable, script, shortcut or installer;
 * macros — an Office document carrying macros;
 * nameMismatch — a legacy Office file whose name is not that Office type;
 * unknownType — anything else that is not an image, video, PDF, Office document or plain text.
 */
export const ATTACHMENT_REFUSALS = ['program', 'macros', 'nameMismatch', 'unknownType'] as const;
export type AttachmentRefusal = (typeof ATTACHMENT_REFUSALS)[number];

export type AttachmentVerdict =
  | { allowed: true; type: ViewableType; fileName: string }
  /** format: what the bytes were found to be, for the log. */
  | { allowed: false; reason: AttachmentRefusal; format: string };

export function checkAttachment(bytes: Uint8Array, fileName: string): AttachmentVerdict {
  const sniffed = sniffFile(bytes);
  if ('refused' in sniffed) return { allowed: false, reason: sniffed.refused, format: sniffed.format };
  // OLE2 is the container of legacy Office files but also of Windows Installer
  // packages and others; Windows picks the program by extension. A legacy
  // Office file is only opened when its own name already says that Office
  // type, so a file whose name says .msi (or anything else) is never renamed
  // into something Office would open on the strength of a directory entry.
  if (sniffed.nameMustMatch && !extensionsOf(sniffed.type).includes(lastExtension(fileName))) {
    return { allowed: false, reason: 'nameMismatch', format: `legacy Office (${sniffed.type}) named .${lastExtension(fileName)}` };
  }
  return { allowed: true, type: sniffed.type, fileName: attachmentFileName(fileName, sniffed.type) };
}
