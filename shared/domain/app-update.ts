/**
 * Updates from the shared folder (issue 20.1), the pure part: what a
 * `<share>/updates/latest.yml` (electron-builder's output, already parsed
 * from YAML) and `<share>/updates/rollout.json` (written by IT) may hold,
 * and whether this PC is offered the version they name. Everything on the
 * share is untrusted: a file that does not match is refused with the reason.
 */
import { z } from 'zod';
import { compareVersions } from '../sync/share-layout';
import { STATION_CODE } from './numbering';

/** The folder beside qsync/ on the share that holds the installers. */
export const UPDATES_DIR = 'updates';
export const LATEST_YML = 'latest.yml';
export const ROLLOUT_JSON = 'rollout.json';
/** Cap on latest.yml and rollout.json: electron-builder writes a few hundred bytes. */
export const MAX_FEED_BYTES = 64 * 1024;
/** Cap on an installer: ours is ~100 MB; anything past this is not ours. */
export const MAX_INSTALLER_BYTES = 512 * 1024 * 1024;

const SEMVER = /^\d{1,5}\.\d{1,5}\.\d{1,5}(-[0-9A-Za-z.-]{1,40})?(\+[0-9A-Za-z.-]{1,40})?$/;
/** sha512 as electron-builder writes it: base64 of 64 bytes. */
const SHA512_BASE64 = /^[A-Za-z0-9+/]{86}==$/;
/** A plain file name in updates/: no folder part, no leading dot, no "..". */
const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9 _.+-]{0,199}$/;

const updateFileSchema = z.object({
  url: z.string().regex(FILE_NAME, 'must be a plain file name inside updates/'),
  sha512: z.string().regex(SHA512_BASE64, 'must be a sha512 in base64'),
  size: z.number().int().min(1).max(MAX_INSTALLER_BYTES),
  isAdminRightsRequired: z.boolean().optional(),
});

export const latestYmlSchema = z.object({
  version: z.string().regex(SEMVER, 'must be a version like 1.2.3'),
  files: z.array(updateFileSchema).min(1).max(8),
  path: z.string().regex(FILE_NAME).optional(),
  sha512: z.string().regex(SHA512_BASE64).optional(),
  releaseDate: z.string().max(64).optional(),
  releaseName: z.string().max(200).optional(),
});
export type LatestYml = z.infer<typeof latestYmlSchema>;

/**
 * rollout.json, edited by IT in Notepad: `stations` limits the update to
 * those station codes (absent: every PC); `allowDowngrade` lets PCs with a
 * newer version go back to the one in latest.yml (the way back). Unknown
 * keys are refused, so a typo ("station") never rolls out to everyone.
 */
export const rolloutSchema = z
  .object({
    stations: z.array(z.string().regex(STATION_CODE, 'station codes are 1–4 capital letters or digits')).max(500).optional(),
    allowDowngrade: z.boolean().optional(),
  })
  .strict();
export type Rollout = z.infer<typeof rolloutSchema>;

export class UpdateFeedError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'UpdateFeedError';
  }
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(file)'} ${issue.message}`)
    .join('; ');
}

/** latest.yml after YAML parsing, checked; the one installer a Windows PC takes is files[0]. */
export function parseLatestYml(data: unknown): LatestYml {
  const parsed = latestYmlSchema.safeParse(data);
  if (!parsed.success) throw new UpdateFeedError(LATEST_YML, `not an update description made by electron-builder: ${describe(parsed.error)}`);
  return parsed.data;
}

/** rollout.json text (null when the file is absent: everyone, no downgrade). */
export function parseRollout(text: string | null): Rollout {
  if (text === null) return {};
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad may save a BOM
  } catch (error) {
    throw new UpdateFeedError(ROLLOUT_JSON, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = rolloutSchema.safeParse(data);
  if (!parsed.success) throw new UpdateFeedError(ROLLOUT_JSON, `not a rollout setting: ${describe(parsed.error)}`);
  return parsed.data;
}

export type UpdateOffer =
  | { offer: true; reason: 'newer' | 'downgrade' }
  | { offer: false; reason: 'same' | 'notInRollout' | 'olderNotAllowed' | 'noStationCode' };

/** Is this PC (its app version and station code) offered `version`? */
export function decideUpdate(currentVersion: string, version: string, rollout: Rollout, stationCode: string): UpdateOffer {
  const order = compareVersions(version, currentVersion);
  if (order === 0) return { offer: false, reason: 'same' };
  if (rollout.stations) {
    if (stationCode === '') return { offer: false, reason: 'noStationCode' };
    if (!rollout.stations.includes(stationCode)) return { offer: false, reason: 'notInRollout' };
  }
  if (order > 0) return { offer: true, reason: 'newer' };
  return rollout.allowDowngrade === true ? { offer: true, reason: 'downgrade' } : { offer: false, reason: 'olderNotAllowed' };
}
