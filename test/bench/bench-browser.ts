// What the chromium benchmarks share: Debian's chromium with a persistent
// profile on disk (the app's IndexedDB needs its quota), and calls to the
// web host's IPC endpoint as the app's preload makes them.
import { chromium, type BrowserContext } from '@playwright/test';
import type { WriteContext } from '../../renderer/db/types';

/** Chromium on a profile folder, CSP bypassed for the bench's injected scripts. */
export function launchBenchChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    bypassCSP: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A call to the web host's IPC endpoint. */
export async function rpc(base: string, token: string, channel: string, args: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(`rpc/${channel}`, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-desk-token': token },
    body: JSON.stringify(args),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as Record<string, unknown>;
}

/** A desk on the web host set up as station A: the host's base URL and token, the database name and the write context the seed pages use. */
export async function benchDesk(hostUrl: string): Promise<{ base: string; token: string; dbName: string; context: Omit<WriteContext, 'now'> }> {
  const base = hostUrl.split('#')[0]!;
  const token = hostUrl.split('#token=')[1]!;
  const settings = await rpc(base, token, 'settings:update', { stationCode: 'A' });
  const deviceId = settings.deviceId as string;
  return { base, token, dbName: `complaint-desk-${deviceId}`, context: { deviceId, stationCode: 'A', caseNumberPattern: settings.caseNumberPattern as string, user: '基准测试' } };
}
