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
 *    the same transaction as the merged ops). Only a segment holding
 *    cursor+1 is read; a missing (stale listing), partial or bad segment
 *    stops that device and is reported — it is retried next round, never
 *    skipped, and a missing file never means a deletion.
 *  - One damaged file never stops a PC: a damaged file of its own where its
 *    next segment goes is reported and moved past — the same seqs are
 *    written under an alternate name (share-layout.ts), never over it — and
 *    readers try the alternates of a seq range when one file is proven
 *    damaged.
 *  - Every file is distrusted alike: size-checked before it is read (caps
 *    per kind in share-layout.ts, blobs: the attachment size limit), never
 *    read or written through a symbolic link (share-fs.ts; folders below
 *    qsync/ are lstat'ed once per run), and a damaged root.json or device
 *    file is reported by name — a device whose file is garbage is still
 *    read from its log.
 *  - Idle round: list devices/, read each device file, compare its lastSeq
 *    with the cursor — one readdir plus one read per device, nothing per op.
 *  - Two sites (a replicator keeps qsync/ in step with another site's): a
 *    replicated folder without root.json is not made a share unless the
 *    caller says this is the first site (allowRecreate); the PCs of the
 *    other site wait for root.json to arrive.
 *  - Clone: our own device file showing another fingerprint, or segments
 *    under our id beyond what we wrote, raise CloneDetectedError; the sync
 *    service then takes a new device id.
 */
import { withoutArchivedRecords } from '../../../shared/domain/retention/snapshot';
import { join } from 'node:path';
import { CorruptFileError, decodeSegment, decodeSnapshot, encodeSegment, encodeSnapshot, type WireOp } from '../../../shared/sync/codec';
import { DEFAULT_MAX_DRIFT_MS, isFromFuture, SnapshotFold } from '../../../shared/sync/merge';
import { OP_SCHEMA_VERSION } from '../../../shared/sync/op';
import { splitByOwner } from '../../../shared/sync/op-ownership';
import { conflictCopyReason, conflictOriginal, isConflictCopy } from '../../../shared/sync/replica-names';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '../../../shared/domain/settings';
import {
  compareVersions,
  deviceFileSchema,
  MAX_DEVICE_FILE_BYTES,
  MAX_ROOT_BYTES,
  MAX_SEGMENT_ALTERNATES,
  MAX_SEGMENT_BYTES,
  MAX_SNAPSHOT_BYTES,
  monthOf,
  parseSegmentName,
  rootSchema,
  segmentCandidateWalk,
  segmentName,
  SHARE_DIR,
  SHARE_FORMAT_APP_VERSION,
  SHARE_FORMAT_VERSION,
  type Cursors,
  type DeviceFile,
  type ShareRoot,
} from '../../../shared/sync/share-layout';
import { errorCode, retryTransient, type RetryOptions } from '../atomic-write';
import { ShareBlobs } from './share-blobs';
import { ShareError, ShareFiles } from './share-files';
import { nodeShareFs, sha256OfBytes, ShareFileError, type ShareFs } from './share-fs';

export { ShareError } from './share-files';

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
  /** The one clock of the process (the composition root passes it in). */
  now: () => number;
  /** Largest blob uploaded or read (the attachment size limit); default DEFAULT_ATTACHMENT_MAX_BYTES. */
  maxBlobBytes?: number;
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
  /** Blob uploads of this PC not finished yet: sha256 → wall time of the last chunk (ms) (share-blobs.ts). */
  uploads?: Record<string, number>;
}

export interface MaintenanceState {
  /** Wall time of the last maintenance check (ms). */
  checkedAt: number;
  /** Wall time this PC last wrote (or tried to write) a snapshot (ms). */
  snapshotAt: number;
  /** Snapshot files this PC wrote itself (the only ones it may remove), with what they cover. */
  own: { hash: string; covers: Cursors; writtenAt: number }[];
}

/**
 * How long a gap in a device's log (its device file already counts changes
 * no segment or snapshot holds) is waited for before it is reported: between
 * sites, Syncthing may deliver a device file minutes before its segment.
 */
export const LOG_GAP_GRACE_MS = 10 * 60_000;

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
  /** Damaged files of ours that were moved past (reported, never overwritten). */
  errors: PullError[];
}

