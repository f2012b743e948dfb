/**
 * Names that a folder replicator (Syncthing between two sites' shares, or
 * Windows DFS-R) puts beside our files on the share (pure).
 *
 * Every file of qsync/ has one writer (share-layout.ts), so a replicator
 * between two sites never has two versions of one file to reconcile; what
 * readers meet is only:
 *  - its temporary names while a file is on its way (`.syncthing.<name>.tmp`,
 *    `~syncthing~<name>.tmp` on Windows): never one of our names, ignored
 *    like any unknown name, and the file appears under its real name once
 *    whole (the replicator renames it into place);
 *  - a conflict copy (`<name>.sync-conflict-<date>-<time>-<device>.<ext>`):
 *    two sites wrote different bytes under one name, which the layout rules
 *    out — so it means something is wrong (two sites created a share each,
 *    a PC's profile copied to the other site, a file edited by hand). It is
 *    never read as data; the PCs and the share doctor report it.
 */

const SYNCTHING_TEMP = /^(?:\.syncthing\.|~syncthing~).*\.tmp$/;
const SYNC_CONFLICT = /\.sync-conflict-\d{8}-\d{6}-[0-9A-Z]{7}(?=\.|$)/;

/** A file a replicator is still writing (it appears under its real name once whole). */
export function isReplicaTemp(name: string): boolean {
  return SYNCTHING_TEMP.test(name);
}

/** A replicator's conflict copy: two sites wrote different bytes under one name. */
export function isConflictCopy(name: string): boolean {
  return SYNC_CONFLICT.test(name);
}

/** The name the conflict copy stands beside (`abc.sync-conflict-….json` → `abc.json`). */
export function conflictOriginal(name: string): string {
  return name.replace(SYNC_CONFLICT, '');
}

/** What a PC and the share doctor say about a conflict copy (the file's shown path goes beside it). */
export function conflictCopyReason(name: string): string {
  return (
    `a replicator's conflict copy of ${conflictOriginal(name)}: two sites wrote different files under one name, ` +
    'which the share never does by itself (two shares created, one at each site, before the replicator joined them; ' +
    "a PC's profile copied to the other site; a file edited by hand). It is never read. " +
    'Find which site\'s PCs wrote it (the share doctor), then remove the copy'
  );
}
