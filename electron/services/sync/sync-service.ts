/**
 * The main-process side of replication: the `sync:*` handlers. Owns this
 * PC's transport to the configured share, the local share memory
 * (<profile>/sync-state.json: share id, own last seq, highest seqs seen) and
 * the device identity checks. Plain Node (web host and Electron alike).
 *
 * Identity: settings hold the device id and, next to it, the machine
 * fingerprint (fingerprint.ts). A profile whose stored fingerprint is not
 * this machine's was copied from another PC (disk image): it takes a new
 * device id by itself, keeps its database (settings.databaseId keeps the old
 * name), starts its own log at seq 1, and the result of the next call says
 * so (`renewedFrom`). The same happens when the share shows segments under
 * our id that we did not write.
 *
 * Version skew: an app older than root.json's minAppVersion (or a share
 * format newer than this app) may read but not push: readOnly. root.json is
 * read again on every push and pull, so a running PC turns read-only as
 * soon as the share asks for a newer app, like a starting one.
 *
 * Blobs: uploads and reads are capped by this PC's attachment size limit
 * (settings.attachmentMaxBytes); a download verifies a blob once, then
 * serves its chunks (share-blobs.ts).
 *
 * Re-seed (share-reseed.ts, admin): a new, empty share is seeded from this
 * PC — sync:reseed begin / ops / finish, its blobs through sync:blob-put
 * meanwhile. A PC of the old share finds `reseededFrom` naming it and joins
 * the new share on its next round (share-transport.ts join).
 *
 * Snapshots and compaction run by themselves after a pull that caught up
 * (snapshot-schedule.ts: thresholds, once-per-N-hours, grace periods), never
 * while read-only; a failure there is logged and does not fail the pull.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { IpcParsedArgs, IpcValue } from '../../../shared/ipc/contract';
import { errorCode, writeFileAtomic } from '../atomic-write';
import { consoleLogger, HandlerError, type Logger } from '../errors';
import type { SettingsStore } from '../settings-store';
import { pushOwnershipProblems } from '../../../shared/sync/op-ownership';
import { machineFingerprint } from './fingerprint';
import type { ShareFs } from './share-fs';
import { DEFAULT_MAINTENANCE, rememberOwnSnapshot, runMaintenance, type MaintenancePolicy } from './snapshot-schedule';
import { ShareReseed } from './share-reseed';
import { CloneDetectedError, emptyLocalState, ShareError, ShareTransport, type LocalShareState } from './share-transport';
import type { ShareRoot } from '../../../shared/sync/share-layout';

export const SYNC_STATE_FILE = 'sync-state.json';

const localStateSchema = z.object({
  shareId: z.string().nullable(),
  lastSeq: z.number().int().min(0),
  lastMonth: z.string().nullable(),
  seen: z.record(z.string(), z.number()),
  deviceId: z.string().optional(),
  uploads: z.record(z.string(), z.number()).optional(),
  maintenance: z
    .object({
      checkedAt: z.number(),
      snapshotAt: z.number(),
      own: z.array(z.object({ hash: z.string(), covers: z.record(z.string(), z.number()), writtenAt: z.number() })),
    })
    .optional(),
});

export interface SyncServiceOptions {
  profilePath: string;
  settingsStore: SettingsStore;
  appVersion: string;
  fingerprint?: () => string;
  fs?: ShareFs;
  /** The one clock of the process. */
  now: () => number;
  newDeviceId?: () => string;
  retry?: { attempts?: number; delayMs?: number };
  /** Scheduled snapshots / compaction (defaults: DEFAULT_MAINTENANCE); false turns them off. */
  maintenance?: MaintenancePolicy | false;
  /** Where the service logs (the PC's log file in the hosts; the console by default). */
  logger?: Logger;
}

type H<M extends 'syncJoin' | 'syncPush' | 'syncPull' | 'syncBlobStatus' | 'syncBlobPut' | 'syncBlobGet' | 'syncSnapshot' | 'syncReseed'> = (
  args: IpcParsedArgs<M>,
) => Promise<IpcValue<M>>;

