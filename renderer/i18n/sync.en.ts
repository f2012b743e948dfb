/** Replication texts (issue 4), spread into en.ts; same keys as sync.zh-CN.ts. */
import type { syncZhCN } from './sync.zh-CN';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const syncEn: Shape<typeof syncZhCN> = {
  sync: {
    online: 'In sync',
    offline: 'Share unreachable (working offline)',
    syncing: 'Syncing…',
    joining: 'Joining the share {{done}} / {{total}}',
    lastSync: 'Last sync: {{time}}',
    never: 'Not synced yet',
    waiting: '{{count}} waiting',
    conflicts: '{{count}} conflicts',
    errors: '{{count}} problems',
    syncNow: 'Sync now',
    details: 'Sync details',
    noProblems: 'No problems.',
    readOnly: 'This app is older than the share requires ({{version}}): read-only. Please update the app.',
    readOnlyBanner: 'Read-only: the shared folder requires a newer version of this app. You can look things up but not save changes. Please update the app.',
    readOnlyWrite: 'Not saved: this app is too old for the shared folder and is read-only until it is updated. Please update the app.',
    renewed: 'This PC was copied from another one; it took a new device id by itself (was {{old}}).',
    shareOlder: 'The shared folder holds less than this PC saw before (restored from an old backup, or a wrong path): {{device}} had {{seen}}, now {{now}}.',
    quarantined: '{{count}} changes from a PC whose clock runs ahead are held back; check the clocks.',
    segmentError: '{{file}}: {{reason}} (retried, never skipped)',
    pushFailed: 'This PC\'s changes could not be sent: {{message}}. They stay on this PC and are sent again next time; changes from the other PCs still arrive.',
    shareLost: 'The shared folder is not answering (server or network down). Every change is kept on this PC and synchronised once it is back.',
    tooLarge: 'A change is too large to send to the other PCs ({{field}}, {{size}} KB): it stays on this PC only. Shorten that text.',
    join: {
      title: 'Shared folder sync',
      explain: 'This PC creates or joins the qsync folder in the shared folder and exchanges changes with the other PCs.',
      button: 'Join / create share',
      joined: 'Joined share {{id}}',
      created: 'Created a new share {{id}} in this folder',
      wrongShare: 'This folder belongs to another share; nothing was written. Check the path.',
      shareEmpty: 'The share this PC joined is empty at this path (wrong path, or the folder was emptied). Confirm to create it again.',
      recreate: 'Create it again',
      failed: 'Could not join the share: {{message}}',
    },
    conflict: {
      title: 'Sync conflicts',
      explain: 'Two PCs changed the same field at the same time. The newer value is shown; you can take the other one.',
      field: 'Field',
      kept: 'Current value',
      lost: 'Other value',
      by: '{{user}} · {{time}}',
      keep: 'Keep current',
      use: 'Use this value',
    },
  },
};
