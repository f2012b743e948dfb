/**
 * Share doctor for IT admins: reads a share's qsync/ folder without writing
 * anything and reports devices (app version, cursors, last seen, lastSeq,
 * the seqs of theirs the share holds, what they contributed), segment and
 * blob counts, integrity errors (gaps, truncated or damaged segments,
 * segments under a device that disagree with their name, damaged snapshots
 * or blobs), clock skew (newest op ahead of now), orphaned blobs (not
 * referenced by any op), and the holdings (shared/sync/share-holdings.ts):
 * whether the share holds every change and attachment the PCs claim, and
 * which PCs hold everything (a new share can be re-seeded from one of them),
 * and the archive (issue 20.6): confirmed archive batches, changes of
 * archived cases still in segments (they leave with compaction), and late
 * changes to archived cases that no archive file holds (every PC keeps them
 * aside; a warning).
 * A replicator's conflict copies (Syncthing between two sites) are errors;
 * its temporary files are counted (on their way, or left for a day by an
 * interrupted transfer). Exit status 1 when
 * integrity errors exist.
 * It reads the share like a PC does: size caps per file kind, no symbolic
 * link followed (share-fs.ts); a damaged segment that has a good alternate
 * (share-layout.ts) is still an error to clean up, its ops are counted once.
 *
 *   npm run share-doctor -- <share folder> [--verify-blobs]
 */
import { join } from 'node:path';
import { withoutArchivedRecords } from '../../../shared/domain/retention/snapshot';
import { attachmentBlobRefs } from '../../../shared/sync/blob-refs';
import { decodeSegment, decodeSnapshot, type WireOp } from '../../../shared/sync/codec';
import { conflictCopyReason, isConflictCopy, isReplicaTemp } from '../../../shared/sync/replica-names';
import { shareHoldings, type DeviceHoldings, type DeviceOnShare, type ShareHoldings } from '../../../shared/sync/share-holdings';
import { MAX_ROOT_BYTES, MAX_SEGMENT_BYTES, MAX_SNAPSHOT_BYTES, parseSegmentName, rootSchema, SHARE_DIR, type Cursors } from '../../../shared/sync/share-layout';
import { nodeShareFs, sha256OfBytes, type ShareFs } from './share-fs';
import { ShareTransport, emptyLocalState } from './share-transport';

export interface DoctorDevice {
  deviceId: string;
  appVersion: string;
  lastSeq: number;
  /** First seq of its segments still on the share (older ones compacted into a snapshot); null: none. */
  segmentsFrom: number | null;
  /** Seqs of it readable without a gap from its first segment. */
  segmentsSeq: number;
  seenAt: string;
  cursors: Record<string, number>;
  stationCode?: string;
  /** What it put on the share: changes in its segments and in the newest snapshot, attachments its changes cite. */
  contributed: { segmentOps: number; snapshotOps: number; blobs: number };
  holdings: DeviceHoldings | null;
}

export interface DoctorReport {
  share: string;
  root: unknown;
  devices: DoctorDevice[];
  segments: number;
  ops: number;
  snapshots: number;
  blobs: number;
  orphanedBlobs: string[];
  clockSkew: { deviceId: string; aheadMs: number }[];
  /** A replicator's conflict copies (qsync/… paths): never read, each also an error. */
  conflictCopies: string[];
  /** A replicator's temporary files: files on their way from the other site, or left by an interrupted transfer (Syncthing removes those after a day). Harmless: never read. */
  replicaTemp: number;
  /** Whether the share holds everything the PCs claim, and which PCs hold everything. */
  holdings: ShareHoldings | null;
  /** Confirmed archive batches; changes of archived cases their files hold (still in segments); late changes no file holds. */
  archive: { batches: number; archivedOps: number; lateOps: number };
  errors: string[];
  warnings: string[];
}

const BLOB_REF = /^[0-9a-f]{64}$/;

async function list(fs: ShareFs, path: string): Promise<string[]> {
  try {
    return await fs.readdir(path);
  } catch {
    return [];
  }
}

