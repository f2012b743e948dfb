/**
 * The automatic daily backup (issue 20.2): when a backup folder is set and
 * none there is younger than a day (by the times in the names; the session's
 * clock), one is made. The backup code (and its zip library) is loaded only
 * then, not with the app.
 */
import { backupDue } from '../../shared/archive/backup-names';
import { getDesktopApi } from '../platform';
import { sessionStore } from './session-store';

export async function backupIfDue(): Promise<boolean> {
  const { settings, now } = sessionStore.getState();
  if (!settings?.backup.folder) return false;
  const list = await getDesktopApi().backupList();
  if (!backupDue(list.backups.map((b) => b.fileName), now())) return false;
  const { backupNow } = await import('./backup');
  await backupNow();
  return true;
}

/** Checks at start and every hour; returns its stop. A failed backup is tried again the next hour. */
export function startDailyBackup(): () => void {
  const run = () => void backupIfDue().catch((error: unknown) => console.error('daily backup failed', error));
  run();
  const timer = setInterval(run, 60 * 60 * 1000);
  return () => clearInterval(timer);
}
