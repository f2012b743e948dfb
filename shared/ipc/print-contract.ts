/**
 * IPC channels of printing (issue 5): render a form's HTML to PDF (preview,
 * save), list printers, print, save a PDF through the host's dialog. The
 * renderer builds the HTML with shared/forms; the host only lays it out in a
 * sandboxed page (no scripts, no network). PDFs travel base64, size-limited.
 */
import { z } from 'zod';
import { CUSTOM_MAX_MM, CUSTOM_MIN_MM, ORIENTATIONS, PAPER_KINDS } from '../forms/paper';
import { FORM_KINDS } from '../forms/types';

/** Largest HTML document accepted (the web host takes request bodies up to 1 MB). */
export const MAX_PRINT_HTML_CHARS = 900_000;
/** Largest PDF sent back (base64 characters). */
export const MAX_PDF_BASE64_CHARS = 40_000_000;

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
  .max(MAX_PRINT_HTML_CHARS)
  .refine((h) => h.startsWith('<!DOCTYPE html>'), { message: 'not a form document' });

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