export interface SyncService {
  syncJoin: H<'syncJoin'>;
  syncPush: H<'syncPush'>;
  syncPull: H<'syncPull'>;
  syncBlobStatus: H<'syncBlobStatus'>;
  syncBlobPut: H<'syncBlobPut'>;
  syncBlobGet: H<'syncBlobGet'>;
  syncSnapshot: H<'syncSnapshot'>;
  syncReseed: H<'syncReseed'>;
  /**
   * A backup was restored into this PC's database (issue 20.2): this PC never
   * writes under the backup's device id again, since the PC that made it may
   * have written more under it since. When this PC holds that id it takes a
   * new one like a clone (the database keeps its name; the next round re-stamps
   * the restored unpublished changes). Returns the new id, or null when this
   * PC's id already differs (a new or another PC).
   */
  renewAfterRestore(backupDeviceId: string): Promise<string | null>;
}

/** File system errors that mean the network share went away (SMB server, network or mount lost), not a fault of ours. */
const SHARE_LOST = new Set(['EIO', 'ENOTCONN', 'EHOSTDOWN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'ETIMEDOUT', 'ECONNRESET', 'ECONNABORTED', 'ESTALE']);

function toHandlerError(error: unknown): unknown {
  const code = errorCode(error);
  if (code && SHARE_LOST.has(code)) return new HandlerError('unavailable', `shareUnavailable: the shared folder stopped answering (${code})`);
  if (error instanceof ShareError) {
    const code = error.code === 'wrongShare' || error.code === 'shareEmpty' || error.code === 'replicaEmpty' ? 'forbidden' : error.code === 'notJoined' ? 'unavailable' : 'failed';
    return new HandlerError(code, `${error.code}: ${error.message}`);
  }
  return error;
}

export function createSyncService(options: SyncServiceOptions): SyncService {
  const statePath = join(options.profilePath, SYNC_STATE_FILE);
  const fingerprint = options.fingerprint ?? machineFingerprint;
  const newDeviceId = options.newDeviceId ?? (() => crypto.randomUUID());
  const logger = options.logger ?? consoleLogger;
  let transport: ShareTransport | null = null;
  let renewedFrom: string | null = null;
  let readOnly = false;
  let queue: Promise<unknown> = Promise.resolve();
  let publishedCursors = '';
  let publishedAt = 0;
  /** A re-seed of a new share from this PC in progress (share-reseed.ts); its blobs go to that share. */
  let reseed: ShareReseed | null = null;

  async function loadState(deviceId: string): Promise<LocalShareState> {
    try {
      const parsed = localStateSchema.parse(JSON.parse(await readFile(statePath, 'utf8')));
      // A state written for another device id (before a renewal) is not ours: keep only the share id.
      if (parsed.deviceId && parsed.deviceId !== deviceId) return { ...emptyLocalState(), shareId: parsed.shareId, seen: parsed.seen };
      return {
        shareId: parsed.shareId,
        lastSeq: parsed.lastSeq,
        lastMonth: parsed.lastMonth,
        seen: parsed.seen,
        ...(parsed.maintenance ? { maintenance: parsed.maintenance } : {}),
        ...(parsed.uploads ? { uploads: parsed.uploads } : {}),
      };
    } catch {
      return emptyLocalState();
    }
  }

  async function saveState(t: ShareTransport): Promise<void> {
    await writeFileAtomic(statePath, `${JSON.stringify({ ...t.state, deviceId: t.options.deviceId }, null, 2)}\n`);
  }

  /** New device id after cloning; the local database keeps its name. */
  async function renew(reason: string): Promise<void> {
    const settings = options.settingsStore.get();
    const oldId = settings.deviceId;
    const id = newDeviceId();
    await options.settingsStore.updateIdentity({ deviceId: id, deviceFingerprint: fingerprint(), databaseId: settings.databaseId ?? oldId });
    renewedFrom = oldId;
    const shareId = transport?.state.shareId ?? (await loadState(oldId)).shareId;
    transport = null;
    const fresh = new ShareTransport(transportOptions(), { ...emptyLocalState(), shareId });
    await saveState(fresh);
    logger.warn(`sync: ${reason}; this PC now uses device id ${id} (was ${oldId})`);
  }

  function transportOptions() {
    const settings = options.settingsStore.get();
    if (!settings.sharePath) throw new HandlerError('unavailable', 'notJoined: no shared folder is set');
    return {
      sharePath: settings.sharePath,
      deviceId: settings.deviceId,
      fingerprint: fingerprint(),
      appVersion: options.appVersion,
      maxBlobBytes: settings.attachmentMaxBytes,
      ...(options.fs ? { fs: options.fs } : {}),
      now: options.now,
      ...(options.retry ? { retry: options.retry } : {}),
    };
  }

  async function checkIdentity(): Promise<void> {
    const settings = options.settingsStore.get();
    const mine = fingerprint();
    if (settings.deviceFingerprint === null) await options.settingsStore.updateIdentity({ deviceFingerprint: mine });
    else if (settings.deviceFingerprint !== mine) await renew('this profile was copied from another PC (machine fingerprint differs)');
  }

  async function current(): Promise<ShareTransport> {
    await checkIdentity();
    const opts = transportOptions();
    if (!transport || transport.options.sharePath !== opts.sharePath || transport.options.deviceId !== opts.deviceId) {
      transport = new ShareTransport(opts, await loadState(opts.deviceId));
      if (!transport.state.shareId) throw new HandlerError('unavailable', 'notJoined: join the shared folder in the settings first');
      const root = await transport.readRoot();
      if (!root) throw new HandlerError('forbidden', `shareEmpty: share ${transport.state.shareId} is not in ${opts.sharePath}`);
      if (root.shareId !== transport.state.shareId) throw otherShare(root, transport, opts.sharePath);
      readOnly = transport.isTooOld(root);
    }
    transport.options.maxBlobBytes = opts.maxBlobBytes; // the attachment size limit may change in the settings
    return transport;
  }

  /** One call at a time: the transport state (own seq) has a single writer. */
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run.catch((e: unknown) => {
      throw toHandlerError(e);
    });
  }

  async function withCloneCheck<T>(fn: (t: ShareTransport) => Promise<T>): Promise<T> {
    try {
      return await fn(await current());
    } catch (error) {
      if (!(error instanceof CloneDetectedError)) throw error;
      await renew(error.message);
      return fn(await current());
    }
  }

  /**
   * Reads root.json again (every push and pull): an unreachable SMB server
   * can look like an empty folder (ENOENT), so root.json tells "offline"
   * from "nothing new"; and a share that now asks for a newer app (or
   * format) turns this running PC read-only at once.
   */
  async function checkRoot(t: ShareTransport): Promise<void> {
    const root = await t.readRoot();
    if (!root) throw new HandlerError('unavailable', `shareUnavailable: ${t.options.sharePath} cannot be read (offline?)`);
    if (root.shareId !== t.state.shareId) throw otherShare(root, t, t.options.sharePath);
    readOnly = t.isTooOld(root);
  }

  /** Another share where ours was: one re-seeded from ours is joined on the next round (the store joins again after a failed round). */
  function otherShare(root: ShareRoot, t: ShareTransport, sharePath: string): HandlerError {
    if (root.reseededFrom && root.reseededFrom === t.state.shareId) {
      transport = null;
      return new HandlerError('unavailable', `shareReseeded: ${sharePath} was re-seeded from another PC after the share was lost; this PC joins it again and sends its changes once more`);
    }
    return new HandlerError('forbidden', `wrongShare: ${sharePath} holds another share`);
  }

  function takeRenewed(): string | null {
    const r = renewedFrom;
    renewedFrom = null;
    return r;
  }

  return {
    renewAfterRestore: (backupDeviceId) =>
      serial(async () => {
        const settings = options.settingsStore.get();
        if (settings.deviceId !== backupDeviceId) return null;
        if (settings.sharePath) await renew('a backup of this device was restored');
        else await options.settingsStore.updateIdentity({ deviceId: newDeviceId(), databaseId: settings.databaseId ?? settings.deviceId });
        transport = null;
        return options.settingsStore.get().deviceId;
      }),
    syncJoin: ({ allowRecreate }) =>
      serial(async () => {
        await checkIdentity();
        const opts = transportOptions();
        const t = new ShareTransport(opts, await loadState(opts.deviceId));
        const result = await t.join(allowRecreate ? { allowRecreate } : {});
        await saveState(t);
        transport = t;
        readOnly = result.readOnly;
        return { ...result, deviceId: opts.deviceId, renewedFrom: takeRenewed() };
      }),

    syncPush: ({ ops, cursors, lastHlc }) =>
      serial(() =>
        withCloneCheck(async (t) => {
          await checkRoot(t);
          if (readOnly) throw new HandlerError('forbidden', 'readOnly: this app is older than the share requires — update the app');
          const problems = pushOwnershipProblems(ops, t.options.deviceId, lastHlc);
          if (problems.length > 0) throw new HandlerError('badArguments', `notOwnChanges: ${problems.join('; ')}`);
          const own = (await t.readDevices()).get(t.options.deviceId);
          t.checkOwnDevice(own);
          const result = await t.push(ops);
          await saveState(t);
          await t.writeDeviceFile(cursors, lastHlc, options.settingsStore.get().stationCode);
          publishedCursors = JSON.stringify(cursors);
          publishedAt = options.now();
          return { published: result.published, from: result.from, to: result.to, errors: result.errors };
        }),
      ),

    syncPull: ({ cursors, limit, useSnapshot }) =>
      serial(() =>
        withCloneCheck(async (t) => {
          await checkRoot(t);
          const result = await t.pull(cursors, { ...(limit ? { limit } : {}), ...(useSnapshot ? { useSnapshot } : {}) });
          await saveState(t);
          // The cursors passed in are what the renderer has applied: published for compaction (only on change, or hourly as "seen").
          const key = JSON.stringify(cursors);
          if (!readOnly && (key !== publishedCursors || options.now() - publishedAt > 3600_000)) {
            await t.writeDeviceFile(cursors, null, options.settingsStore.get().stationCode);
            publishedCursors = key;
            publishedAt = options.now();
          }
          if (!readOnly && result.remaining === 0 && options.maintenance !== false) {
            try {
              const done = await runMaintenance(t, options.now, options.maintenance ?? DEFAULT_MAINTENANCE);
              if (done.ran) await saveState(t);
            } catch (error) {
              await saveState(t).catch(() => undefined); // keep "checked": not retried every round
              logger.warn(`sync: scheduled snapshot/compaction failed: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          return { ...result, readOnly, deviceId: t.options.deviceId, renewedFrom: takeRenewed() };
        }),
      ),

    syncBlobStatus: ({ sha256 }) => serial(async () => (reseed?.transport ?? (await current())).blobs.blobStatus(sha256)),

    syncBlobPut: ({ sha256, offset, total, data }) =>
      serial(async () => {
        const t = reseed?.transport ?? (await current());
        const result = await t.blobs.putBlobChunk(sha256, offset, Buffer.from(data, 'base64'), total);
        await saveState(t); // the upload's last chunk time: abandoned parts are cleaned a day later
        return result;
      }),

    syncBlobGet: ({ sha256, offset, length }) =>
      serial(async () => {
        const { bytes, total } = await (await current()).blobs.readBlobChunk(sha256, offset, length);
        return { data: Buffer.from(bytes).toString('base64'), total };
      }),

    syncReseed: (args) =>
      serial(async () => {
        if (args.step === 'begin') {
          await checkIdentity();
          const opts = transportOptions();
          reseed = null;
          reseed = await ShareReseed.begin(opts, (await loadState(opts.deviceId)).shareId);
          return { shareId: null, ops: 0, devices: 0, snapshot: null };
        }
        if (!reseed) throw new HandlerError('badArguments', 'reseedNotStarted: begin the re-seed first');
        if (args.step === 'ops') return reseed.add(args.ops);
        const done = await reseed.finish(options.settingsStore.get().stationCode);
        transport = reseed.transport;
        if (reseed.snapshot) rememberOwnSnapshot(transport, reseed.snapshot, options.now());
        reseed = null;
        readOnly = false;
        await saveState(transport);
        return done;
      }),

    syncSnapshot: () =>
      serial(async () => {
        const t = await current();
        const snap = await t.writeSnapshot();
        rememberOwnSnapshot(t, snap, options.now());
        await saveState(t);
        const { removed } = await t.compactOwn();
        return { ...snap, removed: removed.length };
      }),
  };
}
