// Electron smoke test: the packaged main process starts, opens one secure
// window with the renderer and answers IPC. Runs wherever the Electron binary
// exists (Windows dev PCs, CI with a cache); here it is skipped, loudly.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
if (!binary) {
  console.warn(
    '\n*** SKIPPED: Electron smoke spec — no Electron binary on this machine (it is fetched on first run from a host this network cannot reach). ' +
      'Run `npx install-electron` where the network allows, then `npm run build && npx playwright test --project electron`. ***\n',
  );
}

test.describe('Electron shell', () => {
  test.skip(!binary, 'SKIPPED: no Electron binary on this machine (cannot be downloaded here)');

  test('starts with a secure window, the renderer and working IPC', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'desk-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: ['.', `--user-data-dir=${userData}`] });
    try {
      const window = await app.firstWindow();
      await expect(window).toHaveTitle(/客诉退货台/);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      // No Node in the page: sandboxed, isolated, without node integration.
      expect(await window.evaluate(() => [typeof (globalThis as { process?: unknown }).process, typeof (globalThis as { require?: unknown }).require])).toEqual(['undefined', 'undefined']);
      const exposed = await window.evaluate(() => Object.entries((window as unknown as { desktop: Record<string, unknown> }).desktop).map(([k, v]) => `${k}:${typeof v}`));
      expect(exposed.every((entry) => entry.endsWith(':function'))).toBe(true);
      expect(exposed.join(',')).not.toMatch(/ipcRenderer|invoke:|send:/);
      const info = await window.evaluate(() => (window as unknown as { desktop: { appInfo(): Promise<{ host: string }> } }).desktop.appInfo());
      expect(info.host).toBe('electron');
      // Served from the privileged app:// scheme with the strict CSP, never from file://.
      expect(window.url()).toMatch(/^app:\/\/desk\/index\.html/);
      const served = await window.evaluate(async () => {
        const response = await fetch('app://desk/index.html');
        return { csp: response.headers.get('content-security-policy'), outside: (await fetch('app://desk/../package.json')).status };
      });
      expect(served.csp).toContain("default-src 'none'");
      expect(served.outside).toBe(404);
      // The print windows' session refuses every request but data:.
      const printSession = await app.evaluate(async ({ session }) => {
        const ses = session.fromPartition('print-forms', { cache: false });
        const attempts: Record<string, string> = {};
        for (const url of ['http://127.0.0.1:9/x.png', 'file:///etc/hosts', 'data:text/plain,ok']) {
          try {
            attempts[url] = String((await ses.fetch(url)).status);
          } catch (error) {
            attempts[url] = `refused: ${String(error).slice(0, 40)}`;
          }
        }
        return attempts;
      });
      expect(printSession['data:text/plain,ok']).toBe('200');
      expect(printSession['http://127.0.0.1:9/x.png']).toMatch(/^refused/);
      expect(printSession['file:///etc/hosts']).toMatch(/^refused/);
    } finally {
      await app.close();
    }
  });
});
