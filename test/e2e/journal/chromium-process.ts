// Debian's chromium started by hand on a persistent profile (--user-data-dir),
// in a process group of its own, and driven over CDP: the crash tests need to
// kill -9 the whole group (browser, renderer, storage service) at a moment of
// their choosing, which Playwright's own launcher does not offer.
import { spawn } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEVTOOLS = /DevTools listening on (ws:\/\/\S+)/;

export interface ChromiumRun {
  page: Page;
  browser: Browser;
  /** kill -9 of chromium's process group (a crash or a power cut, as far as the browser's files go). */
  kill(): Promise<void>;
  /** A normal shutdown (SIGTERM to the group). */
  close(): Promise<void>;
}

export async function launchChromium(userDataDir: string): Promise<ChromiumRun> {
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--no-default-browser-check',
    '--mute-audio',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
    '--window-size=1366,800',
    '--remote-debugging-port=0',
    `--user-data-dir=${userDataDir}`,
    'about:blank',
  ];
  const child = spawn(CHROMIUM, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`chromium did not start:\n${output}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = DEVTOOLS.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`chromium exited with ${code}:\n${output}`));
    });
  });
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* already gone */
    }
    await exited;
  };
  return {
    page,
    browser,
    kill: () => signal('SIGKILL'),
    close: async () => {
      await browser.close().catch(() => undefined);
      await signal('SIGTERM');
    },
  };
}
