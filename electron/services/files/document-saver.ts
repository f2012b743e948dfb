/**
 * Saves documents the renderer made (the 8D Word export, PDFs) where the
 * clerk chooses. Owns: checking the bytes are the kind they claim to be, the
 * dialog's starting folder (the folder the last document went to, kept in
 * settings.eightD.exportFolder), and writing the file atomically, so a
 * failed save never leaves half a document under the chosen name.
 * The dialog itself is the host's (Electron); the web host has none and the
 * renderer downloads instead.
 */
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { safeFileName } from '../../../shared/files/file-name';
import type { DocumentKind, SaveDocumentResult } from '../../../shared/ipc/files-contract';
import { errorCode, writeFileAtomic } from '../atomic-write';
import { HandlerError } from '../errors';
import type { SettingsStore } from '../settings-store';

export interface SaveDialogRequest {
  /** Folder + suggested file name. */
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/** Shows the save dialog; resolves to the chosen path, or null when cancelled. */
export type ChooseSavePath = (request: SaveDialogRequest) => Promise<string | null>;

export interface DocumentSaverOptions {
  settingsStore: SettingsStore;
  /** Absent: this host has no save dialog (web host). */
  chooseSavePath?: ChooseSavePath;
  /** Where the dialog opens before anything was saved; defaults to the home folder's Documents. */
  fallbackFolder?: string;
}

const KINDS: Record<DocumentKind, { name: string; extension: string; looksRight: (bytes: Buffer) => boolean }> = {
  // A .docx is a zip: local file header "PK\x03\x04".
  docx: { name: 'Word', extension: 'docx', looksRight: (b) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50 },
  // A .xlsx (the statistics workbook) is a zip too.
  xlsx: { name: 'Excel', extension: 'xlsx', looksRight: (b) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50 },
  // The diagnostics pack (issue 20.4).
  zip: { name: 'Zip', extension: 'zip', looksRight: (b) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50 },
  pdf: { name: 'PDF', extension: 'pdf', looksRight: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
};

/** The suggested name, safe on Windows, with the kind's extension. */
function suggestedName(fileName: string, kind: DocumentKind): string {
  const ext = `.${KINDS[kind].extension}`;
  const safe = safeFileName(fileName);
  return safe.toLowerCase().endsWith(ext) ? safe : safeFileName(`${safe}${ext}`);
}

export function createDocumentSaver(options: DocumentSaverOptions) {
  return async function saveDocument(args: { fileName: string; kind: DocumentKind; dataBase64: string }): Promise<SaveDocumentResult> {
    const bytes = Buffer.from(args.dataBase64, 'base64');
    const kind = KINDS[args.kind];
    if (!kind.looksRight(bytes)) {
      throw new HandlerError('badArguments', `dataBase64: the bytes are not a ${kind.name} document`, [{ path: 'dataBase64', message: `not a ${kind.name} document` }]);
    }
    if (!options.chooseSavePath) throw new HandlerError('unavailable', 'this host has no save dialog: download the document instead');
    const folder = options.settingsStore.get().eightD.exportFolder ?? options.fallbackFolder ?? join(homedir(), 'Documents');
    const path = await options.chooseSavePath({
      defaultPath: join(folder, suggestedName(args.fileName, args.kind)),
      filters: [{ name: kind.name, extensions: [kind.extension] }],
    });
    if (path === null) return { saved: false, path: null };
    try {
      await writeFileAtomic(path, bytes);
    } catch (error) {
      const reason = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
      // The clerk is told the file name; the log gets the whole path through the cause.
      throw new HandlerError('failed', `could not save ${basename(path)}: ${reason}`, undefined, { cause: error });
    }
    // The document is saved: a settings file that cannot be written only costs the remembered folder.
    const settings = options.settingsStore.get();
    await options.settingsStore.update({ eightD: { ...settings.eightD, exportFolder: dirname(path) } }).catch(() => undefined);
    return { saved: true, path };
  };
}
