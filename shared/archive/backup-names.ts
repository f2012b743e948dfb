/**
 * Backup file names (issue 20.2) and the rules on them: a name carries the
 * time the backup was made (the injected clock), so the folder needs no
 * index — which backups to keep and whether today's is due follow from the
 * names alone. Kept apart from backup.ts so the IPC contract can check a
 * name without loading the zip library.
 */
/** desk-backup-<station>-<yyyymmdd-hhmmss>.zip (UTC): names sort by time. */
export const BACKUP_FILE_NAME = /^desk-backup-([A-Za-z0-9]{1,8})-(\d{8})-(\d{6})\.zip$/;

/** The backup's file name, from the injected clock. */
export function backupFileName(stationCode: string, createdAt: number): string {
  const stamp = new Date(createdAt).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `desk-backup-${stationCode || 'pc'}-${stamp}.zip`;
}

/** When a backup of this name was made (ms), or null for a name that is not a backup's. */
export function backupTimeOf(fileName: string): number | null {
  const m = BACKUP_FILE_NAME.exec(fileName);
  if (!m) return null;
  const [d, t] = [m[2]!, m[3]!];
  const ms = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8)), Number(t.slice(0, 2)), Number(t.slice(2, 4)), Number(t.slice(4, 6)));
  return Number.isNaN(ms) ? null : ms;
}

/** The backups beyond the newest `keep` (by the time in their names); other files are never touched. */
export function backupsToRemove(fileNames: readonly string[], keep: number): string[] {
  const dated = fileNames.flatMap((name) => {
    const at = backupTimeOf(name);
    return at === null ? [] : [{ name, at }];
  });
  dated.sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1));
  return dated.slice(Math.max(keep, 1)).map((b) => b.name);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The daily backup is due when no backup in the folder is younger than a day (clock from the caller). */
export function backupDue(fileNames: readonly string[], now: number): boolean {
  const newest = Math.max(-Infinity, ...fileNames.map((name) => backupTimeOf(name) ?? -Infinity));
  return !(now - newest < DAY_MS && newest <= now);
}

