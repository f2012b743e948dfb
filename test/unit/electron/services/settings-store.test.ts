import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '../../../../shared/domain/settings';
import type { SettingsPatch } from '../../../../shared/domain/settings';
import { HandlerError } from '../../../../electron/services/errors';
import { openSettingsStore } from '../../../../electron/services/settings-store';
import { quietLogger, tempDir } from '../helpers';

const DEVICE = '5b1f7a4e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const FIXED_NOW = () => Date.parse('2026-11-23T08:30:00.000Z');

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

describe('settings store', () => {
  it('creates settings.json with defaults and a new device id at first start', async () => {
    const profile = await tempDir();
    const store = await openSettingsStore({ profilePath: join(profile, 'nested', 'profile'), logger: quietLogger().logger, now: FIXED_NOW });
    const settings = store.get();
    expect(settingsSchema.parse(settings)).toEqual(settings);
    expect(settings).toEqual(defaultSettings(settings.deviceId));
    expect(settings.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await readJson(store.filePath)).toEqual(settings);
  });

  it('keeps the same device id and changes across restarts', async () => {
    const profile = await tempDir();
    const first = await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    const updated = await first.update({ language: 'en', stationCode: 'B', companyName: '宁波某某电器有限公司' });
    expect(updated.language).toBe('en');
    const second = await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    expect(second.get()).toEqual(updated);
    expect(second.get().deviceId).toBe(first.get().deviceId);
  });

  it('returns copies: mutating what get() returned changes nothing', async () => {
    const store = await openSettingsStore({ profilePath: await tempDir(), logger: quietLogger().logger, now: FIXED_NOW });
    const copy = store.get();
    copy.language = 'en';
    expect(store.get().language).toBe('zh-CN');
  });

  it('sets a corrupt file aside, keeps it byte for byte and starts from defaults', async () => {
    const profile = await tempDir();
    const garbage = '{"deviceId": "5b1f7a4e-2c3d-4e5f-8a9b-0c1d2e3f4a5b", "language": "zh-CN", trunc';
    await writeFile(join(profile, 'settings.json'), garbage);
    const { logger, lines } = quietLogger();
    const store = await openSettingsStore({ profilePath: profile, logger, now: FIXED_NOW });
    const files = await readdir(profile);
    const aside = files.find((f) => f.startsWith('settings.json.corrupt-'));
    expect(aside).toBe('settings.json.corrupt-2026-11-23T08-30-00-000Z');
    expect(await readFile(join(profile, aside!), 'utf8')).toBe(garbage);
    // Not parseable: the device id could not be read, so a new one is made.
    expect(store.get().deviceId).not.toBe(DEVICE);
    expect(store.get()).toEqual(defaultSettings(store.get().deviceId));
    expect(await readJson(join(profile, 'settings.json'))).toEqual(store.get());
    expect(lines.join('\n')).toMatch(/not valid JSON/);
  });

  it('keeps the device id of an invalid but readable file', async () => {
    const profile = await tempDir();
    const invalid = { ...defaultSettings(DEVICE), language: 'klingon', stationCode: 'B' };
    await writeFile(join(profile, 'settings.json'), JSON.stringify(invalid));
    const store = await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    expect(store.get()).toEqual(defaultSettings(DEVICE));
    expect(await readJson(join(profile, 'settings.json.corrupt-2026-11-23T08-30-00-000Z'))).toEqual(invalid);
  });

  it('never overwrites an earlier set-aside file', async () => {
    const profile = await tempDir();
    await writeFile(join(profile, 'settings.json'), 'first');
    await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    await writeFile(join(profile, 'settings.json'), 'second');
    await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    const aside = (await readdir(profile)).filter((f) => f.startsWith('settings.json.corrupt-')).sort();
    expect(aside).toHaveLength(2);
    const contents = await Promise.all(aside.map((f) => readFile(join(profile, f), 'utf8')));
    expect(contents.sort()).toEqual(['first', 'second']);
  });

  it('fills fields missing in a file from an older version instead of discarding it', async () => {
    const profile = await tempDir();
    const { windowBounds: _omit, ...older } = { ...defaultSettings(DEVICE), stationCode: 'C', companyName: '老版本' };
    await writeFile(join(profile, 'settings.json'), JSON.stringify(older));
    const store = await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    expect(store.get()).toEqual({ ...older, windowBounds: null });
    expect((await readdir(profile)).some((f) => f.includes('corrupt'))).toBe(false);
  });

  it('gives a file from before sign-in (no idleLockMinutes) the default idle lock of 15 minutes', async () => {
    const profile = await tempDir();
    const { idleLockMinutes: _omit, ...older } = { ...defaultSettings(DEVICE), stationCode: 'C' };
    await writeFile(join(profile, 'settings.json'), JSON.stringify(older));
    const store = await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    expect(store.get().idleLockMinutes).toBe(15);
    expect(store.get().stationCode).toBe('C');
  });

  it('gives a file from before repeat complaints (no repeatWindowDays) the default window of 30 days', async () => {
    const profile = await tempDir();
    const { repeatWindowDays: _omit, ...older } = { ...defaultSettings(DEVICE), stationCode: 'C' };
    await writeFile(join(profile, 'settings.json'), JSON.stringify(older));
    const store = await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    expect(store.get().repeatWindowDays).toBe(30);
    expect(store.get().stationCode).toBe('C');
  });

  it('gives a file from before KPI targets none (no line is drawn)', async () => {
    const profile = await tempDir();
    const { kpiTargets: _omit, ...older } = { ...defaultSettings(DEVICE), stationCode: 'C' };
    await writeFile(join(profile, 'settings.json'), JSON.stringify(older));
    const store = await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    expect(store.get().kpiTargets).toEqual({ ppm: null, complaintRatePercent: null, closureOnTimePercent: null });
  });

  it('rejects an invalid patch with badArguments naming the field and writes nothing', async () => {
    const profile = await tempDir();
    const store = await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    const before = await readFile(store.filePath, 'utf8');
    const mtime = (await stat(store.filePath)).mtimeMs;
    const bad = [{ language: 'fr' }, { deviceId: DEVICE }, { caseNumberPattern: '{YY}-{SEQ}' }, { windowBounds: { x: 0, y: 0, width: 10, height: 10, maximized: false } }];
    for (const patch of bad) {
      const error: unknown = await store.update(patch as SettingsPatch).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HandlerError);
      expect((error as HandlerError).code).toBe('badArguments');
      expect((error as HandlerError).issues?.length).toBeGreaterThan(0);
    }
    const languageError = (await store.update({ language: 'fr' } as unknown as SettingsPatch).catch((e: unknown) => e)) as HandlerError;
    expect(languageError.issues?.[0]?.path).toBe('language');
    expect(await readFile(store.filePath, 'utf8')).toBe(before);
    expect((await stat(store.filePath)).mtimeMs).toBe(mtime);
    expect(store.get().language).toBe('zh-CN');
    // Only settings.json: no temp file left behind.
    expect(await readdir(profile)).toEqual(['settings.json']);
  });

  it('serialises concurrent updates: every patch lands, the file matches memory', async () => {
    const profile = await tempDir();
    const store = await openSettingsStore({ profilePath: profile, logger: quietLogger().logger, now: FIXED_NOW });
    const patches: SettingsPatch[] = [
      { stationCode: 'A' },
      { language: 'en' },
      { companyName: '甲' },
      { sharePath: '\\\\fileserver\\quality' },
      { language: 'fr' } as unknown as SettingsPatch, // fails alone, must not block the others
      { windowBounds: { x: 10, y: 20, width: 1200, height: 800, maximized: true } },
      { companyName: '乙' },
    ];
    const results = await Promise.allSettled(patches.map((p) => store.update(p)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const expected = {
      ...defaultSettings(store.get().deviceId),
      stationCode: 'A',
      language: 'en',
      companyName: '乙',
      sharePath: '\\\\fileserver\\quality',
      windowBounds: { x: 10, y: 20, width: 1200, height: 800, maximized: true },
    };
    expect(store.get()).toEqual(expected);
    expect(await readJson(store.filePath)).toEqual(expected);
    expect(await readdir(profile)).toEqual(['settings.json']);
  });

  it('tells listeners about saved changes only, with the previous value', async () => {
    const store = await openSettingsStore({ profilePath: await tempDir(), logger: quietLogger().logger, now: FIXED_NOW });
    const seen: string[] = [];
    const off = store.onChange((next, previous) => seen.push(`${previous.language}->${next.language}`));
    await store.update({ language: 'en' });
    await store.update({ language: 'en' }); // no change
    await store.update({ language: 'fr' } as unknown as SettingsPatch).catch(() => undefined);
    off();
    await store.update({ language: 'zh-CN' });
    expect(seen).toEqual(['zh-CN->en']);
  });
});
