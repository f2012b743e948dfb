/**
 * Opens an attachment (photo, video, PDF, scan, Office document, text) with
 * the PC's own viewer — only when its content proves it is one of those
 * (shared/files/attachment-policy.ts); a program, a document with macros or
 * anything unrecognised is refused and never written. Names and bytes come
 * from the share and are untrusted.
 * Owns the cache folder in the profile where the bytes are written out, one
 * folder per content hash holding only the file under its normalised name
 * (one extension, the content's), so the system viewer can open a real file.
 * Nothing outside that folder is ever written or opened.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkAttachment } from '../../../shared/files/attachment-policy';
import type { OpenAttachmentResult } from '../../../shared/ipc/files-contract';
import { writeFileAtomic } from '../atomic-write';
import { consoleLogger, HandlerError } from '../errors';
import type { Logger } from '../errors';

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
  /** Shows a file selected in its folder (Electron's shell.showItemInFolder); absent where the host has none (web host). */
  showItemInFolder?: (path: string) => void;
  logger?: Logger;
  /** Where the files are opened; on Windows they are marked as from the Internet zone. */
  platform?: NodeJS.Platform;
}

/** Mark of the Web: Office opens such a file in Protected View and Windows warns before running anything in it. */
const INTERNET_ZONE = '[ZoneTransfer]\r\nZoneId=3\r\n';

/** Removes what else is in the hash's folder: older versions wrote attachments there under their own (possibly hostile) names. */
async function keepOnly(folder: string, fileName: string): Promise<void> {
  const entries = await readdir(folder).catch(() => []);
  await Promise.all(entries.filter((name) => name !== fileName).map((name) => rm(join(folder, name), { recursive: true, force: true })));
}

export function createAttachmentOpener(options: AttachmentOpenerOptions) {
  const logger = options.logger ?? consoleLogger;
  const platform = options.platform ?? process.platform;

  return async function openAttachment(attachment: AttachmentToOpen): Promise<OpenAttachmentResult> {
    const bytes = Buffer.from(attachment.dataBase64, 'base64');
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== attachment.sha256) {
      throw new HandlerError('badArguments', 'the attachment bytes do not match their sha256', [{ path: 'dataBase64', message: 'sha256 mismatch' }]);
    }
    // One folder per content hash: two files of the same name never overwrite each other.
    const folder = join(options.cacheDir, actual.slice(0, 16));
    const verdict = checkAttachment(bytes, attachment.fileName);
    if (!verdict.allowed) {
      logger.warn(`attachment ${JSON.stringify(attachment.fileName)} (sha256 ${actual}) not opened: ${verdict.reason} (${verdict.format})`);
      await rm(folder, { recursive: true, force: true });
      return { outcome: 'refused', reason: verdict.reason };
    }
    const target = join(folder, verdict.fileName);
    await mkdir(folder, { recursive: true });
    await keepOnly(folder, verdict.fileName);
    const existing = await stat(target).catch(() => null);
    if (existing?.size !== bytes.length) {
      await writeFileAtomic(target, bytes);
      if (platform === 'win32') await writeFile(`${target}:Zone.Identifier`, INTERNET_ZONE).catch(() => undefined);
    }
    const problem = await options.openPath(target);
    if (!problem) return { outcome: 'opened', fileName: verdict.fileName };
    logger.warn(`the system viewer could not open ${target}: ${problem}`);
    if (options.showItemInFolder) {
      options.showItemInFolder(target);
      return { outcome: 'revealed', fileName: verdict.fileName };
    }
    throw new HandlerError('failed', `the system viewer could not open ${verdict.fileName}: ${problem}`);
  };
}
