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
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const win = BrowserWindow.getAllWindows()[0]!;
        const web = win.webContents.getLastWebPreferences();
        return { sandbox: web?.sandbox, contextIsolation: web?.contextIsolation, nodeIntegration: web?.nodeIntegration };
      });
      expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false });
      const info = await window.evaluate(() => (window as unknown as { desktop: { appInfo(): Promise<{ host: string }> } }).desktop.appInfo());
      expect(info.host).toBe('electron');
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
