/**
 * The diagnostics pack for IT (导出诊断包, issue 20.4): one zip with this
 * PC's log files (log-file.ts, already redacted), the share doctor's report
 * on the share this PC uses (sync/share-doctor.ts; read-only, with a time
 * limit so a hanging share still gives a pack), and about.json: app, host,
 * OS and runtime versions, device id, station code, profile and share
 * paths. Made in memory; the renderer saves it through the document save
 * path (Electron's save dialog, the web host's download).
 */
import { readFile } from 'node:fs/promises';
import { arch, release, type } from 'node:os';
import { join } from 'node:path';
import { packZip, type ZipEntry } from '../../../shared/archive/zip';
import type { Settings } from '../../../shared/domain/settings';
import { diagnoseShare } from '../sync/share-doctor';
import type { ShareFs } from '../sync/share-fs';
import { logFileNames } from './log-file';

export const DOCTOR_TIME_LIMIT_MS = 60_000;

export interface DiagnosticsPackOptions {
  logDir: string;
  settings: Settings;
  app: { name: string; version: string; host: 'electron' | 'web'; profilePath: string };
  now: () => number;
  /** For tests: the share's file system and the doctor's time limit. */
  fs?: ShareFs;
  doctorTimeLimitMs?: number;
}

export interface DiagnosticsPack {
  fileName: string;
  bytes: Buffer;
}

async function doctorEntry(options: DiagnosticsPackOptions): Promise<{ name: string; text: string }> {
  const sharePath = options.settings.sharePath;
  if (!sharePath) return { name: 'share-doctor.txt', text: 'This PC works alone: no shared folder is set.\n' };
  let timer: NodeJS.Timeout | undefined;
  const limit = options.doctorTimeLimitMs ?? DOCTOR_TIME_LIMIT_MS;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the share did not answer within ${limit / 1000} s`)), limit);
  });
  try {
    const report = await Promise.race([diagnoseShare(sharePath, { now: options.now(), ...(options.fs ? { fs: options.fs } : {}) }), timeout]);
    return { name: 'share-doctor.json', text: `${JSON.stringify(report, null, 2)}\n` };
  } catch (error) {
    return { name: 'share-doctor.txt', text: `The share doctor could not read ${sharePath}: ${error instanceof Error ? error.message : String(error)}\n` };
  } finally {
    clearTimeout(timer);
  }
}

function aboutEntry(options: DiagnosticsPackOptions): string {
  const { settings, app } = options;
  const about = {
    createdAt: new Date(options.now()).toISOString(),
    app: { name: app.name, version: app.version, host: app.host },
    os: { type: type(), release: release(), platform: process.platform, arch: arch() },
    runtime: { node: process.versions.node, electron: process.versions.electron ?? null, chrome: process.versions.chrome ?? null },
    pc: { deviceId: settings.deviceId, stationCode: settings.stationCode, profilePath: app.profilePath, sharePath: settings.sharePath },
  };
  return `${JSON.stringify(about, null, 2)}\n`;
}

/** 诊断包-<station>-<yyyymmdd-hhmm>.zip (UTC). */
function packName(settings: Settings, now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `diagnostics-${settings.stationCode || 'pc'}-${stamp}.zip`;
}

export async function buildDiagnosticsPack(options: DiagnosticsPackOptions): Promise<DiagnosticsPack> {
  const entries: ZipEntry[] = [];
  for (const name of logFileNames()) {
    try {
      entries.push({ path: `logs/${name}`, data: await readFile(join(options.logDir, name)) });
    } catch {
      // not rotated that far yet
    }
  }
  const doctor = await doctorEntry(options);
  entries.push({ path: doctor.name, data: doctor.text }, { path: 'about.json', data: aboutEntry(options) });
  const bytes = Buffer.from(await packZip(entries, new Date(options.now())));
  return { fileName: packName(options.settings, options.now()), bytes };
}
