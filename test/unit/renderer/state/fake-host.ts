import type { Settings, SettingsPatch } from '../../../../shared/domain/settings';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { journalHost } from '../db/journal-helpers';

/** A host that keeps settings in memory, like the settings service does in a file (and a journal like the host's). */
export function fakeHost(initial: Settings) {
  let settings = initial;
  const patches: SettingsPatch[] = [];
  const api = {
    ...journalHost().api,
    getSettings: () => Promise.resolve(settings),
    updateSettings: (patch: SettingsPatch) => {
      patches.push(patch);
      settings = { ...settings, ...patch };
      return Promise.resolve(settings);
    },
  } as unknown as DesktopApi;
  return { api, patches, current: () => settings };
}
