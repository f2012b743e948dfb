/**
 * IPC channels of printing (issue 5): render a form's HTML to PDF (preview,
 * save), list printers, print, save a PDF through the host's dialog. The
 * renderer builds the HTML with shared/forms; the host only lays it out in a
 * sandboxed page (no scripts, no network). PDFs travel base64, size-limited.
 */
import { z } from 'zod';
import { CUSTOM_MAX_MM, CUSTOM_MIN_MM, ORIENTATIONS, PAPER_KINDS } from '../domain/paper';
import { FORM_KINDS } from '../domain/form-kinds';
import { utf8Length } from '../utf8';

/**
 * Largest HTML document accepted, in UTF-8 bytes: an 8D report embeds its
 * photos as data: URLs (20 photos of ~1.7 MB as base64 each). The web host
 * takes print requests up to MAX_PRINT_BODY_BYTES, room for the JSON
 * around the document and its escaped quotes.
 */
export const MAX_PRINT_HTML_BYTES = 48 * 1024 * 1024;
/** Request body limit of the print:* channels in the web host (every other channel: 1 MB). */
export const MAX_PRINT_BODY_BYTES = 64 * 1024 * 1024;

/**
 * A print or PDF that has not finished after this long is cancelled and the
 * engine freed for the next one (a 2.5 MB table once held it for 69 s).
 */
export const PRINT_TIMEOUT_MS = 30_000;

/** Largest PDF sent back (base64 characters): 64 MiB, a PDF that carries the photos of a large 8D. */
export const MAX_PDF_BASE64_CHARS = Math.ceil((64 * 1024 * 1024) / 3) * 4;

export const paperArg = z
  .object({
    kind: z.enum(PAPER_KINDS),
    orientation: z.enum(ORIENTATIONS),
    widthMm: z.number().min(CUSTOM_MIN_MM).max(CUSTOM_MAX_MM).optional(),
    heightMm: z.number().min(CUSTOM_MIN_MM).max(CUSTOM_MAX_MM).optional(),
  })
  .strict();

const htmlArg = z
  .string()
  .max(MAX_PRINT_HTML_BYTES)
  .refine((h) => h.startsWith('<!DOCTYPE html>'), { message: 'not a form document' })
  .refine((h) => utf8Length(h) <= MAX_PRINT_HTML_BYTES, { message: `the document is larger than ${MAX_PRINT_HTML_BYTES} bytes` });

const base64 = z
  .string()
  .max(MAX_PDF_BASE64_CHARS)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const printRenderPdfArgs = z.object({ html: htmlArg, paper: paperArg }).strict();
export const printRenderPdfResult = z.object({ pdfBase64: base64, bytes: z.number().int().min(0) });

export const printerInfo = z.object({ name: z.string().max(300), displayName: z.string().max(300), isDefault: z.boolean() });
export type PrinterInfo = z.infer<typeof printerInfo>;
export const printListPrintersResult = z.object({
  printers: z.array(printerInfo).max(500),
  /** Why the list is empty (no CUPS on this host …), or null. */
  reason: z.string().max(500).nullable(),
});
export type PrinterList = z.infer<typeof printListPrintersResult>;

export const printPrintArgs = z
  .object({
    html: htmlArg,
    paper: paperArg,
    /** '' = the system's default printer / the dialog chooses. */
    printer: z.string().max(300),
    copies: z.number().int().min(1).max(50),
    /** true: straight to the printer; false: the system print dialog. */
    silent: z.boolean(),
    form: z.enum(FORM_KINDS),
  })
  .strict();
export const printPrintResult = z.object({ printed: z.boolean(), printer: z.string().max(300), reason: z.string().max(500).nullable() });

export const printSavePdfArgs = z
  .object({
    html: htmlArg,
    paper: paperArg,
    /** File name offered in the dialog, e.g. 客户投诉处理单-2611-B-007.pdf */
    fileName: z.string().min(1).max(200).regex(/^[^\\/:*?"<>|]+\.pdf$/),
  })
  .strict();
export const printSavePdfResult = z.object({ saved: z.boolean(), path: z.string().max(2000).nullable() });
