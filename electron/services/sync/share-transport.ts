/**
 * The sync transport: every read and write of one PC on the shared folder
 * (layout in shared/sync/share-layout.ts). Plain Node, no 'electron': the
 * Electron main process and the web host use the same code.
 *
 * Rules it keeps
 *  - Single writer per file: this PC writes only its own device file, its own
 *    log folder and content-addressed files (snapshots, blobs) whose bytes
 *    are the same whoever writes them. No lock files.
 *  - Write = temp name → fsync → rename to a name that does not exist yet
 *    (EPERM/EBUSY/EACCES retried with back-off) → re-read and check the hash.
 *    Only then does push() return, and only then does the renderer mark the
 *    ops published. A push that failed after the rename is found again by
 *    the next push (same first seq, ops we still hold) and adopted, so
 *    nothing is written twice.
 *  - Read: per-device cursors held by the caller (the renderer stores them in
 *    the same transaction as the merged ops). Only the segment that starts
 *    at cursor+1 is read; a missing (stale listing), partial or bad segment
 *    stops that device and is reported — it is retried next round, never
 *    skipped, and a missing file never means a deletion.
 *  - Idle round: list devices/, read each device file, compare its lastSeq
 *    with the cursor — one readdir plus one read per device, nothing per op.
 *  - Clone: our own device file showing another fingerprint, or segments
 *    under our id beyond what we wrote, raise CloneDetectedError; the sync
 *    service then takes a new device id.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { CorruptFileError, decodeSegment, decodeSnapshot, encodeSegment, encodeSnapshot, type WireOp } from '../../../shared/sync/codec';
import { DEFAULT_MAX_DRIFT_MS, foldWinners, isFromFuture } from '../../../shared/sync/merge';
import { OP_SCHEMA_VERSION } from '../../../shared/sync/op';
import {
  blobPathParts,
  compareVersions,
  contiguousAfter,
  deviceFileSchema,
  monthOf,
  parseSegmentName,
  rootSchema,
  segmentName,
  SHARE_DIR,
  SHARE_FORMAT_VERSION,
  type Cursors,
  type DeviceFile,
  type ShareRoot,
} from '../../../shared/sync/share-layout';
import { errorCode, retryTransient, type RetryOptions } from '../atomic-write';
import { nodeShareFs, sha256OfBytes, type ShareFs } from './share-fs';

export class ShareError extends Error {
  constructor(
    readonly code: 'wrongShare' | 'shareEmpty' | 'shareOlder' | 'notJoined' | 'readOnly' | 'verifyFailed' | 'badBlob',
    message: string,
  ) {
    super(message);
    this.name = 'ShareError';
  }
}

export class CloneDetectedError extends Error {
  constructor(detail: string) {
    super(`this PC's device id is also used by another PC (${detail})`);
    this.name = 'CloneDetectedError';
  }
}

export interface TransportOptions {
  sharePath: string;
  deviceId: string;
  fingerprint: string;
  appVersion: string;
  fs?: ShareFs;
  retry?: RetryOptions;
  now?: () => number;
}

/** What this PC remembers about the share between runs (sync-state.json in the profile). */
export interface LocalShareState {
  shareId: string | null;
  /** Highest seq this device wrote to the share. */
  lastSeq: number;
  lastMonth: string | null;
  /** Highest lastSeq seen per device: a share showing less was restored from an old backup. */
  seen: Record<string, number>;
  /** Scheduled snapshots and compaction (snapshot-schedule.ts); absent until the first run. */
  maintenance?: MaintenanceState;
}

export interface MaintenanceState {
  /** Wall time of the last maintenance check (ms). */
  checkedAt: number;
  /** Wall time this PC last wrote (or tried to write) a snapshot (ms). */
  snapshotAt: number;
  /** Snapshot files this PC wrote itself (the only ones it may remove), with what they cover. */
  own: { hash: string; covers: Cursors; writtenAt: number }[];
}

export const emptyLocalState = (): LocalShareState => ({ shareId: null, lastSeq: 0, lastMonth: null, seen: {} });

export interface JoinResult {
  shareId: string;
  created: boolean;
  readOnly: boolean;
  minAppVersion: string;
  warnings: { code: 'shareOlder'; deviceId: string; seen: number; now: number }[];
}