const ENOENT = (e: unknown) => errorCode(e) === 'ENOENT';
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A file proven bad (not merely unreadable right now): readers may try another copy of its seqs. */
function isDamage(error: unknown): boolean {
  if (error instanceof CorruptFileError) return error.reason !== 'newerFormat';
  return error instanceof ShareFileError || (error instanceof ShareError && error.code === 'badFile');
}

interface SegmentFile {
  from: number;
  to: number;
  alt: number;
  name: string;
  month: string;
}

export class ShareTransport {
  readonly fs: ShareFs;
  readonly root: string;
  private readonly now: () => number;
  /** Month folder of the last segment read per device (listing hint). */
  private readonly monthHint = new Map<string, string>();
  /** Since when each device's log has had a gap after this PC's cursor (the clock's time), by device id. */
  private readonly gapSince = new Map<string, { cursor: number; since: number }>();
  /** Every file read or written through the share's distrust rules (share-files.ts). */
  private readonly files: ShareFiles;
  /** Attachments: blobs/ab/cd/<sha256>, resumable uploads, verified downloads (share-blobs.ts). */
  readonly blobs: ShareBlobs;

  constructor(
    readonly options: TransportOptions,
    public state: LocalShareState,
  ) {
    this.fs = options.fs ?? nodeShareFs;
    this.root = join(options.sharePath, SHARE_DIR);
    this.now = options.now;
    this.files = new ShareFiles(this.fs, this.root, options.retry);
    this.blobs = new ShareBlobs({
      files: this.files,
      deviceId: options.deviceId,
      ...(options.retry ? { retry: options.retry } : {}),
      now: this.now,
      maxBytes: () => this.options.maxBlobBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES,
      uploads: () => this.state.uploads ?? {},
      setUploads: (uploads) => {
        this.state = { ...this.state, uploads };
      },
    });
  }

