/**
 * What renders a form document to PDF. Two implementations: playwright-core
 * chromium (web host, tests, benchmark; chromium-engine.ts) and Electron's
 * hidden offscreen window (electron/main/print). The @page rule of the
 * document decides the paper (preferCSSPageSize); `paper` is the fallback.
 */
import type { Paper } from '../../../shared/domain/paper';

export interface PdfEngine {
  renderPdf(html: string, paper: Paper): Promise<Buffer>;
  /** Frees the browser/window; the engine may be used again afterwards (relaunches). */
  close(): Promise<void>;
}

/** Host abilities beyond PDF: printing to a device and a native save dialog (Electron). */
export interface PrintHost {
  /** Prints the document; silent = no dialog. Resolves false with a reason when the host cannot. */
  print?(html: string, paper: Paper, options: { printer: string; copies: number; silent: boolean }): Promise<{ printed: boolean; reason: string | null }>;
  /** Shows a save dialog and writes the PDF; null when cancelled. */
  savePdf?(pdf: Buffer, fileName: string): Promise<string | null>;
  listPrinters?(): Promise<{ name: string; displayName: string; isDefault: boolean }[]>;
}
