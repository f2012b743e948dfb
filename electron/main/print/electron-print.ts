/**
 * Printing in the Electron app: a hidden offscreen BrowserWindow (own
 * session partition, no preload, scripts off, sandboxed) loads the form's
 * HTML as a data: URL; webContents.printToPDF makes the PDF (preview, save)
 * and webContents.print sends it to a printer, silently to a chosen device
 * or through the system dialog. The same PdfEngine interface as the web
 * host's chromium engine (electron/services/print).
 */
import { BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { paperSize, type Paper } from '../../../shared/forms/paper';
import type { PdfEngine, PrintHost } from '../../services/print/pdf-engine';

const MICRONS_PER_MM = 1000;

async function withFormWindow<T>(html: string, run: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { offscreen: true, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, partition: 'print-forms', images: true },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await run(win);
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

export function createElectronPdfEngine(): PdfEngine {
  return {
    renderPdf: (html, _paper) => withFormWindow(html, (win) => win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })),
    close: () => Promise.resolve(),
  };
}

export function createElectronPrintHost(getParent: () => BrowserWindow | null): PrintHost {
  return {
    print: (html: string, paper: Paper, options) =>
      withFormWindow(html, (win) => {
        const { widthMm, heightMm } = paperSize(paper);
        return new Promise((resolve) => {
          win.webContents.print(
            {
              silent: options.silent,
              printBackground: true,
              copies: options.copies,
              ...(options.printer ? { deviceName: options.printer } : {}),
              pageSize: { width: Math.round(widthMm * MICRONS_PER_MM), height: Math.round(heightMm * MICRONS_PER_MM) },
            },
            (success, failureReason) => resolve({ printed: success, reason: success ? null : failureReason || 'cancelled' }),
          );
        });
      }),
    savePdf: async (pdf, fileName) => {
      const parent = getParent();
      const options = { defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFile(result.filePath, pdf);
      return result.filePath;
    },
    listPrinters: async () => {
      const parent = getParent() ?? BrowserWindow.getAllWindows()[0];
      if (!parent) return [];
      const printers = await parent.webContents.getPrintersAsync();
      // Electron ≥ 31 dropped PrinterInfo.isDefault; CUPS/Windows still put a default flag in the options (best effort).
      return printers.map((p) => {
        const o = p.options as Record<string, unknown> | undefined;
        return { name: p.name, displayName: p.displayName || p.name, isDefault: o?.['is_default'] === 'true' || o?.['printer-is-default'] === 'true' };
      });
    },
  };
}
