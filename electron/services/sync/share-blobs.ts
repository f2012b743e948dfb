/**
 * Attachments on the share: qsync/blobs/ab/cd/<sha256>, content-addressed
 * (the same bytes whoever writes them), written before the segments that
 * cite them.
 *  - Upload: resumable chunks into this PC's own .<sha256>.part-<device>
 *    (never through a link), the last chunk verifies the whole file and
 *    renames it into place. A blob larger than the attachment size limit
 *    is refused before a byte is written.
 *  - Abandoned uploads: this PC's uploads untouched for a day (the op citing
 *    the blob was deleted before it went out) lose their .part file at the
 *    hourly maintenance; which uploads are open is kept in the local share
 *    state (sync-state.json), so no folder of blobs/ is ever walked.
 *  - Download: the first chunk hashes the whole blob once (streamed, within
 *    the attachment size limit) and remembers its size and time; every chunk
 *    then reads only its own bytes. Before, each 512 KiB chunk read and
 *    hashed the whole file: 100 × 50 MB for one 50 MB attachment.
 */
import { join } from 'node:path';
import { blobPathParts } from '../../../shared/sync/share-layout';
import { errorCode, retryTransient, type RetryOptions } from '../atomic-write';
import { ShareError, type ShareFiles } from './share-files';
import { sha256OfBytes } from './share-fs';

/** Blobs verified by this run and kept in mind (sha256 → size and time when hashed). */
const VERIFIED_BLOBS_KEPT = 8;
/** An upload of this PC untouched this long is abandoned: its .part file is removed. */
export const STALE_UPLOAD_MS = 24 * 3600 * 1000;

const ENOENT = (e: unknown) => errorCode(e) === 'ENOENT';

/** What the blobs need from their transport. */
export interface BlobHost {
  files: ShareFiles;
  deviceId: string;
  retry?: RetryOptions;
  now(): number;
  /** The attachment size limit (bytes). */
  maxBytes(): number;
  /** Open uploads of this PC (sha256 → time of the last chunk), kept in the local share state. */
  uploads(): Record<string, number>;
  setUploads(uploads: Record<string, number>): void;
}

export class ShareBlobs {
  private readonly verified = new Map<string, { size: number; mtimeMs: number }>();

  constructor(private readonly h: BlobHost) {}

  blobPath(sha256: string): string {
    return join(this.h.files.root, ...blobPathParts(sha256));
  }

  /** 'present', or the bytes of an interrupted upload to resume from. */
  async blobStatus(sha256: string): Promise<{ present: boolean; partial: number }> {
    const path = this.blobPath(sha256);
    try {
      await this.h.files.realDir(join(path, '..'));
      const info = await this.h.files.fs.lstat(path);
      if (info.isSymbolicLink()) throw new ShareError('badFile', `${this.h.files.shown(path)} is a symbolic link; links on the share are never followed — remove it`);
      return { present: true, partial: 0 };
    } catch (e) {
      if (!ENOENT(e)) throw e;
    }
    try {
      return { present: false, partial: (await this.h.files.fs.lstat(this.partPath(sha256))).size };
    } catch {
      return { present: false, partial: 0 };
    }
  }

  private partPath(sha256: string): string {
    return join(this.blobPath(sha256), '..', `.${sha256}.part-${this.h.deviceId}`);
  }

