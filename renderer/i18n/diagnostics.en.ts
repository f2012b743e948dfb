/** Diagnostics and the about box (issue 20.4) and backup and restore (issue 20.2), spread into en.ts; same keys as diagnostics.zh-CN.ts. */
import type { diagnosticsZhCN } from './diagnostics.zh-CN';
import type { Widen } from './widen';

export const diagnosticsEn: Widen<typeof diagnosticsZhCN> = {
  backup: {
    section: 'Backup and restore',
    folder: 'Backup folder',
    folderHelp: 'A backup (this PC’s database, attachments and settings) goes here every day; leave empty for no automatic backup',
    keep: 'Backups kept',
    keepInvalid: 'Enter 1–365',
    saveFolder: 'Save',
    settingsSaved: 'Backup settings saved',
    now: 'Back up now',
    made: 'Backed up: {{name}}',
    failed: 'Backup failed: {{message}}',
    restore: 'Restore…',
    none: 'No backups in the backup folder yet',
    list: 'Backups (newest first): {{names}}',
    confirmTitle: 'Restore from a backup?',
    confirmText: 'This PC’s database and settings will be replaced by “{{name}}”; changes made since then are then caught up from the share. The app starts again after the restore.',
    cancel: 'Cancel',
    confirmRestore: 'Restore',
    refused: 'The backup is damaged or does not fit; nothing was changed: {{reason}}',
    restoreFailed: 'Restore failed: {{message}}',
  },
  diagnostics: {
    deviceId: 'Device id',
    stationCode: 'Station code',
    sharePath: 'Shared folder',
    notSet: 'Not set',
    noShare: 'Not set (this PC works alone)',
    export: 'Export diagnostics pack',
    making: 'Making the diagnostics pack…',
    saved: 'Diagnostics pack saved: {{path}}',
    downloaded: 'Diagnostics pack downloaded: {{name}}',
    failed: 'The diagnostics pack could not be made: {{message}}',
  },
};