export interface PullError {
  deviceId: string;
  file: string;
  reason: string;
}

export interface PullResult {
  ops: WireOp[];
  cursors: Cursors;
  /** Ops known to exist (device files) but not returned yet. */
  remaining: number;
  errors: PullError[];
  /** Set when the ops came from a snapshot (joining). */
  snapshot: string | null;
}

export interface PushResult {
  from: number;
  to: number;
  file: string;
  /** Op ids now on the share (adopted from an earlier interrupted push included). */
  published: string[];
}

const ENOENT = (e: unknown) => errorCode(e) === 'ENOENT';

export class ShareTransport {
  readonly fs: ShareFs;
  readonly root: string;
  private readonly now: () => number;
  /** Month folder of the last segment read per device (listing hint). */
  private readonly monthHint = new Map<string, string>();

  constructor(
    readonly options: TransportOptions,
    public state: LocalShareState,
  ) {
    this.fs = options.fs ?? nodeShareFs;
    this.root = join(options.sharePath, SHARE_DIR);
    this.now = options.now ?? (() => Date.now());
  }

  private p(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  private async readJson(path: string): Promise<unknown> {
    const bytes = await this.fs.readFile(path);
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown;
  }

  /** Writes a new immutable file: temp → fsync → rename to a name that must not exist → re-read and verify. */
  private async writeImmutable(path: string, data: string, verify: (text: string) => boolean): Promise<void> {
    const dir = join(path, '..');
    const temp = join(dir, `.tmp-${randomBytes(6).toString('hex')}`);
    await this.fs.writeNew(temp, data);
    try {
      let exists = true;
      try {
        await this.fs.stat(path);
      } catch (e) {
        if (!ENOENT(e)) throw e;
        exists = false;
      }
      if (exists) throw new ShareError('verifyFailed', `${path} exists already`);
      await retryTransient(() => this.fs.rename(temp, path), this.options.retry);
    } catch (error) {
      await this.fs.rm(temp).catch(() => undefined);
      throw error;
    }
    const back = (await this.fs.readFile(path)).toString('utf8');
    if (!verify(back)) throw new ShareError('verifyFailed', `${path} did not read back as written`);
  }

  /** Replaces a file this PC owns (its device file): temp → fsync → rename over. */
  private async replaceOwned(path: string, data: string): Promise<void> {
    const temp = join(path, '..', `.tmp-${randomBytes(6).toString('hex')}`);
    await this.fs.writeNew(temp, data);
    try {
      await retryTransient(() => this.fs.rename(temp, path), this.options.retry);
    } catch (error) {
      await this.fs.rm(temp).catch(() => undefined);
      throw error;
    }
  }

  // ------------------------------------------------------------- root / join

  async readRoot(): Promise<ShareRoot | null> {
    try {
      return rootSchema.parse(await this.readJson(this.p('root.json')));
    } catch (e) {
      if (ENOENT(e)) return null;
      throw e;
    }
  }

  /**
   * Creates or joins qsync/. Refuses (nothing written) a share whose id is
   * not the one this PC joined, and a known share that is suddenly empty
   * unless `allowRecreate`. Warns when the share is older than what we saw.
   */
  async join(options: { allowRecreate?: boolean; minAppVersion?: string } = {}): Promise<JoinResult> {
    let root = await this.readRoot();
    let created = false;
    if (root && this.state.shareId && root.shareId !== this.state.shareId) {
      throw new ShareError('wrongShare', `this folder holds share ${root.shareId}, but this PC belongs to share ${this.state.shareId}`);
    }
    if (!root) {
      if (this.state.shareId && !options.allowRecreate) {
        throw new ShareError('shareEmpty', `share ${this.state.shareId} that this PC knew is empty here (wrong path, or the folder was emptied)`);
      }
      await this.fs.mkdir(this.root);
      const fresh: ShareRoot = {
        shareId: crypto.randomUUID(),
        formatVersion: SHARE_FORMAT_VERSION,
        minAppVersion: options.minAppVersion ?? this.options.appVersion,
        createdAt: new Date(this.now()).toISOString(),
      };
      try {
        await this.writeImmutable(this.p('root.json'), `${JSON.stringify(fresh, null, 2)}\n`, (t) => t.includes(fresh.shareId));
        root = fresh;
        created = true;
      } catch (error) {
        // Another PC created it at the same moment: take theirs.
        root = await this.readRoot();
        if (!root) throw error;
      }
      if (this.state.shareId && root.shareId !== this.state.shareId) {
        // Recreated on purpose: this PC's ops go out again from seq 1.
        this.state = { ...emptyLocalState() };
      }
    }
    await Promise.all(['devices', 'log', 'snap', 'blobs'].map((d) => this.fs.mkdir(this.p(d))));
    const warnings: JoinResult['warnings'] = [];
    if (this.state.shareId === root.shareId) {
      const devices = await this.readDevices();
      for (const [deviceId, seen] of Object.entries(this.state.seen)) {
        const nowSeq = devices.get(deviceId)?.lastSeq ?? 0;
        if (nowSeq < seen) warnings.push({ code: 'shareOlder', deviceId, seen, now: nowSeq });
      }
    }
    this.state = { ...this.state, shareId: root.shareId };
    return { shareId: root.shareId, created, readOnly: this.isTooOld(root), minAppVersion: root.minAppVersion, warnings };
  }

  isTooOld(root: ShareRoot): boolean {
    return compareVersions(this.options.appVersion, root.minAppVersion) < 0 || root.formatVersion > SHARE_FORMAT_VERSION;
  }

  // ------------------------------------------------------------- devices

  /** Every readable device file (unreadable ones are left out: missing ≠ gone). */
  async readDevices(): Promise<Map<string, DeviceFile>> {
    const out = new Map<string, DeviceFile>();
    let names: string[];
    try {
      names = await this.fs.readdir(this.p('devices'));
    } catch (e) {
      if (ENOENT(e)) return out;
      throw e;
    }
    await Promise.all(
      names
        .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
        .map(async (name) => {
          try {
            const parsed = deviceFileSchema.safeParse(await this.readJson(this.p('devices', name)));
            if (parsed.success && `${parsed.data.deviceId}.json` === name) out.set(parsed.data.deviceId, parsed.data);
          } catch {
            // half-written by an old tool or not visible yet: next round
          }
        }),
    );
    return out;
  }

  async writeDeviceFile(cursors: Cursors, lastHlc: string | null, stationCode?: string): Promise<DeviceFile> {
    const file: DeviceFile = {
      deviceId: this.options.deviceId,
      fingerprint: this.options.fingerprint,
      appVersion: this.options.appVersion,
      schemaVersion: OP_SCHEMA_VERSION,
      lastSeq: this.state.lastSeq,
      lastMonth: this.state.lastMonth,
      lastHlc,
      cursors,
      seenAt: new Date(this.now()).toISOString(),
      ...(stationCode ? { stationCode } : {}),
    };
    await this.replaceOwned(this.p('devices', `${this.options.deviceId}.json`), `${JSON.stringify(file, null, 2)}\n`);
    return file;
  }

  /** Throws CloneDetectedError when our own device file says another PC writes under our id. */
  checkOwnDevice(own: DeviceFile | undefined): void {
    if (!own) return;
    if (own.fingerprint !== this.options.fingerprint) throw new CloneDetectedError(`device file written by fingerprint ${own.fingerprint.slice(0, 8)}…`);
    if (own.lastSeq > this.state.lastSeq) throw new CloneDetectedError(`share has seq ${own.lastSeq} under our id, we wrote ${this.state.lastSeq}`);
  }

  // ------------------------------------------------------------- push

  private async listSegments(deviceId: string, month: string): Promise<{ from: number; to: number; name: string; month: string }[]> {
    try {
      const names = await this.fs.readdir(this.p('log', deviceId, month));
      return names.flatMap((name) => {
        const parsed = parseSegmentName(name);
        return parsed ? [{ ...parsed, name, month }] : [];
      });
    } catch (e) {
      if (ENOENT(e)) return [];
      throw e;
    }
  }

  /**
   * Writes `ops` (this PC's outbox, oldest first) as the next segment.
   * Returns once the segment was re-read and its hash verified.
   */
  async push(ops: readonly WireOp[]): Promise<PushResult> {
    if (ops.length === 0) throw new Error('nothing to push');
    let pending = [...ops];
    const published: string[] = [];
    const month = monthOf(this.now());
    // An earlier push may have landed after all (crash or share lost after the rename).
    const months = [...new Set([this.state.lastMonth, month].filter((m): m is string => m !== null))];
    const existing = (await Promise.all(months.map((m) => this.listSegments(this.options.deviceId, m)))).flat().filter((s) => s.from > this.state.lastSeq);
    for (const seg of contiguousAfter(this.state.lastSeq, existing)) {
      const decoded = decodeSegment((await this.fs.readFile(this.p('log', this.options.deviceId, seg.month, seg.name))).toString('utf8'));
      const ours = new Set(pending.map((o) => o.id));
      if (decoded.header.deviceId !== this.options.deviceId || !decoded.ops.every((o) => ours.has(o.id))) {
        throw new CloneDetectedError(`segment ${seg.name} under our id holds ops this PC did not write`);
      }
      const adopted = new Set(decoded.ops.map((o) => o.id));
      published.push(...adopted);
      pending = pending.filter((o) => !adopted.has(o.id));
      this.state = { ...this.state, lastSeq: seg.to, lastMonth: seg.month };
    }
    if (pending.length === 0) {
      return { from: this.state.lastSeq, to: this.state.lastSeq, file: '', published };
    }
    const from = this.state.lastSeq + 1;
    const to = from + pending.length - 1;
    const newest = pending.reduce((a, o) => (o.hlc > a ? o.hlc : a), pending[0]!.hlc);
    const { text, hash } = encodeSegment(
      { deviceId: this.options.deviceId, from, to, count: pending.length, schemaVersion: OP_SCHEMA_VERSION, writtenAt: newest },
      pending,
    );
    const dir = this.p('log', this.options.deviceId, month);
    await this.fs.mkdir(dir);
    const file = join(dir, segmentName(from, to));
    await this.writeImmutable(file, text, (back) => {
      try {
        return decodeSegment(back).hash === hash;
      } catch {
        return false;
      }
    });
    this.state = { ...this.state, lastSeq: to, lastMonth: month };
    published.push(...pending.map((o) => o.id));
    return { from, to, file, published };
  }

  // ------------------------------------------------------------- pull

  /**
   * Reads ops of other devices after `cursors`, at most about `limit` ops
   * (whole segments). With no cursors at all and `useSnapshot`, starts from
   * the newest verified snapshot.
   */
  async pull(cursors: Cursors, options: { limit?: number; useSnapshot?: boolean; devices?: Map<string, DeviceFile> } = {}): Promise<PullResult> {
    const limit = options.limit ?? 5000;
    const devices = options.devices ?? (await this.readDevices());
    this.checkOwnDevice(devices.get(this.options.deviceId));
    const errors: PullError[] = [];
    const next: Cursors = { ...cursors };
    const ops: WireOp[] = [];
    let snapshot: string | null = null;

    if (options.useSnapshot && Object.keys(cursors).length === 0) {
      const snap = await this.newestSnapshot(errors);
      if (snap) {
        snapshot = snap.hash;
        ops.push(...snap.ops);
        for (const [dev, seq] of Object.entries(snap.header.covers)) if (dev !== this.options.deviceId) next[dev] = seq;
      }
    }

    for (const [deviceId, file] of devices) {
      if (deviceId === this.options.deviceId) continue;
      this.state.seen[deviceId] = Math.max(this.state.seen[deviceId] ?? 0, file.lastSeq);
    }
    const ids = new Set([...devices.keys()]);
    ids.delete(this.options.deviceId);
    for (const deviceId of [...ids].sort()) {
      const cursor = next[deviceId] ?? 0;
      const known = devices.get(deviceId);
      if (known && known.lastSeq <= cursor) continue; // idle: no listing
      if (ops.length >= limit) break;
      const segments = await this.segmentsAfter(deviceId, cursor, known?.lastMonth ?? null);
      for (const seg of contiguousAfter(cursor, segments)) {
        if (ops.length >= limit) break;
        const path = this.p('log', deviceId, seg.month, seg.name);
        try {
          const decoded = decodeSegment((await this.fs.readFile(path)).toString('utf8'));
          const h = decoded.header;
          if (h.deviceId !== deviceId || h.from !== seg.from || h.to !== seg.to) throw new CorruptFileError('badFormat', 'header does not match file name');
          ops.push(...decoded.ops);
          next[deviceId] = seg.to;
          this.monthHint.set(deviceId, seg.month);
        } catch (error) {
          errors.push({ deviceId, file: path, reason: ENOENT(error) ? 'not visible yet' : error instanceof Error ? error.message : String(error) });
          break; // this device's cursor stops here; retried next round
        }
      }
    }
    let remaining = 0;
    for (const [deviceId, file] of devices) if (deviceId !== this.options.deviceId) remaining += Math.max(0, file.lastSeq - (next[deviceId] ?? 0));
    return { ops, cursors: next, remaining, errors, snapshot };
  }

  /** Segment names of one device from the month of its cursor on (month folders listed, newest hint first). */
  private async segmentsAfter(deviceId: string, cursor: number, lastMonth: string | null) {
    const hint = this.monthHint.get(deviceId);
    let months: string[];
    if (hint && hint === lastMonth) months = [hint];
    else {
      try {
        months = (await this.fs.readdir(this.p('log', deviceId))).filter((m) => /^\d{6}$/.test(m)).sort();
      } catch (e) {
        if (ENOENT(e)) return [];
        throw e;
      }
      if (hint) months = months.filter((m) => m >= hint);
    }
    const all = [];
    for (const m of months) {
      const segs = await this.listSegments(deviceId, m);
      all.push(...segs.filter((s) => s.to > cursor));
    }
    return all;
  }

  // ------------------------------------------------------------- snapshots

  async listSnapshots(): Promise<string[]> {
    try {
      return (await this.fs.readdir(this.p('snap'))).filter((n) => /^[0-9a-f]{64}\.snap$/.test(n));
    } catch (e) {
      if (ENOENT(e)) return [];
      throw e;
    }
  }

  async newestSnapshot(errors: PullError[] = []) {
    let best: ReturnType<typeof decodeSnapshot> | null = null;
    let bestTotal = -1;
    for (const name of await this.listSnapshots()) {
      try {
        const snap = decodeSnapshot((await this.fs.readFile(this.p('snap', name))).toString('utf8'));
        if (`${snap.hash}.snap` !== name) throw new CorruptFileError('badHash', 'file name is not its hash');
        const total = Object.values(snap.header.covers).reduce((a, b) => a + b, 0);
        if (total > bestTotal) {
          best = snap;
          bestTotal = total;
        }
      } catch (error) {
        errors.push({ deviceId: '', file: name, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return best;
  }

  /**
   * Folds the newest snapshot and every contiguous verified segment of every
   * device (this one included) into a new snapshot. Deterministic: PCs that
   * compact the same segments write the same bytes under the same name.
   *
   * Quarantine, the same rule as the merge (merge.ts isFromFuture with this
   * transport's clock): a device's coverage stops before its first segment
   * holding an op from the future. A snapshot keeps only the winner of each
   * field, so folding such an op would drop the real value it beats, and a
   * PC joining from the snapshot — which quarantines that op like everyone
   * else — would show the field empty. Stopping there, the joiner reads that
   * device's rest from its log and holds the op itself, exactly like the PCs
   * that followed the log. Trade-off: the skewed device's later segments are
   * not compacted until its op's time comes (the share doctor reports the
   * clock skew so someone fixes that PC's clock).
   */
  async writeSnapshot(): Promise<{ hash: string; covers: Cursors; count: number; written: boolean }> {
    const base = await this.newestSnapshot();
    const covers: Cursors = { ...(base?.header.covers ?? {}) };
    const winners = foldWinners(base?.ops ?? []);
    const devices = await this.readDevices();
    const ids = new Set([...devices.keys(), this.options.deviceId]);
    for (const deviceId of [...ids].sort()) {
      const cursor = covers[deviceId] ?? 0;
      for (const seg of contiguousAfter(cursor, await this.segmentsAfter(deviceId, cursor, null))) {
        try {
          const decoded = decodeSegment((await this.fs.readFile(this.p('log', deviceId, seg.month, seg.name))).toString('utf8'));
          if (decoded.ops.some((op) => isFromFuture(op, this.now(), DEFAULT_MAX_DRIFT_MS))) break;
          foldWinners(decoded.ops, winners);
          covers[deviceId] = seg.to;
        } catch {
          break;
        }
      }
    }
    const { text, hash } = encodeSnapshot(covers, winners.values(), OP_SCHEMA_VERSION);
    const path = this.p('snap', `${hash}.snap`);
    let written = false;
    try {
      await this.writeImmutable(path, text, (back) => back === text);
      written = true;
    } catch (error) {
      if (!(error instanceof ShareError)) throw error; // exists already: same bytes by construction
    }
    return { hash, covers, count: winners.size, written };
  }

  /**
   * Removes this PC's own old segments — only those a verified snapshot
   * covers, every active device (seen within `activeDays`) has read past,
   * and that are older than `graceMs`. Only own files: single writer.
   */
  async compactOwn(options: { graceMs?: number; activeDays?: number } = {}): Promise<{ removed: string[] }> {
    const graceMs = options.graceMs ?? 7 * 24 * 3600 * 1000;
    const activeMs = (options.activeDays ?? 30) * 24 * 3600 * 1000;
    const snap = await this.newestSnapshot();
    if (!snap) return { removed: [] };
    const me = this.options.deviceId;
    let limit = snap.header.covers[me] ?? 0;
    const devices = await this.readDevices();
    for (const [id, file] of devices) {
      if (id === me) continue;
      if (this.now() - Date.parse(file.seenAt) > activeMs) continue;
      limit = Math.min(limit, file.cursors[me] ?? 0);
    }
    const removed: string[] = [];
    for (const seg of await this.segmentsAfter(me, 0, null)) {
      if (seg.to > limit) continue;
      const path = this.p('log', me, seg.month, seg.name);
      const info = await this.fs.stat(path);
      if (this.now() - info.mtimeMs < graceMs) continue;
      await retryTransient(() => this.fs.rm(path), this.options.retry);
      removed.push(path);
    }
    return { removed };
  }

  // ------------------------------------------------------------- blobs

  blobPath(sha256: string): string {
    return this.p(...blobPathParts(sha256));
  }

  /** 'present' (verified size), or the bytes of an interrupted upload to resume from. */
  async blobStatus(sha256: string): Promise<{ present: boolean; partial: number }> {
    const path = this.blobPath(sha256);
    try {
      await this.fs.stat(path);
      return { present: true, partial: 0 };
    } catch (e) {
      if (!ENOENT(e)) throw e;
    }
    try {
      return { present: false, partial: (await this.fs.stat(this.partPath(sha256))).size };
    } catch {
      return { present: false, partial: 0 };
    }
  }

  private partPath(sha256: string): string {
    return join(this.blobPath(sha256), '..', `.${sha256}.part-${this.options.deviceId}`);
  }

  /**
   * Writes one chunk of a blob at `offset`; the last chunk (offset+size =
   * total) verifies the hash of the whole file and renames it into place.
   * An interrupted upload resumes from blobStatus().partial.
   */
  async putBlobChunk(sha256: string, offset: number, data: Uint8Array, total: number): Promise<{ present: boolean; received: number }> {
    const path = this.blobPath(sha256);
    const part = this.partPath(sha256);
    await this.fs.mkdir(join(path, '..'));
    if (offset > 0) {
      const have = await this.fs.stat(part).then((s) => s.size, () => -1);
      if (have !== offset) throw new ShareError('badBlob', `upload of ${sha256} must resume at ${Math.max(have, 0)}, not ${offset}`);
    }
    await this.fs.writeAt(part, offset, data);
    const received = offset + data.length;
    if (received < total) return { present: false, received };
    const actual = await this.fs.hashFile(part);
    if (actual !== sha256) {
      await this.fs.rm(part);
      throw new ShareError('badBlob', `blob ${sha256} arrived with hash ${actual}`);
    }
    const already = await this.fs.stat(path).then(() => true, () => false);
    if (already) await this.fs.rm(part);
    else await retryTransient(() => this.fs.rename(part, path), this.options.retry);
    const back = await this.fs.hashFile(path);
    if (back !== sha256) throw new ShareError('verifyFailed', `blob ${sha256} did not read back`);
    return { present: true, received };
  }

  async readBlob(sha256: string): Promise<Uint8Array> {
    const bytes = await this.fs.readFile(this.blobPath(sha256));
    if (sha256OfBytes(bytes) !== sha256) throw new ShareError('badBlob', `blob ${sha256} is damaged on the share`);
    return bytes;
  }
}
