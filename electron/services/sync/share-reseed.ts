/**
 * Re-seeding a new, empty share from this PC (issue 20.3): when the share
 * was lost (disk gone, folder wiped), an admin points the desk at a new
 * empty folder and re-seeds it from a PC that holds everything (the share
 * doctor says which: share-holdings.ts).
 *
 *  - begin: the folder must hold no share (no root.json, nothing in
 *    devices/ or log/); snapshots left by an interrupted re-seed are
 *    removed (they belong to no share). A new share id is made.
 *  - ops: every change this PC holds (its ops table), batch by batch, is
 *    folded like a snapshot (SnapshotFold: the fields' winners and the
 *    conflicts still open). Meanwhile the renderer uploads every attachment
 *    the PC holds (sync:blob-put goes to this share while it is seeded).
 *  - finish: writes the snapshot, covering every PC whose changes it holds
 *    at seq 0 — the old share's seqs mean nothing on the new one — then
 *    this PC's device file, and root.json last, with `reseededFrom` the old
 *    share's id: until then no PC sees a share there, so none joins half a
 *    share.
 * Then every PC of the old share (this one included) joins the new one by
 * itself (share-transport.ts join) and sends all its own changes again from
 * seq 1, with their attachments (the renderer's bindShare): what the
 * re-seeding PC lacked comes back from the PC that made it. A PC joining
 * later reads the snapshot and then every log from seq 1 (duplicates are
 * merged once).
 */
import { join } from 'node:path';
import type { WireOp } from '../../../shared/sync/codec';
import { SnapshotFold } from '../../../shared/sync/merge';
import { isReplicaTemp } from '../../../shared/sync/replica-names';
import { SHARE_FORMAT_APP_VERSION, SHARE_FORMAT_VERSION, compareVersions, type Cursors } from '../../../shared/sync/share-layout';
import { errorCode } from '../atomic-write';
import { ShareError } from './share-files';
import { emptyLocalState, ShareTransport, type TransportOptions } from './share-transport';

export interface ReseedProgress {
  shareId: string | null;
  ops: number;
  devices: number;
  snapshot: string | null;
}

async function entries(t: ShareTransport, ...parts: string[]): Promise<string[]> {
  try {
    return (await t.fs.readdir(join(t.root, ...parts))).filter((n) => !n.startsWith('.') && !isReplicaTemp(n));
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return [];
    throw e;
  }
}

export class ShareReseed {
  private readonly fold = new SnapshotFold();
  private readonly devices = new Set<string>();
  private count = 0;
  /** The snapshot `finish` wrote (this PC's own: the schedule removes it once a newer one covers it). */
  snapshot: { hash: string; covers: Cursors; written: boolean } | null = null;

  private constructor(
    /** The new share's transport: blobs are uploaded through it while seeding. */
    readonly transport: ShareTransport,
    private readonly fromShareId: string | null,
  ) {}

  /** Checks the folder holds no share and prepares qsync/ (nothing is written that a PC would take for a share). */
  static async begin(options: TransportOptions, fromShareId: string | null): Promise<ShareReseed> {
    const t = new ShareTransport(options, { ...emptyLocalState(), shareId: crypto.randomUUID() });
    const root = await t.readRoot().catch((error: unknown) => {
      if (error instanceof ShareError) return error; // a damaged root.json is still a share's: not re-seeded over
      throw error;
    });
    const used = [...(await entries(t, 'devices')), ...(await entries(t, 'log'))];
    if (root || used.length > 0) {
      throw new ShareError('notEmpty', `${options.sharePath} already holds a share (${root ? 'root.json' : used.slice(0, 3).join(', ')}); re-seed only a new, empty folder`);
    }
    await Promise.all(['devices', 'log', 'snap', 'blobs'].map((d) => t.fs.mkdir(join(t.root, d))));
    for (const name of (await entries(t, 'snap')).filter((n) => n.endsWith('.snap'))) await t.fs.rm(join(t.root, 'snap', name));
    return new ShareReseed(t, fromShareId);
  }

  add(ops: readonly WireOp[]): ReseedProgress {
    this.fold.add(ops);
    for (const op of ops) this.devices.add(op.deviceId);
    this.count += ops.length;
    return this.progress(null, null);
  }

  /** Snapshot, this PC's device file, then root.json: the share appears whole or not at all. */
  async finish(stationCode?: string): Promise<ReseedProgress> {
    const t = this.transport;
    const covers: Cursors = Object.fromEntries([...this.devices, t.options.deviceId].sort().map((d) => [d, 0]));
    const snap = this.count > 0 ? await t.writeSnapshotFile(covers, this.fold.ops()) : null;
    this.snapshot = snap;
    await t.writeDeviceFile({}, null, stationCode);
    const shareId = t.state.shareId!;
    const minAppVersion = compareVersions(t.options.appVersion, SHARE_FORMAT_APP_VERSION) > 0 ? t.options.appVersion : SHARE_FORMAT_APP_VERSION;
    await t.writeRoot({
      shareId,
      formatVersion: SHARE_FORMAT_VERSION,
      minAppVersion,
      createdAt: new Date(t.options.now()).toISOString(),
      ...(this.fromShareId ? { reseededFrom: this.fromShareId } : {}),
    });
    return this.progress(shareId, snap?.hash ?? null);
  }

  private progress(shareId: string | null, snapshot: string | null): ReseedProgress {
    return { shareId, ops: this.count, devices: this.devices.size, snapshot };
  }
}