  /**
   * Writes one chunk of a blob at `offset`; the last chunk (offset+size =
   * total) verifies the hash of the whole file and renames it into place.
   * An interrupted upload resumes from blobStatus().partial. A blob larger
   * than the attachment size limit is refused before a byte is written.
   */
  async putBlobChunk(sha256: string, offset: number, data: Uint8Array, total: number): Promise<{ present: boolean; received: number }> {
    if (total > this.h.maxBytes()) {
      throw new ShareError('badBlob', `attachment ${sha256.slice(0, 12)}… is ${total} bytes, more than the attachment size limit of ${this.h.maxBytes()} bytes`);
    }
    if (offset + data.length > total) throw new ShareError('badBlob', `chunk at ${offset} of ${data.length} bytes runs past the ${total} bytes of ${sha256.slice(0, 12)}…`);
    const path = this.blobPath(sha256);
    const part = this.partPath(sha256);
    await this.h.files.fs.mkdir(join(path, '..'));
    await this.h.files.realDir(join(path, '..'));
    if (offset > 0) {
      const have = await this.h.files.fs.lstat(part).then((s) => s.size, () => -1);
      if (have !== offset) throw new ShareError('badBlob', `upload of ${sha256} must resume at ${Math.max(have, 0)}, not ${offset}`);
    }
    await this.h.files.fs.writeAt(part, offset, data);
    const received = offset + data.length;
    if (received < total) {
      this.h.setUploads({ ...this.h.uploads(), [sha256]: this.h.now() });
      return { present: false, received };
    }
    const { [sha256]: _done, ...uploads } = this.h.uploads();
    this.h.setUploads(uploads);
    const actual = await this.h.files.fs.hashFile(part, this.h.maxBytes());
    if (actual !== sha256) {
      await this.h.files.fs.rm(part);
      throw new ShareError('badBlob', `blob ${sha256} arrived with hash ${actual}`);
    }
    if (await this.h.files.exists(path)) await this.h.files.fs.rm(part);
    else await retryTransient(() => this.h.files.fs.rename(part, path), this.h.retry);
    const back = await this.h.files.fs.hashFile(path, this.h.maxBytes());
    if (back !== sha256) throw new ShareError('verifyFailed', `blob ${sha256} did not read back`);
    return { present: true, received };
  }

  /**
   * Removes the .part files of this PC's uploads untouched for `maxAgeMs`
   * (abandoned: the op citing the blob was deleted, or the PC gave up).
   * Only own parts (their name holds our device id): single writer.
   */
  async cleanStaleUploads(maxAgeMs = STALE_UPLOAD_MS): Promise<string[]> {
    const removed: string[] = [];
    const uploads = { ...this.h.uploads() };
    for (const [sha256, touchedAt] of Object.entries(uploads)) {
      if (this.h.now() - touchedAt <= maxAgeMs) continue;
      const part = this.partPath(sha256);
      await retryTransient(() => this.h.files.fs.rm(part), this.h.retry);
      delete uploads[sha256];
      removed.push(part);
    }
    if (removed.length > 0) this.h.setUploads(uploads);
    return removed;
  }

  /** The whole blob, verified (tests, share doctor). Downloads use readBlobChunk. */
  async readBlob(sha256: string): Promise<Uint8Array> {
    const path = this.blobPath(sha256);
    await this.h.files.realDir(join(path, '..'));
    const bytes = await this.h.files.fs.readFile(path, this.h.maxBytes());
    if (sha256OfBytes(bytes) !== sha256) throw new ShareError('badBlob', `blob ${sha256} is damaged on the share`);
    return bytes;
  }

  /**
   * One chunk of a blob. The whole file is hashed once per transfer — the
   * first chunk verifies it (streamed, within the attachment size limit) and
   * remembers its size and time — and every chunk then reads only its own
   * bytes; a file whose size or time changed is verified again.
   */
  async readBlobChunk(sha256: string, offset: number, length: number): Promise<{ bytes: Uint8Array; total: number }> {
    const path = this.blobPath(sha256);
    await this.h.files.realDir(join(path, '..'));
    const got = await this.h.files.fs.readAt(path, offset, length);
    const known = this.verified.get(sha256);
    if (!known || known.size !== got.size || known.mtimeMs !== got.mtimeMs) {
      if (got.size > this.h.maxBytes()) throw new ShareError('badBlob', `blob ${sha256.slice(0, 12)}… is ${got.size} bytes, more than the attachment size limit of ${this.h.maxBytes()} bytes: not read`);
      if ((await this.h.files.fs.hashFile(path, this.h.maxBytes())) !== sha256) throw new ShareError('badBlob', `blob ${sha256} is damaged on the share`);
      this.verified.delete(sha256);
      this.verified.set(sha256, { size: got.size, mtimeMs: got.mtimeMs });
      for (const old of this.verified.keys()) {
        if (this.verified.size <= VERIFIED_BLOBS_KEPT) break;
        this.verified.delete(old);
      }
    }
    return { bytes: got.bytes, total: got.size };
  }
}
