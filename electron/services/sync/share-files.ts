/**
 * How one file on the share is read and written, whoever asks (the sync
 * transport for root.json, device files, segments, snapshots and blobs):
 * every file is distrusted alike.
 *  - Folders below qsync/ must be real folders: a symbolic link where a
 *    folder should be is refused (lstat, once per folder and run, so idle
 *    rounds cost nothing more); files are opened without following links
 *    and size-checked before a byte is read (share-fs.ts).
 *  - A JSON file that is damaged (not JSON, wrong fields, too large, a link)
 *    is a ShareError('badFile') whose message names the file as the admin
 *    sees it (qsync/…), never a bare parser error.
 *  - New files: temp name → fsync → rename to a name that must not exist
 *    (a link there counts as existing; ShareError('exists')) → re-read,
 *    capped at the bytes written, and verified. Owned files (the device
 *    file) are replaced by rename, which replaces a link instead of
 *    writing through it.
 */
import { randomBytes } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { SHARE_DIR } from '../../../shared/sync/share-layout';
import { errorCode, retryTransient, type RetryOptions } from '../atomic-write';
import { ShareFileError, type ShareFs } from './share-fs';

export class ShareError extends Error {
  constructor(
    readonly code: 'wrongShare' | 'shareEmpty' | 'shareOlder' | 'notJoined' | 'readOnly' | 'verifyFailed' | 'badBlob' | 'badFile' | 'exists' | 'notEmpty' | 'replicaEmpty',
    message: string,
  ) {
    super(message);
    this.name = 'ShareError';
  }
}

const ENOENT = (e: unknown) => errorCode(e) === 'ENOENT';
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The part of a zod schema readJson needs. */
interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

export class ShareFiles {
  /** Folders below the share root found to be real folders (not links) in this run. */
  private readonly realDirs = new Set<string>();

  constructor(
    readonly fs: ShareFs,
    /** <share>/qsync */
    readonly root: string,
    private readonly retry?: RetryOptions,
  ) {}

  /** The path as the clerk and the admin know it: qsync/… */
  shown(path: string): string {
    const rel = relative(this.root, path);
    return rel.startsWith('..') ? path : [SHARE_DIR, ...rel.split(sep).filter(Boolean)].join('/');
  }

  /**
   * Refuses a folder below the share root that is a symbolic link (or not a
   * folder): links on the share are never followed. Each folder is looked
   * at once per run (lstat, cached), so idle rounds cost nothing more.
   */
  async realDir(dir: string): Promise<void> {
    const rel = relative(this.root, dir);
    if (rel.startsWith('..')) throw new Error(`${dir} is outside the share`);
    let cur = this.root;
    for (const part of ['', ...rel.split(sep).filter(Boolean)]) {
      cur = part ? join(cur, part) : cur;
      if (this.realDirs.has(cur)) continue;
      const info = await this.fs.lstat(cur);
      if (info.isSymbolicLink()) throw new ShareError('badFile', `${this.shown(cur)} is a symbolic link where a folder should be; links on the share are never followed — remove it`);
      if (!info.isDirectory()) throw new ShareError('badFile', `${this.shown(cur)} is not a folder`);
      this.realDirs.add(cur);
    }
  }

  /** Reads a JSON file of at most maxBytes; anything wrong with it is a ShareError naming the file. */
  async readJson<T>(path: string, maxBytes: number, schema: Schema<T>, kind: string): Promise<T> {
    await this.realDir(join(path, '..'));
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(path, maxBytes);
    } catch (error) {
      if (error instanceof ShareFileError) throw new ShareError('badFile', `${this.shown(path)} is refused: ${error.message.replace(path, 'it')}`);
      throw error;
    }
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      throw new ShareError('badFile', `${this.shown(path)} is damaged: it is not a ${kind} (not valid JSON: ${messageOf(error)})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.map(String).join('.') || '(top)'}: ${issue.message}` : 'unexpected content';
      throw new ShareError('badFile', `${this.shown(path)} is damaged: it is not a ${kind} (${where})`);
    }
    return parsed.data;
  }

  /** Whether a file exists at that name — a symbolic link counts (never followed, never overwritten). */
  async exists(path: string): Promise<boolean> {
    try {
      await this.fs.lstat(path);
      return true;
    } catch (e) {
      if (ENOENT(e)) return false;
      throw e;
    }
  }

  /** Writes a new immutable file: temp → fsync → rename to a name that must not exist → re-read and verify. */
  async writeImmutable(path: string, data: string, verify: (text: string) => boolean): Promise<void> {
    const dir = join(path, '..');
    await this.realDir(dir);
    const temp = join(dir, `.tmp-${randomBytes(6).toString('hex')}`);
    await this.fs.writeNew(temp, data);
    try {
      if (await this.exists(path)) throw new ShareError('exists', `${this.shown(path)} exists already`);
      await retryTransient(() => this.fs.rename(temp, path), this.retry);
    } catch (error) {
      await this.fs.rm(temp).catch(() => undefined);
      throw error;
    }
    const back = (await this.fs.readFile(path, Buffer.byteLength(data))).toString('utf8');
    if (!verify(back)) throw new ShareError('verifyFailed', `${this.shown(path)} did not read back as written`);
  }

  /** Replaces a file this PC owns (its device file): temp → fsync → rename over (a link there is replaced, not followed). */
  async replaceOwned(path: string, data: string): Promise<void> {
    await this.realDir(join(path, '..'));
    const temp = join(path, '..', `.tmp-${randomBytes(6).toString('hex')}`);
    await this.fs.writeNew(temp, data);
    try {
      await retryTransient(() => this.fs.rename(temp, path), this.retry);
    } catch (error) {
      await this.fs.rm(temp).catch(() => undefined);
      throw error;
    }
  }
}