export async function diagnoseShare(sharePath: string, options: { fs?: ShareFs; now: number; verifyBlobs?: boolean }): Promise<DoctorReport> {
  const fs = options.fs ?? nodeShareFs;
  const { now } = options;
  const root = join(sharePath, SHARE_DIR);
  const report: DoctorReport = {
    share: sharePath,
    root: null,
    devices: [],
    segments: 0,
    ops: 0,
    snapshots: 0,
    blobs: 0,
    orphanedBlobs: [],
    clockSkew: [],
    conflictCopies: [],
    replicaTemp: 0,
    holdings: null,
    archive: { batches: 0, archivedOps: 0, lateOps: 0 },
    errors: [],
    warnings: [],
  };
  /** Sorts a listing's replicator files out: conflict copies reported, temporaries counted; returns the rest. */
  const ours = (names: string[], shownDir: string): string[] =>
    names.filter((name) => {
      if (isReplicaTemp(name)) {
        report.replicaTemp++;
        return false;
      }
      if (!isConflictCopy(name)) return true;
      const shown = `${shownDir}/${name}`;
      report.conflictCopies.push(shown);
      report.errors.push(`${shown}: ${conflictCopyReason(name)}`);
      return false;
    });
  ours(await list(fs, root), SHARE_DIR);
  try {
    report.root = rootSchema.parse(JSON.parse((await fs.readFile(join(root, 'root.json'), MAX_ROOT_BYTES)).toString('utf8')));
  } catch (error) {
    report.errors.push(`root.json: ${error instanceof Error ? error.message : String(error)}`);
    return report;
  }
  ours(await list(fs, join(root, 'devices')), `${SHARE_DIR}/devices`);
  const transport = new ShareTransport({ sharePath, deviceId: '(doctor)', fingerprint: '', appVersion: '0.0.0', fs, now: () => now }, emptyLocalState());
  const devices = await transport.readDevices();
  const referenced = new Set<string>();
  /** Every change read (segments and snapshots), by id: what the archive counts are made of. */
  const allOps = new Map<string, WireOp>();
  const cited = new Map<string, Set<string>>();
  const citedBy = (deviceId: string) => cited.get(deviceId) ?? cited.set(deviceId, new Set()).get(deviceId)!;
  const onShare = new Map<string, { from: number; to: number }[]>();
  const segmentOps = new Map<string, number>();
  const logDevices = new Set([...(await list(fs, join(root, 'log'))).filter((n) => !isReplicaTemp(n) && !isConflictCopy(n)), ...devices.keys()]);
  for (const deviceId of [...logDevices].sort()) {
    const file = devices.get(deviceId);
    const segs: { from: number; to: number; path: string }[] = [];
    for (const month of (await list(fs, join(root, 'log', deviceId))).sort()) {
      for (const name of ours(await list(fs, join(root, 'log', deviceId, month)), `${SHARE_DIR}/log/${deviceId}/${month}`)) {
        const parsed = parseSegmentName(name);
        if (parsed) segs.push({ ...parsed, path: join(root, 'log', deviceId, month, name) });
        else if (name.startsWith('.tmp-')) report.warnings.push(`${deviceId}: leftover temp file ${name} (an interrupted write; harmless)`);
      }
    }
    segs.sort((a, b) => a.from - b.from);
    const first = segs[0]?.from ?? null;
    let expect = first ?? 1;
    if (expect > 1) report.warnings.push(`${deviceId}: segments start at seq ${expect} (older ones compacted into a snapshot)`);
    let newest = 0;
    let countedTo = 0; // ops of a seq range counted once, whichever good copy holds them
    const good: { from: number; to: number }[] = [];
    for (const seg of segs) {
      report.segments++;
      if (seg.from > expect) report.errors.push(`${deviceId}: gap before seq ${seg.from} (expected ${expect})`);
      if (seg.to >= expect) expect = seg.to + 1;
      try {
        const decoded = decodeSegment((await fs.readFile(seg.path, MAX_SEGMENT_BYTES)).toString('utf8'), sha256OfBytes);
        if (decoded.header.deviceId !== deviceId || decoded.header.from !== seg.from || decoded.header.to !== seg.to) report.errors.push(`${seg.path}: header does not match its name`);
        else good.push({ from: seg.from, to: seg.to });
        const added = Math.max(0, seg.to - Math.max(countedTo, seg.from - 1));
        report.ops += added;
        segmentOps.set(deviceId, (segmentOps.get(deviceId) ?? 0) + added);
        countedTo = Math.max(countedTo, seg.to);
        for (const op of decoded.ops) {
          allOps.set(op.id, op);
          newest = Math.max(newest, Number(op.hlc.slice(0, 15)));
          collectRefs(op, referenced, citedBy(deviceId));
        }
      } catch (error) {
        report.errors.push(`${seg.path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    onShare.set(deviceId, good);
    if (newest > now + 60_000) report.clockSkew.push({ deviceId, aheadMs: newest - now });
    if (file) {
      report.devices.push({
        deviceId,
        appVersion: file.appVersion,
        lastSeq: file.lastSeq,
        segmentsFrom: first,
        segmentsSeq: expect - 1,
        seenAt: file.seenAt,
        cursors: file.cursors,
        ...(file.stationCode ? { stationCode: file.stationCode } : {}),
        contributed: { segmentOps: 0, snapshotOps: 0, blobs: 0 },
        holdings: null,
      });
      if (file.lastSeq > expect - 1) report.warnings.push(`${deviceId}: device file says seq ${file.lastSeq}, segments end at ${expect - 1} (not visible yet, or lost)`);
    } else report.warnings.push(`${deviceId}: segments without a device file`);
  }
  let newestCovers: Cursors = {};
  let newestTotal = -1;
  const snapshotOps = new Map<string, number>();
  for (const name of ours(await list(fs, join(root, 'snap')), `${SHARE_DIR}/snap`)) {
    if (!name.endsWith('.snap')) continue;
    report.snapshots++;
    try {
      const snap = decodeSnapshot((await fs.readFile(join(root, 'snap', name), MAX_SNAPSHOT_BYTES)).toString('utf8'), sha256OfBytes);
      if (`${snap.hash}.snap` !== name) report.errors.push(`snap/${name}: name is not its hash`);
      const total = Object.values(snap.header.covers).reduce((a, b) => a + b, 0);
      const newest = total > newestTotal;
      if (newest) {
        newestTotal = total;
        newestCovers = snap.header.covers;
        snapshotOps.clear();
      }
      for (const op of snap.ops) {
        allOps.set(op.id, op);
        collectRefs(op, referenced, citedBy(op.deviceId));
        if (newest) snapshotOps.set(op.deviceId, (snapshotOps.get(op.deviceId) ?? 0) + 1);
      }
    } catch (error) {
      report.errors.push(`snap/${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const present = new Set<string>();
  for (const a of ours(await list(fs, join(root, 'blobs')), `${SHARE_DIR}/blobs`)) {
    for (const b of ours(await list(fs, join(root, 'blobs', a)), `${SHARE_DIR}/blobs/${a}`)) {
      for (const name of ours(await list(fs, join(root, 'blobs', a, b)), `${SHARE_DIR}/blobs/${a}/${b}`)) {
        if (!BLOB_REF.test(name)) continue;
        report.blobs++;
        present.add(name);
        if (!referenced.has(name)) report.orphanedBlobs.push(name);
        if (options.verifyBlobs && (await fs.hashFile(join(root, 'blobs', a, b, name))) !== name) report.errors.push(`blobs/${a}/${b}/${name}: content does not match its hash`);
      }
    }
  }
  const inputs: DeviceOnShare[] = [...new Set([...logDevices, ...devices.keys(), ...Object.keys(newestCovers), ...cited.keys()])].map((deviceId) => {
    const file = devices.get(deviceId);
    return {
      deviceId,
      file: file ? { lastSeq: file.lastSeq, cursors: file.cursors, seenAt: file.seenAt } : null,
      segments: onShare.get(deviceId) ?? [],
      citedBlobs: cited.get(deviceId) ?? new Set(),
    };
  });
  report.holdings = shareHoldings(inputs, newestCovers, present);
  const archived = withoutArchivedRecords([...allOps.values()]);
  report.archive = { batches: archived.batches, archivedOps: archived.dropped, lateOps: archived.late };
  if (archived.late > 0) report.warnings.push(`${archived.late} late change(s) to archived cases (made on a PC that was offline) are on the share: no archive file holds them; every PC keeps them aside (设置 → 归档)`);
  for (const d of report.devices) {
    d.contributed = { segmentOps: segmentOps.get(d.deviceId) ?? 0, snapshotOps: snapshotOps.get(d.deviceId) ?? 0, blobs: [...(cited.get(d.deviceId) ?? [])].filter((sha) => present.has(sha)).length };
    d.holdings = report.holdings.devices.find((h) => h.deviceId === d.deviceId) ?? null;
  }
  for (const h of report.holdings.devices) {
    if (h.missing) report.warnings.push(`${h.deviceId}: seqs ${h.missing.from}–${h.missing.to} are not on the share, though ${h.missing.claimedBy.join(', ')} had them (the share lost them: re-seed from a PC that holds everything: ${report.holdings.fullHolders.join(', ') || 'none'})`);
    if (h.missingBlobs.length > 0) report.warnings.push(`${h.deviceId}: ${h.missingBlobs.length} attachment(s) its changes cite are not on the share (that PC holds them)`);
  }
  return report;
}

/** Every sha256-looking value goes into `into` (orphan check: nothing cited is called an orphan); the attachments the change cites into `attachments`. */
function collectRefs(op: WireOp, into: Set<string>, attachments: Set<string>): void {
  const visit = (v: unknown): void => {
    if (typeof v === 'string' && BLOB_REF.test(v)) into.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(op.fields);
  for (const sha of attachmentBlobRefs(op)) attachments.add(sha);
}
