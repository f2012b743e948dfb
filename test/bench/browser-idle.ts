// Waits until the browser's processes are idle: after seeding 100,000 cases
// Chromium's storage (LevelDB) compacts for a while in the background, and a
// clerk's PC is not in that state — its cases came in over years. Linux only
// (reads /proc); elsewhere it returns at once.
import { readdir, readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by every process whose command line mentions `marker` (the profile folder). */
async function cpuSecondsOf(marker: string): Promise<number> {
  let ticks = 0;
  for (const pid of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(marker)) continue;
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/**
 * Resolves once the processes started with `marker` in their command line
 * used under `maxShare` of one core over a `windowMs` window, or after
 * `timeoutMs`. Returns the seconds waited and whether it settled.
 */
export async function waitForIdleBrowser(marker: string, { windowMs = 5000, maxShare = 0.1, timeoutMs = 300_000 } = {}): Promise<{ waitedSeconds: number; settled: boolean }> {
  const started = Date.now();
  if (process.platform !== 'linux') return { waitedSeconds: 0, settled: false };
  let before = await cpuSecondsOf(marker);
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = await cpuSecondsOf(marker);
    const share = (now - before) / (windowMs / 1000);
    before = now;
    if (share < maxShare) return { waitedSeconds: Math.round((Date.now() - started) / 1000), settled: true };
  }
  return { waitedSeconds: Math.round((Date.now() - started) / 1000), settled: false };
}
