/**
 * The office's rules in the session (issue 16.1). Owns the join of this PC's
 * settings file (host) and the replicated office record (IndexedDB): the
 * settings the app reads are the file overlaid with the record; a settings
 * patch is split — office fields become one op, the rest goes to the file;
 * a merge that changes the record reaches the session at once. The file
 * keeps a copy of the office values (the host reads the attachment limit,
 * and the copy outlives a lost database).
 *
 * Once per PC (`officeMigrated` in its file), the office values it had set
 * itself before this version go to the office record, where any office edit
 * wins over them (office-settings-repository.ts).
 */
import { defaultSettings, type Settings, type SettingsPatch } from '../../shared/domain/settings';
import {
  migrationValues,
  officeMirrorPatch,
  officeValuesOf,
  OFFICE_SETTINGS_ID,
  splitSettingsPatch,
  withOfficeValues,
  type OfficeField,
  type OfficeValues,
} from '../../shared/domain/office-settings';
import type { DesktopApi } from '../../shared/ipc/contract';
import type { OfficeSettingsRepository, Repositories } from '../db';

export interface OfficeLink {
  /** The settings the app reads: the PC's file overlaid with the office record. */
  readonly settings: Settings;
  /** Office fields whose replicated value this app refused (the PC's value is used; the settings page says so). */
  readonly refused: readonly OfficeField[];
  /** Saves a patch: its office fields as one op (`basis`: the settings the form showed), the rest to this PC's file. */
  update(patch: SettingsPatch, basis?: Settings): Promise<Settings>;
  /** Stops following the office record. */
  close(): void;
}

type Host = Pick<DesktopApi, 'updateSettings'>;

/** The office values the form showed for the fields it changes (a value merged underneath then shows as a conflict). */
function seenOf(basis: Settings | undefined, office: Partial<OfficeValues>): Partial<OfficeValues> | undefined {
  if (!basis) return undefined;
  const shown = officeValuesOf(basis);
  return Object.fromEntries(Object.keys(office).map((field) => [field, shown[field as OfficeField]]));
}

export async function linkOfficeSettings(
  host: Host,
  repositories: Pick<Repositories, 'officeSettings' | 'changes'>,
  file: Settings,
  onChange: (settings: Settings) => void,
): Promise<OfficeLink> {
  const repo: OfficeSettingsRepository = repositories.officeSettings;
  let current = file;
  let settings = file;
  let refused: OfficeField[] = [];

  async function mirror(): Promise<void> {
    const patch = officeMirrorPatch(current, settings);
    if (patch) current = await host.updateSettings(patch);
  }

  async function refresh(): Promise<Settings> {
    const reading = await repo.read();
    refused = reading.refused;
    settings = withOfficeValues(current, reading.values);
    return settings;
  }

  if (!current.officeMigrated) {
    const values = migrationValues(current, defaultSettings(current.deviceId));
    // Read-only (an older app on a newer share) refuses the write: the PC tries again at its next start.
    const brought = await repo.migrate(values).then(
      () => true,
      () => false,
    );
    if (brought) current = await host.updateSettings({ officeMigrated: true });
  }
  await refresh();
  await mirror().catch(() => undefined); // the copy is refreshed at the next change

  const unsubscribe = repositories.changes.subscribe((changes) => {
    if (!changes.ids.has(OFFICE_SETTINGS_ID)) return;
    void refresh()
      .then(async (next) => {
        onChange(next);
        await mirror();
      })
      .catch(() => undefined); // the next change or start reads it again
  });

  return {
    get settings() {
      return settings;
    },
    get refused() {
      return refused;
    },
    async update(patch, basis) {
      // What the clerk changed is what differs from the settings the form showed, not from what was merged since.
      const { office, pc } = splitSettingsPatch(basis ?? settings, patch);
      if (Object.keys(office).length > 0) await repo.write(office, { seen: seenOf(basis, office) });
      if (Object.keys(pc).length > 0) current = await host.updateSettings(pc);
      await refresh();
      await mirror();
      return settings;
    },
    close: unsubscribe,
  };
}
