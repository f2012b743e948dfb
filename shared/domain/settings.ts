/**
 * Per-PC settings, owned by the settings service of the main process (a JSON
 * file in the profile folder). Schema, defaults and the patch rules live here
 * so main, the web host and the renderer agree on them.
 */
import { z } from 'zod';
import { checkPattern, DEFAULT_CASE_NUMBER_PATTERN, STATION_CODE } from './numbering';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

export const settingsSchema = z.object({
  /** Random UUID of this PC, made once; the author id of every op written here. */
  deviceId: z.uuid(),
  /** Short code of this PC in case numbers (e.g. "B"); empty until set at first start. */
  stationCode: z.string().regex(STATION_CODE).or(z.literal('')),
  language: z.enum(LANGUAGES),
  /** Id of the clerk working at this PC (a record in the shared clerk list), or null before first start. */
  currentClerkId: z.uuid().nullable(),
  caseNumberPattern: z
    .string()
    .refine((p) => checkPattern(p) === null, { message: 'invalid case number pattern' }),
  /** Folder of the shared network drive, or null when this PC works alone. */
  sharePath: z.string().max(1000).nullable(),
  companyName: z.string().max(120),
  windowBounds: windowBoundsSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What the renderer may change; the device id is never changed from outside. */
export const settingsPatchSchema = settingsSchema.omit({ deviceId: true }).partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function defaultSettings(deviceId: string): Settings {
  return {
    deviceId,
    stationCode: '',
    language: 'zh-CN',
    currentClerkId: null,
    caseNumberPattern: DEFAULT_CASE_NUMBER_PATTERN,
    sharePath: null,
    companyName: '',
    windowBounds: null,
  };
}
