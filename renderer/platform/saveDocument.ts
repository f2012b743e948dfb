/**
 * Saves a document the renderer made (8D Word export, statistics and ledger workbooks …). In the desktop app
 * through the host's save dialog, which opens in the folder the last
 * document went to; in the web host the browser downloads it (its own
 * download folder / dialog).
 */
import type { DocumentKind } from '../../shared/ipc/files-contract';
import { getDesktopApi } from './desktopApi';
import { blobToBase64 } from './blobToBase64';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP_MIME_TYPE = 'application/zip';

const KIND_OF_MIME: Record<string, DocumentKind> = { [DOCX_MIME_TYPE]: 'docx', [XLSX_MIME_TYPE]: 'xlsx', 'application/pdf': 'pdf', [ZIP_MIME_TYPE]: 'zip' };

export type SaveOutcome = { outcome: 'saved'; path: string } | { outcome: 'cancelled' } | { outcome: 'downloaded' };

export async function saveDocumentFile(document: { fileName: string; mimeType: string; bytes: Uint8Array }): Promise<SaveOutcome> {
  const kind = KIND_OF_MIME[document.mimeType];
  if (!kind) throw new Error(`cannot save documents of type ${document.mimeType}`);
  const blob = new Blob([document.bytes as Uint8Array<ArrayBuffer>], { type: document.mimeType });
  const api = getDesktopApi();
  if ((await api.appInfo()).host === 'electron') {
    const result = await api.saveDocument({ fileName: document.fileName, kind, dataBase64: await blobToBase64(blob) });
    return result.saved && result.path !== null ? { outcome: 'saved', path: result.path } : { outcome: 'cancelled' };
  }
  downloadFile(blob, document.fileName);
  return { outcome: 'downloaded' };
}

/** The browser downloads the file (its own download folder / dialog): the web host's save path. */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
