/**
 * Owns <profile>/settings.json, the per-PC settings (shared/domain/settings.ts).
 *
 * - First start: the file is created with defaults and a new random device id.
 * - A file from an older version that only lacks fields gets them filled from
 *   the defaults. A file that cannot be parsed or does not validate is never
 *   overwritten: it is renamed aside to `settings.json.corrupt-<timestamp>` and
 *   defaults are used, keeping the device id when it was readable (the id is
 *   the author of every op written on this PC, so losing it would look like
 *   a new PC to the other PCs). Loading never throws because of the file.
 * - update(patch) validates the patch (nothing is written when it is invalid),
 *   writes atomically (atomic-write.ts) and runs one update at a time, so two
 *   concurrent patches both land.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultSettings, identityPatchSchema, settingsPatchSchema, settingsSchema } from '../../shared/domain/settings';
import type { IdentityPatch, Settings, SettingsPatch } from '../../shared/domain/settings';
import { errorCode, retryTransient, writeFileAtomic } from './atomic-write';
import { consoleLogger, HandlerError } from './errors';
import type { Logger } from './errors';
import { describeIssues, summariseIssues } from './zod-issues';

export const SETTINGS_FILE = 'settings.json';

export type SettingsListener = (settings: Settings, previous: Settings) => void;

export interface SettingsStore {
  /** Absolute path of settings.json. */
  readonly filePath: string;
  /** A copy of the current settings. */
  get(): Settings;
  /** Validates and applies a patch, persists it, and returns the new settings. Rejects with HandlerError('badArguments') on a bad patch. */
  update(patch: SettingsPatch): Promise<Settings>;
  /** Main process only (sync service): device id, fingerprint and database id, which the renderer may not change. */
  updateIdentity(patch: IdentityPatch): Promise<Settings>;
  /** Called after every change that was saved; returns its unsubscribe. */
  onChange(listener: SettingsListener): () => void;
}

export interface SettingsStoreOptions {
  profilePath: string;
  logger?: Logger;
  /** The main process's one clock: it names a set-aside corrupt file. */
  now: () => number;
  /** For tests: the device id made at first start. */
  newDeviceId?: () => string;
}

function serialise(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function timestampForFileName(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function readableDeviceId(parsed: unknown): string | null {
  if (typeof parsed !== 'object' || parsed === null || !('deviceId' in parsed)) return null;
  const result = z.uuid().safeParse((parsed).deviceId);
  return result.success ? result.data : null;
}

export async function openSettingsStore(options: SettingsStoreOptions): Promise<SettingsStore> {
  const logger = options.logger ?? consoleLogger;
  const now = (): Date => new Date(options.now());
  const newDeviceId = options.newDeviceId ?? randomUUID;
  const filePath = join(options.profilePath, SETTINGS_FILE);

  /** False when a corrupt file could not be moved aside: then we must not overwrite it. */
  let mayWrite = true;

  async function setAside(reason: string): Promise<void> {
    let target = `${filePath}.corrupt-${timestampForFileName(now())}`;
    for (let n = 2; await exists(target); n++) target = `${filePath}.corrupt-${timestampForFileName(now())}-${n}`;
    try {
      await retryTransient(() => rename(filePath, target));
    } catch (renameError) {
      try {
        await copyFile(filePath, target);
      } catch (copyError) {
        mayWrite = false;
        logger.error(`settings: ${filePath} is unusable (${reason}) and could not be set aside; using defaults without saving`, renameError, copyError);
        return;
      }
    }
    logger.warn(`settings: ${filePath} is unusable (${reason}); kept it as ${target} and started from defaults`);
  }

  async function load(): Promise<{ settings: Settings; save: boolean }> {
    await mkdir(options.profilePath, { recursive: true });
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { settings: defaultSettings(newDeviceId()), save: true };
      await setAside(`cannot be read: ${errorCode(error) ?? String(error)}`);
      return { settings: defaultSettings(newDeviceId()), save: mayWrite };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      await setAside(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      return { settings: defaultSettings(newDeviceId()), save: mayWrite };
    }
    const deviceId = readableDeviceId(parsed);
    if (deviceId !== null && typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      // Fields added by a newer version of the schema are filled from the defaults.
      const result = settingsSchema.safeParse({ ...defaultSettings(deviceId), ...parsed });
      if (result.success) return { settings: result.data, save: serialise(result.data) !== text };
      await setAside(`invalid: ${summariseIssues(describeIssues(result.error))}`);
    } else {
      await setAside('invalid: no readable device id');
    }
    return { settings: defaultSettings(deviceId ?? newDeviceId()), save: mayWrite };
  }

  const loaded = await load();
  let current = loaded.settings;
  if (loaded.save) {
    try {
      await writeFileAtomic(filePath, serialise(current));
    } catch (error) {
      logger.error(`settings: could not write ${filePath}; continuing with settings in memory`, error);
    }
  }

  const listeners = new Set<SettingsListener>();
  let queue: Promise<unknown> = Promise.resolve();

  async function applyPatch(patch: unknown, schema: z.ZodType<Partial<Settings>> = settingsPatchSchema): Promise<Settings> {
    const parsedPatch = schema.safeParse(patch);
    if (!parsedPatch.success) {
      const issues = describeIssues(parsedPatch.error);
      throw new HandlerError('badArguments', `Invalid settings: ${summariseIssues(issues)}`, issues);
    }
    const next = settingsSchema.safeParse({ ...current, ...parsedPatch.data });
    if (!next.success) {
      const issues = describeIssues(next.error);
      throw new HandlerError('badArguments', `Invalid settings: ${summariseIssues(issues)}`, issues);
    }
    if (serialise(next.data) === serialise(current)) return structuredClone(current);
    if (!mayWrite) throw new HandlerError('unavailable', `settings cannot be saved: the unreadable ${filePath} could not be set aside`);
    await writeFileAtomic(filePath, serialise(next.data));
    const previous = current;
    current = next.data;
    for (const listener of listeners) {
      try {
        listener(structuredClone(current), structuredClone(previous));
      } catch (error) {
        logger.error('settings: a change listener threw', error);
      }
    }
    return structuredClone(current);
  }

  return {
    filePath,
    get: () => structuredClone(current),
    update(patch) {
      const run = queue.then(() => applyPatch(patch));
      queue = run.catch(() => undefined);
      return run;
    },
    updateIdentity(patch) {
      const run = queue.then(() => applyPatch(patch, identityPatchSchema));
      queue = run.catch(() => undefined);
      return run;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
