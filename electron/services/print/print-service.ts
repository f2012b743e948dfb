/**
 * The print channels of the handler table (shared/ipc/print-contract.ts):
 * HTML → PDF through the injected PdfEngine, printers and printing through
 * the host (Electron) or CUPS (web host), save through the host's dialog.
 * Every document gets the forms' CSP before an engine sees it
 * (print-isolation.ts); the engines refuse every request but data: and
 * cancel a render past the print time limit (deadline.ts).
 */
import type { IpcHandlers } from '../../../shared/ipc/handlers';
import { MAX_PDF_BASE64_CHARS } from '../../../shared/ipc/print-contract';
import { HandlerError } from '../errors';
import type { PdfEngine, PrintHost } from './pdf-engine';
import { listCupsPrinters, printWithLp } from './printers';
import { withPrintCsp } from './print-isolation';

export type PrintHandlers = Pick<IpcHandlers, 'printRenderPdf' | 'printListPrinters' | 'printPrint' | 'printSavePdf'>;

export interface PrintServiceOptions {
  /** Absent: PDF rendering is unavailable on this host. */
  engine?: PdfEngine;
  host?: PrintHost;
}

export function createPrintService(options: PrintServiceOptions): PrintHandlers {
  const engine = (): PdfEngine => {
    if (!options.engine) throw new HandlerError('unavailable', 'no PDF engine on this host');
    return options.engine;
  };
  const render = async (html: string, paper: Parameters<PdfEngine['renderPdf']>[1]): Promise<Buffer> => {
    const pdf = await engine().renderPdf(withPrintCsp(html), paper);
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new HandlerError('failed', 'the PDF engine did not produce a PDF');
    return pdf;
  };
  return {
    printRenderPdf: async ({ html, paper }) => {
      const pdf = await render(html, paper);
      const pdfBase64 = pdf.toString('base64');
      if (pdfBase64.length > MAX_PDF_BASE64_CHARS) throw new HandlerError('failed', `the PDF is too large (${pdf.length} bytes)`);
      return { pdfBase64, bytes: pdf.length };
    },
    printListPrinters: async () => {
      if (options.host?.listPrinters) {
        const printers = await options.host.listPrinters();
        return { printers, reason: printers.length === 0 ? 'no printers are installed' : null };
      }
      return listCupsPrinters();
    },
    printPrint: async ({ html, paper, printer, copies, silent }) => {
      if (options.host?.print) {
        const r = await options.host.print(withPrintCsp(html), paper, { printer, copies, silent });
        return { ...r, printer };
      }
      if (!silent) return { printed: false, printer, reason: 'the system print dialog exists only in the desktop app; choose a printer to print directly' };
      const r = await printWithLp(await render(html, paper), printer, copies);
      return { ...r, printer };
    },
    printSavePdf: async ({ html, paper, fileName }) => {
      if (!options.host?.savePdf) throw new HandlerError('unavailable', 'this host has no save dialog: download the PDF instead');
      const path = await options.host.savePdf(await render(html, paper), fileName);
      return { saved: path !== null, path };
    },
  };
}
