/**
 * Which PC holds which part of the office's data, and whether the share
 * holds all of it (pure; the share doctor feeds it what it read).
 *
 * What the share knows: each PC's device file (its own last seq, and the
 * cursors: how far it has applied every other PC's changes, as of its last
 * round), the newest snapshot's coverage and each PC's segments still on
 * the share, and the attachments cited by those changes.
 *
 *  - Claimed: a PC's changes exist up to the highest of its own last seq
 *    and every other PC's cursor for it (someone applied them, so they
 *    were once on the share).
 *  - On the share: the snapshot's coverage, continued by segments without
 *    a gap. Less than claimed means the share lost changes (a restored old
 *    copy, a wiped folder, files removed by hand).
 *  - A PC holds everything when its cursors reach every other PC's claim:
 *    it can re-seed a new, empty share (sync:reseed). Its own changes it
 *    always holds.
 *  - Attachments cited by changes on the share but missing are listed with
 *    the PC whose change cites them: that PC added them and holds them.
 */
import type { Cursors } from './share-layout';

export interface DeviceOnShare {
  deviceId: string;
  /** From its device file; null when the file is missing or damaged. */
  file: { lastSeq: number; cursors: Cursors; seenAt: string } | null;
  /** Its segments on the share that read back whole (seq ranges). */
  segments: readonly { from: number; to: number }[];
  /** sha256 of the attachments its changes on the share cite (segments and snapshot). */
  citedBlobs: ReadonlySet<string>;
}

export interface DeviceHoldings {
  deviceId: string;
  /** Highest seq its changes reach, by its own and every other PC's word. */
  claimedTo: number;
  /** Seqs on the share without a gap: snapshot coverage, then segments. */
  onShareTo: number;
  /** Seqs claimed but not on the share (null: none missing). */
  missing: { from: number; to: number; claimedBy: string[] } | null;
  /** Attachments its changes cite that are not on the share. */
  missingBlobs: string[];
  /** Whether its device file shows every other PC's changes applied (it can re-seed a new share). */
  holdsAll: boolean;
  /** The other PCs' changes it has not applied yet (from its device file). */
  lacks: { deviceId: string; has: number; claimedTo: number }[];
}

export interface ShareHoldings {
  devices: DeviceHoldings[];
  /** Every claimed change and every cited attachment is on the share. */
  complete: boolean;
  /** The PCs that hold everything the share's PCs claim (re-seed a new share from one of them). */
  fullHolders: string[];
}

function contiguousTo(start: number, segments: readonly { from: number; to: number }[]): number {
  let to = start;
  for (const seg of [...segments].sort((a, b) => a.from - b.from)) {
    if (seg.from > to + 1) break;
    to = Math.max(to, seg.to);
  }
  return to;
}

export function shareHoldings(devices: readonly DeviceOnShare[], snapshotCovers: Cursors, presentBlobs: ReadonlySet<string>): ShareHoldings {
  const ids = [...new Set([...devices.map((d) => d.deviceId), ...Object.keys(snapshotCovers)])].sort();
  const byId = new Map(devices.map((d) => [d.deviceId, d]));
  const claims = new Map<string, { to: number; by: Map<string, number> }>();
  for (const id of ids) claims.set(id, { to: byId.get(id)?.file?.lastSeq ?? 0, by: new Map([[id, byId.get(id)?.file?.lastSeq ?? 0]]) });
  for (const d of devices) {
    for (const [other, seq] of Object.entries(d.file?.cursors ?? {})) {
      if (other === d.deviceId) continue;
      const claim = claims.get(other) ?? { to: 0, by: new Map<string, number>() };
      claim.to = Math.max(claim.to, seq);
      claim.by.set(d.deviceId, seq);
      claims.set(other, claim);
    }
  }
  const out: DeviceHoldings[] = [];
  for (const id of [...claims.keys()].sort()) {
    const claim = claims.get(id)!;
    const d = byId.get(id);
    const onShareTo = contiguousTo(snapshotCovers[id] ?? 0, d?.segments ?? []);
    const missing =
      onShareTo < claim.to
        ? { from: onShareTo + 1, to: claim.to, claimedBy: [...claim.by].filter(([, seq]) => seq > onShareTo).map(([by]) => by).sort() }
        : null;
    const lacks: DeviceHoldings['lacks'] = [];
    if (d?.file) {
      for (const [other, otherClaim] of claims) {
        if (other === id || otherClaim.to === 0) continue;
        const has = d.file.cursors[other] ?? 0;
        if (has < otherClaim.to) lacks.push({ deviceId: other, has, claimedTo: otherClaim.to });
      }
    }
    out.push({
      deviceId: id,
      claimedTo: claim.to,
      onShareTo,
      missing,
      missingBlobs: [...(d?.citedBlobs ?? [])].filter((sha) => !presentBlobs.has(sha)).sort(),
      holdsAll: d?.file != null && lacks.length === 0,
      lacks: lacks.sort((a, b) => a.deviceId.localeCompare(b.deviceId)),
    });
  }
  return {
    devices: out,
    complete: out.every((d) => d.missing === null && d.missingBlobs.length === 0),
    fullHolders: out.filter((d) => d.holdsAll).map((d) => d.deviceId),
  };
}
