/**
 * The document-saving channel of the contract (issue 6): a Word or PDF
 * document the renderer made is saved where the clerk chooses in the host's
 * save dialog, which opens in the folder the last document went to.
 */
import { z } from 'zod';

/** Base64 of 100 MB: an 8D with many photos stays far below. */
export const MAX_DOCUMENT_BASE64_CHARS = Math.ceil((100 * 1024 * 1024) / 3) * 4;

export const DOCUMENT_KINDS = ['docx', 'pdf'] as const;
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
