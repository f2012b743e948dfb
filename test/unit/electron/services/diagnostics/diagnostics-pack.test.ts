import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDiagnosticsPack } from '../../../../../electron/services/diagnostics/diagnostics-pack';
import { createFileLogger } from '../../../../../electron/services/diagnostics/log-file';
import { silentLogger } from '../../../../../electron/services/errors';
import { nodeShareFs } from '../../../../../electron/services/sync/share-fs';
import { defaultSettings } from '../../../../../shared/domain/settings';
import { intake } from '../../../renderer/db/helpers';
import { makePc } from '../../../sync/pcs';
import { folderBackend, type ShareBackend } from '../../../sync/share-backends';
import { tempDir } from '../../helpers';

const NOW = Date.UTC(2026, 10, 23, 8, 30, 0);
const DEVICE = '3f2b8c1e-7d4a-4c2b-9e1f-0a1b2c3d4e5f';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

async function entries(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const file of Object.values(zip.files)) if (!file.dir) out.set(file.name, await file.async('string'));
  return out;
}

describe('diagnostics pack', () => {
  it('holds the rotated logs, the share doctor report on this PC’s share and the versions', async () => {
    const share = await folder.fresh();
    const a = await makePc('a', share);
    await a.repos.cases.create(intake());
    await a.round();
    const profile = await tempDir();
    const logDir = join(profile, 'logs');
    const log = createFileLogger({ dir: logDir, now: () => NOW, console: silentLogger, maxBytes: 300, files: 5 });
    for (let n = 0; n < 20; n++) log.warn(`sync pull: problem ${n} in case 2611-B-00${n % 10}, clerk phone 13812345678`);

    const settings = { ...defaultSettings(DEVICE), stationCode: 'B', sharePath: share };
    const pack = await buildDiagnosticsPack({ logDir, settings, app: { name: '客诉退货台', version: '1.2.3', host: 'web', profilePath: profile }, now: () => NOW });
    expect(pack.fileName).toBe('diagnostics-B-20261123-0830.zip');
    const files = await entries(pack.bytes);
    expect([...files.keys()].sort()).toEqual(['about.json', 'logs/desk.1.log', 'logs/desk.2.log', 'logs/desk.3.log', 'logs/desk.4.log', 'logs/desk.log', 'share-doctor.json']);
    expect(files.get('logs/desk.log')).toBe(await readFile(join(logDir, 'desk.log'), 'utf8'));
    const logs = [...files].filter(([name]) => name.startsWith('logs/')).map(([, text]) => text).join('');
    expect(logs).toContain('problem 19 in case 2611-B-009');
    expect(logs).not.toContain('13812345678');

    const doctor = JSON.parse(files.get('share-doctor.json')!) as { devices: unknown[]; ops: number; errors: string[] };
    expect(doctor.devices).toHaveLength(1);
    expect(doctor.ops).toBe(1);
    expect(doctor.errors).toEqual([]);

    const about = JSON.parse(files.get('about.json')!) as Record<string, Record<string, unknown>>;
    expect(about.createdAt).toBe('2026-11-23T08:30:00.000Z');
    expect(about.app).toEqual({ name: '客诉退货台', version: '1.2.3', host: 'web' });
    expect(about.pc).toEqual({ deviceId: DEVICE, stationCode: 'B', profilePath: profile, sharePath: share });
    expect(about.os).toMatchObject({ platform: process.platform });
    expect(about.runtime).toMatchObject({ node: process.versions.node });
  }, 60_000);

  it('without a share, or with one that does not answer, still makes a pack that says why', async () => {
    const profile = await tempDir();
    const base = { logDir: join(profile, 'logs'), app: { name: 'd', version: '1.0.0', host: 'electron' as const, profilePath: profile }, now: () => NOW };
    const alone = await entries((await buildDiagnosticsPack({ ...base, settings: defaultSettings(DEVICE) })).bytes);
    expect([...alone.keys()].sort()).toEqual(['about.json', 'share-doctor.txt']);
    expect(alone.get('share-doctor.txt')).toContain('no shared folder is set');

    const hanging = { ...nodeShareFs, readFile: () => new Promise<Buffer>(() => undefined), readdir: () => new Promise<string[]>(() => undefined), stat: () => new Promise<never>(() => undefined), lstat: () => new Promise<never>(() => undefined) };
    const settings = { ...defaultSettings(DEVICE), sharePath: '\\\\nas\\quality\\desk' };
    const stuck = await entries((await buildDiagnosticsPack({ ...base, settings, fs: hanging, doctorTimeLimitMs: 50 })).bytes);
    expect(stuck.get('share-doctor.txt')).toContain('did not answer within 0.05 s');
  });
});
