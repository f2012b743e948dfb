import { describe, expect, it } from 'vitest';
import { backupDue, backupFileName, backupsToRemove, backupTimeOf } from '../../../../shared/archive/backup-names';

const T = Date.UTC(2026, 10, 23, 2, 30, 5);
const DAY = 24 * 3600 * 1000;

describe('backup names', () => {
  it('carry the time of the clock and read it back', () => {
    expect(backupFileName('B', T)).toBe('desk-backup-B-20261123-023005.zip');
    expect(backupFileName('', T)).toBe('desk-backup-pc-20261123-023005.zip');
    expect(backupTimeOf('desk-backup-B-20261123-023005.zip')).toBe(T);
    expect(backupTimeOf('desk-backup-B-20261123-023005.zip.part')).toBeNull();
    expect(backupTimeOf('notes.txt')).toBeNull();
  });

  it('keep the newest N backups and never name another file', () => {
    const names = [0, 1, 2, 3, 4].map((d) => backupFileName('B', T + d * DAY));
    expect(backupsToRemove([...names, 'notes.txt', 'desk-backup-B-x.zip'], 3)).toEqual([names[1], names[0]]);
    expect(backupsToRemove(names, 10)).toEqual([]);
  });

  it('are due once a day', () => {
    expect(backupDue([], T)).toBe(true);
    expect(backupDue([backupFileName('B', T)], T + DAY - 1)).toBe(false);
    expect(backupDue([backupFileName('B', T)], T + DAY)).toBe(true);
    // A backup stamped in the future (the clock was set back) does not stop today's.
    expect(backupDue([backupFileName('B', T + 2 * DAY)], T)).toBe(true);
  });
});
