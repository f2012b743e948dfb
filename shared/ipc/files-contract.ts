/**
 * The file channels of the contract: opening an attachment with the PC's own
 * viewer (issue 12: only what its content proves viewable, never a program),
 * and saving a Word or PDF document the renderer made (issue 6) where the
 * clerk chooses in the host's save dialog.
 */
import { z } from 'zod';
import { ATTACHMENT_REFUSALS } from '../files/attachment-policy';

/** Base64 of 100 MB, the largest attachment the settings allow. */
export const MAX_ATTACHMENT_BASE64_CHARS = Math.ceil((100 * 1024 * 1024) / 3) * 4;

export const filesOpenAttachmentArgs = z
  .object({
    /** The name the attachment was added under (from the share: untrusted; only its stem is used). */
    fileName: z.string().min(1).max(255),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The attachment size limit of the settings caps this (at most 100 MB of bytes). */
    dataBase64: z.string().max(MAX_ATTACHMENT_BASE64_CHARS),
  })
  .strict();

export const filesOpenAttachmentResult = z.discriminatedUnion('outcome', [
  /** Handed to the viewer under `fileName` (normalised: one extension, the content's type). */
  z.object({ outcome: z.literal('opened'), fileName: z.string() }),
  /** The viewer could not open it; the file is shown selected in its folder instead (Electron). */
  z.object({ outcome: z.literal('revealed'), fileName: z.string() }),
  /** Not a kind of file the viewer may open: nothing was written or started. */
  z.object({ outcome: z.literal('refused'), reason: z.enum(ATTACHMENT_REFUSALS) }),
]);
export type OpenAttachmentResult = z.infer<typeof filesOpenAttachmentResult>;

/** Base64 of 100 MB: an 8D with many photos stays far below. */
export const MAX_DOCUMENT_BASE64_CHARS = Math.ceil((100 * 1024 * 1024) / 3) * 4;

export const DOCUMENT_KINDS = ['docx', 'pdf', 'xlsx', 'zip'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const filesSaveDocumentArgs = z
  .object({
    /** Suggested file name (the dialog may change it); folders in it are ignored. */
    fileName: z.string().trim().min(1).max(200),
    kind: z.enum(DOCUMENT_KINDS),
    dataBase64: z.string().min(1).max(MAX_DOCUMENT_BASE64_CHARS),
  })
  .strict();

export const filesSaveDocumentResult = z.object({
  /** false: the clerk cancelled the dialog. */
  saved: z.boolean(),
  path: z.string().nullable(),
});
export type SaveDocumentResult = z.infer<typeof filesSaveDocumentResult>;

/** The diagnostics pack (a zip) made in main, saved by the renderer like any document. */
export const diagnosticsExportResult = z.object({
  fileName: z.string(),
  dataBase64: z.string(),
});
export type DiagnosticsExportResult = z.infer<typeof diagnosticsExportResult>;
