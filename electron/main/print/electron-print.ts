/**
 * Printing in the Electron app: a hidden offscreen BrowserWindow (own
 * in-memory session that refuses every request but data: and every
 * permission, no preload, scripts off, sandboxed) loads the form's HTML as
 * a data: URL; a window still busy after the print time limit is destroyed
 * (deadline.ts). webContents.printToPDF makes the PDF (preview, save)
 * and webContents.print sends it to a printer, silently to a chosen device
 * or through the system dialog. The same PdfEngine interface as the web
 * host's chromium engine (electron/services/print).
 */
import { BrowserWindow, dialog, session, type Session } from 'electron';
import { writeFile } from 'node:fs/promises';
import { paperSize, type Paper } from '../../../shared/domain/paper';
import { PRINT_TIMEOUT_MS } from '../../../shared/ipc/print-contract';
import { withinDeadline } from '../../services/print/deadline';
import type { PdfEngine, PrintHost } from '../../services/print/pdf-engine';
import { isAllowedPrintRequest } from '../../services/print/print-isolation';
import { mainLog } from '../main-log';

const MICRONS_PER_MM = 1000;

/** Not 'persist:': nothing of a printed form is kept on disk. */
const PRINT_PARTITION = 'print-forms';
let printSession: Session | null = null;

/** The print windows' session: no request leaves a form, no permission is granted. Set up at start (index.ts) and on first use. */
export function printFormsSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedPrintRequest(details.url);
    if (!allowed) mainLog.warn(`print: refused a request from a form: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  printSession = ses;
  return ses;
}

/**
 * Loads the form in a fresh hidden window and runs `run` on it. The time
 * limit covers loading, and `run` too unless it waits for the clerk (the
 * system print dialog stays open as long as they need).
 */
async function withFormWindow<T>(html: string, run: (win: BrowserWindow) => Promise<T>, options: { clerkWaits?: boolean } = {}): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { offscreen: true, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, session: printFormsSession(), images: true, webgl: false, spellcheck: false, disableBlinkFeatures: 'Auxclick' },
  });
  const close = () => {
    if (!win.isDestroyed()) win.destroy();
  };
  const load = () => win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
  try {
    if (!options.clerkWaits) return await withinDeadline(load().then(() => run(win)), PRINT_TIMEOUT_MS, close);
    await withinDeadline(load(), PRINT_TIMEOUT_MS, close);
    return await run(win);
  } finally {
    close();
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
      }, { clerkWaits: !options.silent }),
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
