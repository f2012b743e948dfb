/**
 * Opens an attachment (photo, video, PDF, scan) with the PC's own viewer.
 * The bytes live in IndexedDB; this service owns the cache folder in the
 * profile where they are written out, named by their content hash, so the
 * system viewer (Windows Photos, a PDF reader, VLC) can open a real file.
 * Nothing outside that folder is ever written or opened.
 */
import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { writeFileAtomic } from '../atomic-write';
import { HandlerError } from '../errors';

export interface AttachmentToOpen {
  fileName: string;
  sha256: string;
  dataBase64: string;
}

export interface AttachmentOpenerOptions {
  /** The profile's cache folder for opened attachments. */
  cacheDir: string;
  /** Hands a file to the system viewer; resolves to an error text, '' on success (Electron's shell.openPath contract). */
  openPath: (path: string) => Promise<string>;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name that is safe on Windows and Linux: no folders, no characters
 * Windows forbids, no reserved device names, not empty, at most 120 chars
 * (the extension kept).
 */
export function safeFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  // eslint-disable-next-line no-control-regex
  let cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').trim();
  if (cleaned === '' || /^\.+$/.test(cleaned)) cleaned = 'attachment';
  const ext = extname(cleaned).slice(0, 16);
  let stem = cleaned.slice(0, cleaned.length - extname(cleaned).length) || 'attachment';
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  return `${stem.slice(0, 120 - ext.length)}${ext}`;
}

export function createAttachmentOpener(options: AttachmentOpenerOptions) {
  return async function openAttachment(attachment: AttachmentToOpen): Promise<null> {
    const bytes = Buffer.from(attachment.dataBase64, 'base64');
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== attachment.sha256) {
      throw new HandlerError('badArguments', 'the attachment bytes do not match their sha256', [{ path: 'dataBase64', message: 'sha256 mismatch' }]);
    }
    // One folder per content hash: two files of the same name never overwrite each other.
    const folder = join(options.cacheDir, actual.slice(0, 16));
    const target = join(folder, safeFileName(attachment.fileName));
    await mkdir(folder, { recursive: true });
    const existing = await stat(target).catch(() => null);
    if (existing?.size !== bytes.length) await writeFileAtomic(target, bytes);
    const problem = await options.openPath(target);
    if (problem) throw new HandlerError('failed', `the system viewer could not open ${safeFileName(attachment.fileName)}: ${problem}`);
    return null;
  };
}