  private p(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  // ------------------------------------------------------------- root / join

  /** root.json, null when there is none; a damaged one is a ShareError naming the file. */
  async readRoot(): Promise<ShareRoot | null> {
    try {
      return await this.files.readJson(this.p('root.json'), MAX_ROOT_BYTES, rootSchema, 'share root file (shareId, formatVersion, minAppVersion)');
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
      if (root.reseededFrom !== this.state.shareId) throw new ShareError('wrongShare', `this folder holds share ${root.shareId}, but this PC belongs to share ${this.state.shareId}`);
      // Re-seeded from another PC after the share this PC knew was lost (share-reseed.ts): this PC's changes go out again from seq 1.
      this.state = { ...emptyLocalState() };
    }
    if (!root) {
      if (this.state.shareId && !options.allowRecreate) {
        throw new ShareError('shareEmpty', `share ${this.state.shareId} that this PC knew is empty here (wrong path, or the folder was emptied)`);
      }
      if (!options.allowRecreate && (await this.replicatedFolder())) {
        throw new ShareError(
          'replicaEmpty',
          `${this.files.shown(this.root)} is kept in step with another site by a replicator, but holds no share yet: this PC waits for root.json to arrive from the other site (create a share here only at the first site)`,
        );
      }
      await this.fs.mkdir(this.root);
      const fresh: ShareRoot = {
        shareId: crypto.randomUUID(),
        formatVersion: SHARE_FORMAT_VERSION,
        minAppVersion: options.minAppVersion ?? this.options.appVersion,
        createdAt: new Date(this.now()).toISOString(),
      };
      try {
        await this.files.writeImmutable(this.p('root.json'), `${JSON.stringify(fresh, null, 2)}\n`, (t) => t.includes(fresh.shareId));
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
    if (root.formatVersion < SHARE_FORMAT_VERSION && !this.isTooOld(root)) root = await this.raiseFormat(root);
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

  /**
   * A share of an older format: this app raises root.json to its format and
   * at least SHARE_FORMAT_APP_VERSION, so older apps turn read-only and are
   * told to update (share-layout.ts). Every app of this format writes the
   * same file, so two PCs raising it at once agree.
   */
  private async raiseFormat(root: ShareRoot): Promise<ShareRoot> {
    const minAppVersion = compareVersions(root.minAppVersion, SHARE_FORMAT_APP_VERSION) < 0 ? SHARE_FORMAT_APP_VERSION : root.minAppVersion;
    const raised: ShareRoot = { ...root, formatVersion: SHARE_FORMAT_VERSION, minAppVersion };
    await this.files.replaceOwned(this.p('root.json'), `${JSON.stringify(raised, null, 2)}\n`);
    return raised;
  }

  /**
   * Whether qsync/ is a folder a replicator keeps in step with another
   * site's (Syncthing's .stfolder marker, DFS-R's DfsrPrivate): a PC there
   * must not create a share of its own before the first site's root.json
   * arrives — two root.json files would meet as a conflict copy.
   */
  private async replicatedFolder(): Promise<boolean> {
    for (const marker of ['.stfolder', 'DfsrPrivate']) if (await this.files.exists(this.p(marker))) return true;
    return false;
  }

  isTooOld(root: ShareRoot): boolean {
    return compareVersions(this.options.appVersion, root.minAppVersion) < 0 || root.formatVersion > SHARE_FORMAT_VERSION;
  }

  // ------------------------------------------------------------- devices

  /** Every readable device file (see readDevicesChecked for the unreadable ones). */
  async readDevices(): Promise<Map<string, DeviceFile>> {
    return (await this.readDevicesChecked()).devices;
  }

  /**
   * Every readable device file, and a problem for each damaged one (garbage,
   * too large, a link, another device's content): that device's id comes
   * from the file name, so pull still reads its log. A file that vanished
   * between listing and reading is left for next round (missing ≠ gone).
   */
  async readDevicesChecked(): Promise<{ devices: Map<string, DeviceFile>; problems: PullError[] }> {
    const devices = new Map<string, DeviceFile>();
    const problems: PullError[] = [];
    let names: string[];
    try {
      await this.files.realDir(this.p('devices'));
      names = await this.fs.readdir(this.p('devices'));
    } catch (e) {
      if (ENOENT(e)) return { devices, problems };
      throw e;
    }
    for (const name of names.filter(isConflictCopy)) {
      problems.push({ deviceId: conflictOriginal(name).replace(/\.json$/, ''), file: this.files.shown(this.p('devices', name)), reason: conflictCopyReason(name) });
    }
    await Promise.all(
      names
        .filter((n) => n.endsWith('.json') && !n.startsWith('.') && !isConflictCopy(n))
        .map(async (name) => {
          const path = this.p('devices', name);
          const deviceId = name.slice(0, -'.json'.length);
          try {
            const file = await this.files.readJson(path, MAX_DEVICE_FILE_BYTES, deviceFileSchema, 'device file');
            if (file.deviceId !== deviceId) throw new ShareError('badFile', `${this.files.shown(path)} holds the file of device ${file.deviceId}`);
            devices.set(deviceId, file);
          } catch (error) {
            if (ENOENT(error)) return;
            if (!(error instanceof ShareError)) throw error;
            problems.push({ deviceId, file: this.files.shown(path), reason: `${error.message}; that PC's changes are still read from its log` });
          }
        }),
    );
    return { devices, problems };
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
    await this.files.replaceOwned(this.p('devices', `${this.options.deviceId}.json`), `${JSON.stringify(file, null, 2)}\n`);
    return file;
  }

  /** Throws CloneDetectedError when our own device file says another PC writes under our id. */
  checkOwnDevice(own: DeviceFile | undefined): void {
    if (!own) return;
    if (own.fingerprint !== this.options.fingerprint) throw new CloneDetectedError(`device file written by fingerprint ${own.fingerprint.slice(0, 8)}…`);
    if (own.lastSeq > this.state.lastSeq) throw new CloneDetectedError(`share has seq ${own.lastSeq} under our id, we wrote ${this.state.lastSeq}`);
  }

  // ------------------------------------------------------------- segments

  /** Segment files of one month folder; a replicator's conflict copy there is reported in `errors`, never read. */
  private async listSegments(deviceId: string, month: string, errors?: PullError[]): Promise<SegmentFile[]> {
    const dir = this.p('log', deviceId, month);
    try {
      await this.files.realDir(dir);
      const names = await this.fs.readdir(dir);
      return names.flatMap((name) => {
        if (isConflictCopy(name)) errors?.push({ deviceId, file: this.files.shown(join(dir, name)), reason: conflictCopyReason(name) });
        const parsed = parseSegmentName(name);
        return parsed ? [{ ...parsed, name, month }] : [];
      });
    } catch (e) {
      if (ENOENT(e)) return [];
      throw e;
    }
  }

  /** Reads and checks one segment file (size cap, no link, hash, header against its name). */
  private async readSegment(deviceId: string, seg: SegmentFile) {
    const path = this.p('log', deviceId, seg.month, seg.name);
    const decoded = decodeSegment((await this.fs.readFile(path, MAX_SEGMENT_BYTES)).toString('utf8'), sha256OfBytes);
    const h = decoded.header;
    if (h.deviceId !== deviceId || h.from !== seg.from || h.to !== seg.to || decoded.ops.length !== seg.to - seg.from + 1) {
      throw new CorruptFileError('badFormat', 'header does not match file name');
    }
    return decoded;
  }

  /**
   * A device's segments after `cursor`, in seq order, each with its ops of
   * seq > cursor. At every seq the candidate files are tried best first: a
   * file proven damaged is reported in `errors` and the next candidate is
   * tried; a file that cannot be read now stops the chain (reported, or
   * thrown with `unreadable: 'throw'`). Break out of the loop to stop early.
   */
  private async *chain(deviceId: string, cursor: number, segments: readonly SegmentFile[], errors: PullError[], unreadable: 'stop' | 'throw' = 'stop') {
    let next = cursor + 1;
    const candidatesAt = segmentCandidateWalk(segments);
    for (;;) {
      const candidates = candidatesAt(next);
      let found: { seg: SegmentFile; ops: WireOp[] } | null = null;
      for (const seg of candidates) {
        const path = this.p('log', deviceId, seg.month, seg.name);
        try {
          const decoded = await this.readSegment(deviceId, seg);
          // Only the folder's PC speaks in it: a change claiming another device id is refused, the rest of the segment is read.
          const { own, foreign } = splitByOwner(decoded.ops.slice(next - seg.from), deviceId);
          if (foreign.length > 0) {
            const claimed = [...new Set(foreign.map((o) => o.deviceId))].slice(0, 3).join(', ');
            errors.push({ deviceId, file: this.files.shown(path), reason: `${foreign.length} changes claim another PC (${claimed}) and were refused` });
          }
          found = { seg, ops: own };
          break;
        } catch (error) {
          if (isDamage(error)) {
            errors.push({ deviceId, file: this.files.shown(path), reason: `damaged (${messageOf(error).replace(path, 'file')}); ${candidates.length > 1 ? 'another copy of these changes is tried' : 'remove or replace it'}` });
            continue;
          }
          if (unreadable === 'throw') throw error;
          errors.push({ deviceId, file: this.files.shown(path), reason: ENOENT(error) ? 'not visible yet' : messageOf(error) });
          return; // this device's cursor stops here; retried next round
        }
      }
      if (!found) return;
      yield found;
      next = found.seg.to + 1;
    }
  }

  // ------------------------------------------------------------- push

  /**
   * Writes `ops` (this PC's outbox, oldest first) as the next segment.
   * Returns once the segment was re-read and its hash verified. A damaged
   * file of ours where the segment goes is reported and moved past: the
   * segment takes the next free alternate name (never an overwrite).
   */
  async push(ops: readonly WireOp[]): Promise<PushResult> {
    if (ops.length === 0) throw new Error('nothing to push');
    let pending = [...ops];
    const published: string[] = [];
    const errors: PullError[] = [];
    const me = this.options.deviceId;
    const month = monthOf(this.now());
    // An earlier push may have landed after all (crash or share lost after the rename).
    const months = [...new Set([this.state.lastMonth, month].filter((m): m is string => m !== null))];
    const existing = (await Promise.all(months.map((m) => this.listSegments(me, m, errors)))).flat().filter((s) => s.to > this.state.lastSeq);
    for await (const { seg, ops: landed } of this.chain(me, this.state.lastSeq, existing, errors, 'throw')) {
      const ours = new Set(pending.map((o) => o.id));
      if (!landed.every((o) => ours.has(o.id))) throw new CloneDetectedError(`segment ${seg.name} under our id holds ops this PC did not write`);
      const adopted = new Set(landed.map((o) => o.id));
      published.push(...adopted);
      pending = pending.filter((o) => !adopted.has(o.id));
      this.state = { ...this.state, lastSeq: seg.to, lastMonth: seg.month };
    }
    if (pending.length === 0) {
      return { from: this.state.lastSeq, to: this.state.lastSeq, file: '', published, errors };
    }
    const from = this.state.lastSeq + 1;
    const to = from + pending.length - 1;
    const newest = pending.reduce((a, o) => (o.hlc > a ? o.hlc : a), pending[0]!.hlc);
    const { text, hash } = encodeSegment({ deviceId: me, from, to, count: pending.length, schemaVersion: OP_SCHEMA_VERSION, writtenAt: newest }, pending, sha256OfBytes);
    const dir = this.p('log', me, month);
    await this.fs.mkdir(dir);
    let file = '';
    for (let alt = 0; !file; alt++) {
      if (alt > MAX_SEGMENT_ALTERNATES) throw new ShareError('badFile', `${this.files.shown(dir)} holds ${alt} files for seqs ${from}–${to}; remove the damaged ones`);
      const path = join(dir, segmentName(from, to, alt));
      try {
        await this.files.writeImmutable(path, text, (back) => {
          try {
            return decodeSegment(back, sha256OfBytes).hash === hash;
          } catch {
            return false;
          }
        });
        file = path;
      } catch (error) {
        if (!(error instanceof ShareError && error.code === 'exists')) throw error;
        // A file we could not adopt above sits at this name (damaged, reported): never overwritten.
      }
    }
    this.state = { ...this.state, lastSeq: to, lastMonth: month };
    published.push(...pending.map((o) => o.id));
    return { from, to, file, published, errors };
  }

  // ------------------------------------------------------------- pull

  /**
   * Reads ops of other devices after `cursors`, at most about `limit` ops
   * (whole segments). With no cursors at all and `useSnapshot`, starts from
   * the newest verified snapshot.
   *
   * A PC that was away longer than the active window may find that the
   * changes after its cursor are no longer in a device's log: compaction
   * removed them once a snapshot held them (it waits for active PCs only).
   * Then the newest snapshot that covers that device beyond the cursor is
   * read as a joining PC reads it — its ops merge like any others (ops held
   * already are duplicates) — and the cursors move to what it covers.
   * Changes that neither the log nor a snapshot holds (not arrived yet)
   * are reported and waited for.
   */
  async pull(cursors: Cursors, options: { limit?: number; useSnapshot?: boolean; devices?: Map<string, DeviceFile> } = {}): Promise<PullResult> {
    const limit = options.limit ?? 5000;
    const checked = options.devices ? { devices: options.devices, problems: [] } : await this.readDevicesChecked();
    const devices = checked.devices;
    this.checkOwnDevice(devices.get(this.options.deviceId));
    const errors: PullError[] = [...checked.problems];
    await this.topConflictCopies(errors);
    const next: Cursors = { ...cursors };
    const ops: WireOp[] = [];
    let snapshot: string | null = null;

    const takeSnapshot = (snap: NonNullable<Awaited<ReturnType<ShareTransport['newestSnapshot']>>>) => {
      snapshot = snap.hash;
      // A snapshot folds the logs it names: a change of a PC outside its `covers` cannot have come from them.
      const covered = snap.ops.filter((o) => Object.hasOwn(snap.header.covers, o.deviceId));
      if (covered.length < snap.ops.length) {
        errors.push({ deviceId: '', file: this.files.shown(this.p('snap', `${snap.hash}.snap`)), reason: `${snap.ops.length - covered.length} changes of PCs the snapshot does not cover were refused` });
      }
      ops.push(...covered);
      for (const [dev, seq] of Object.entries(snap.header.covers)) if (dev !== this.options.deviceId) next[dev] = Math.max(next[dev] ?? 0, seq);
    };

    if (options.useSnapshot && Object.keys(cursors).length === 0) {
      const snap = await this.newestSnapshot(errors);
      if (snap) takeSnapshot(snap);
    }

    for (const [deviceId, file] of devices) {
      if (deviceId === this.options.deviceId) continue;
      this.state.seen[deviceId] = Math.max(this.state.seen[deviceId] ?? 0, file.lastSeq);
    }
    // Devices whose file is damaged are read from their log all the same.
    const ids = new Set([...devices.keys(), ...checked.problems.map((p) => p.deviceId)]);
    ids.delete(this.options.deviceId);
    const notInLog = new Map<string, { cursor: number; lastSeq: number }>();
    /** Devices this pull looked at (the rest wait for the next pull: over the limit). */
    const looked = new Set<string>();
    for (const deviceId of [...ids].sort()) {
      if (ops.length >= limit) break;
      looked.add(deviceId);
      const cursor = next[deviceId] ?? 0;
      const known = devices.get(deviceId);
      if (known && known.lastSeq <= cursor) continue; // idle: no listing
      try {
        const segments = await this.segmentsAfter(deviceId, cursor, known?.lastMonth ?? null, errors);
        // The change right after our cursor is in no segment: removed by compaction (or not arrived yet).
        if (known && !segments.some((seg) => seg.from <= cursor + 1)) notInLog.set(deviceId, { cursor, lastSeq: known.lastSeq });
        for await (const { seg, ops: got } of this.chain(deviceId, cursor, segments, errors)) {
          ops.push(...got);
          next[deviceId] = seg.to;
          this.monthHint.set(deviceId, seg.month);
          if (ops.length >= limit) break;
        }
      } catch (error) {
        if (!(error instanceof ShareError)) throw error;
        errors.push({ deviceId, file: this.files.shown(this.p('log', deviceId)), reason: error.message }); // a link where its folder should be
      }
    }
    if (notInLog.size > 0 && snapshot === null) {
      const snap = await this.newestSnapshot(errors);
      if (snap && [...notInLog].some(([deviceId, gap]) => (snap.header.covers[deviceId] ?? 0) > gap.cursor)) takeSnapshot(snap);
    }
    const gaps = new Set<string>();
    for (const [deviceId, gap] of notInLog) {
      if ((next[deviceId] ?? 0) > gap.cursor) continue;
      gaps.add(deviceId);
      const known = this.gapSince.get(deviceId);
      const since = known?.cursor === gap.cursor ? known.since : this.now();
      this.gapSince.set(deviceId, { cursor: gap.cursor, since });
      if (this.now() - since < LOG_GAP_GRACE_MS) continue; // still on its way (counted in `remaining`)
      errors.push({ deviceId, file: this.files.shown(this.p('log', deviceId)), reason: `changes ${gap.cursor + 1}–${gap.lastSeq} are neither in the log nor in a snapshot yet: waiting for them` });
    }
    for (const deviceId of [...this.gapSince.keys()]) if (looked.has(deviceId) && !gaps.has(deviceId)) this.gapSince.delete(deviceId);
    let remaining = 0;
    for (const [deviceId, file] of devices) if (deviceId !== this.options.deviceId) remaining += Math.max(0, file.lastSeq - (next[deviceId] ?? 0));
    return { ops, cursors: next, remaining, errors, snapshot };
  }

  /** Segment files of one device holding seqs after `cursor` (month folders listed from the hint on). */
  private async segmentsAfter(deviceId: string, cursor: number, lastMonth: string | null, errors?: PullError[]): Promise<SegmentFile[]> {
    const hint = this.monthHint.get(deviceId);
    let months: string[];
    if (hint && hint === lastMonth) months = [hint];
    else {
      try {
        await this.files.realDir(this.p('log', deviceId));
        months = (await this.fs.readdir(this.p('log', deviceId))).filter((m) => /^\d{6}$/.test(m)).sort();
      } catch (e) {
        if (ENOENT(e)) return [];
        throw e;
      }
      if (hint) months = months.filter((m) => m >= hint);
    }
    const all = [];
    for (const m of months) {
      const segs = await this.listSegments(deviceId, m, errors);
      all.push(...segs.filter((s) => s.to > cursor));
    }
    return all;
  }

  /**
   * A replicator's conflict copies in qsync/ and snap/ (root.json written at
   * two sites, a snapshot file differing between them): reported, never
   * read — two readdirs per pull. Copies in devices/ and in the log folders
   * are found where those are listed anyway.
   */
  private async topConflictCopies(errors: PullError[]): Promise<void> {
    for (const dir of [this.root, this.p('snap')]) {
      let names: string[];
      try {
        names = await this.fs.readdir(dir);
      } catch (e) {
        if (ENOENT(e)) continue;
        throw e;
      }
      for (const name of names.filter(isConflictCopy)) errors.push({ deviceId: '', file: this.files.shown(join(dir, name)), reason: conflictCopyReason(name) });
    }
  }

  // ------------------------------------------------------------- snapshots

  async listSnapshots(): Promise<string[]> {
    try {
      await this.files.realDir(this.p('snap'));
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
        const snap = decodeSnapshot((await this.fs.readFile(this.p('snap', name), MAX_SNAPSHOT_BYTES)).toString('utf8'), sha256OfBytes);
        if (`${snap.hash}.snap` !== name) throw new CorruptFileError('badHash', 'file name is not its hash');
        const total = Object.values(snap.header.covers).reduce((a, b) => a + b, 0);
        if (total > bestTotal) {
          best = snap;
          bestTotal = total;
        }
      } catch (error) {
        errors.push({ deviceId: '', file: this.files.shown(this.p('snap', name)), reason: messageOf(error).replace(this.p('snap', name), 'file') });
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
    const fold = new SnapshotFold().add(base?.ops ?? []);
    const { devices, problems } = await this.readDevicesChecked();
    const ids = new Set([...devices.keys(), ...problems.map((p) => p.deviceId), this.options.deviceId]);
    const skipped: PullError[] = []; // damaged or unreadable files: the coverage stops or takes another copy, as a reader's would
    for (const deviceId of [...ids].sort()) {
      const cursor = covers[deviceId] ?? 0;
      try {
        for await (const { seg, ops } of this.chain(deviceId, cursor, await this.segmentsAfter(deviceId, cursor, null), skipped)) {
          if (ops.some((op) => isFromFuture(op, this.now(), DEFAULT_MAX_DRIFT_MS))) break;
          fold.add(ops);
          covers[deviceId] = seg.to;
        }
      } catch (error) {
        if (!(error instanceof ShareError)) throw error; // a link where the device's folder should be: not covered
      }
    }
    // Cases removed by a confirmed archive batch are left out (issue 20.6): a PC joining later never receives them.
    return this.writeSnapshotFile(covers, withoutArchivedRecords(fold.ops()).kept);
  }

  /** Writes snap/<hash>.snap of these ops and covers (verified); a file of that name exists already only with the same bytes. */
  async writeSnapshotFile(covers: Cursors, kept: readonly WireOp[]): Promise<{ hash: string; covers: Cursors; count: number; written: boolean }> {
    const { text, hash } = encodeSnapshot(covers, kept, OP_SCHEMA_VERSION, sha256OfBytes);
    const path = this.p('snap', `${hash}.snap`);
    let written = false;
    try {
      await this.files.writeImmutable(path, text, (back) => back === text);
      written = true;
    } catch (error) {
      if (!(error instanceof ShareError)) throw error; // exists already: same bytes by construction
    }
    return { hash, covers, count: kept.length, written };
  }

  /** Writes root.json of a share being re-seeded (share-reseed.ts); fails when one exists. */
  async writeRoot(root: ShareRoot): Promise<void> {
    await this.files.writeImmutable(this.p('root.json'), `${JSON.stringify(root, null, 2)}\n`, (t) => t.includes(root.shareId));
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
      const info = await this.fs.lstat(path);
      if (this.now() - info.mtimeMs < graceMs) continue;
      await retryTransient(() => this.fs.rm(path), this.options.retry);
      removed.push(path);
    }
    return { removed };
  }
}
