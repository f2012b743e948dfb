/**
 * Share doctor for IT admins: reads a share's qsync/ folder without writing
 * anything and reports devices (app version, cursors, last seen, lastSeq),
 * segment and blob counts, integrity errors (gaps, truncated or damaged
 * segments, segments under a device that disagree with their name, damaged
 * snapshots or blobs), clock skew (newest op ahead of now) and orphaned
 * blobs (not referenced by any op). Exit status 1 when integrity errors exist.
 * It reads the share like a PC does: size caps per file kind, no symbolic
 * link followed (share-fs.ts); a damaged segment that has a good alternate
 * (share-layout.ts) is still an error to clean up, its ops are counted once.
 *
 *   npm run share-doctor -- <share folder> [--verify-blobs]
 */
import { join } from 'node:path';
import { decodeSegment, decodeSnapshot, type WireOp } from '../../../shared/sync/codec';
import { MAX_ROOT_BYTES, MAX_SEGMENT_BYTES, MAX_SNAPSHOT_BYTES, parseSegmentName, rootSchema, SHARE_DIR } from '../../../shared/sync/share-layout';
import { nodeShareFs, type ShareFs } from './share-fs';
import { ShareTransport, emptyLocalState } from './share-transport';

export interface DoctorReport {
  share: string;
  root: unknown;
  devices: { deviceId: string; appVersion: string; lastSeq: number; segmentsSeq: number; seenAt: string; cursors: Record<string, number>; stationCode?: string }[];
  segments: number;
  ops: number;
  snapshots: number;
  blobs: number;
  orphanedBlobs: string[];
  clockSkew: { deviceId: string; aheadMs: number }[];
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
  const report: DoctorReport = { share: sharePath, root: null, devices: [], segments: 0, ops: 0, snapshots: 0, blobs: 0, orphanedBlobs: [], clockSkew: [], errors: [], warnings: [] };
  try {
    report.root = rootSchema.parse(JSON.parse((await fs.readFile(join(root, 'root.json'), MAX_ROOT_BYTES)).toString('utf8')));
  } catch (error) {
    report.errors.push(`root.json: ${error instanceof Error ? error.message : String(error)}`);
    return report;
  }
  const transport = new ShareTransport({ sharePath, deviceId: '(doctor)', fingerprint: '', appVersion: '0.0.0', fs, now: () => now }, emptyLocalState());
  const devices = await transport.readDevices();
  const referenced = new Set<string>();
  const logDevices = new Set([...(await list(fs, join(root, 'log'))), ...devices.keys()]);
  for (const deviceId of [...logDevices].sort()) {
    const file = devices.get(deviceId);
    const segs: { from: number; to: number; path: string }[] = [];
    for (const month of (await list(fs, join(root, 'log', deviceId))).sort()) {
      for (const name of await list(fs, join(root, 'log', deviceId, month))) {
        const parsed = parseSegmentName(name);
        if (parsed) segs.push({ ...parsed, path: join(root, 'log', deviceId, month, name) });
        else if (name.startsWith('.tmp-')) report.warnings.push(`${deviceId}: leftover temp file ${name} (an interrupted write; harmless)`);
      }
    }
    segs.sort((a, b) => a.from - b.from);
    let expect = segs[0]?.from ?? 1;
    if (expect > 1) report.warnings.push(`${deviceId}: segments start at seq ${expect} (older ones compacted into a snapshot)`);
    let newest = 0;
    let countedTo = 0; // ops of a seq range counted once, whichever good copy holds them
    for (const seg of segs) {
      report.segments++;
      if (seg.from > expect) report.errors.push(`${deviceId}: gap before seq ${seg.from} (expected ${expect})`);
      if (seg.to >= expect) expect = seg.to + 1;
      try {
        const decoded = decodeSegment((await fs.readFile(seg.path, MAX_SEGMENT_BYTES)).toString('utf8'));
        if (decoded.header.deviceId !== deviceId || decoded.header.from !== seg.from || decoded.header.to !== seg.to) report.errors.push(`${seg.path}: header does not match its name`);
        report.ops += Math.max(0, seg.to - Math.max(countedTo, seg.from - 1));
        countedTo = Math.max(countedTo, seg.to);
        for (const op of decoded.ops) {
          newest = Math.max(newest, Number(op.hlc.slice(0, 15)));
          collectRefs(op, referenced);
        }
      } catch (error) {
        report.errors.push(`${seg.path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (newest > now + 60_000) report.clockSkew.push({ deviceId, aheadMs: newest - now });
    if (file) {
      report.devices.push({ deviceId, appVersion: file.appVersion, lastSeq: file.lastSeq, segmentsSeq: expect - 1, seenAt: file.seenAt, cursors: file.cursors, ...(file.stationCode ? { stationCode: file.stationCode } : {}) });
      if (file.lastSeq > expect - 1) report.warnings.push(`${deviceId}: device file says seq ${file.lastSeq}, segments end at ${expect - 1} (not visible yet, or lost)`);
    } else report.warnings.push(`${deviceId}: segments without a device file`);
  }
  for (const name of await list(fs, join(root, 'snap'))) {
    if (!name.endsWith('.snap')) continue;
    report.snapshots++;
    try {
      const snap = decodeSnapshot((await fs.readFile(join(root, 'snap', name), MAX_SNAPSHOT_BYTES)).toString('utf8'));
      if (`${snap.hash}.snap` !== name) report.errors.push(`snap/${name}: name is not its hash`);
      for (const op of snap.ops) collectRefs(op, referenced);
    } catch (error) {
      report.errors.push(`snap/${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const a of await list(fs, join(root, 'blobs'))) {
    for (const b of await list(fs, join(root, 'blobs', a))) {
      for (const name of await list(fs, join(root, 'blobs', a, b))) {
        if (!BLOB_REF.test(name)) continue;
        report.blobs++;
        if (!referenced.has(name)) report.orphanedBlobs.push(name);
        if (options.verifyBlobs && (await fs.hashFile(join(root, 'blobs', a, b, name))) !== name) report.errors.push(`blobs/${a}/${b}/${name}: content does not match its hash`);
      }
    }
  }
  return report;
}

function collectRefs(op: WireOp, into: Set<string>): void {
  const visit = (v: unknown): void => {
    if (typeof v === 'string' && BLOB_REF.test(v)) into.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(op.fields);
}
