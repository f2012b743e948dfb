/** Texts of the updates from the shared folder (issue 20.1), spread into en.ts; same keys as update.zh-CN.ts. */
import type { updateZhCN } from './update.zh-CN';
import type { Widen } from './widen';

export const updateEn: Widen<typeof updateZhCN> = {
  update: {
    downloading: 'Downloading version {{version}} from the shared folder… ({{percent}}%)',
    ready: 'Version {{version}} is downloaded and verified; it is installed when you quit.',
    installNow: 'Update now',
    installFailed: 'Could not start the installation: {{message}}',
    error: 'Checking for updates failed; it is in the log. Please tell IT.',
  },
};
