/**
 * Electron main process: app lifecycle only. One instance per PC (a second
 * start focuses the existing window), the settings store and the handler
 * table from electron/services, IPC through ipc/register.ts, security
 * handlers for every web contents, the menu, and the updater.
 */
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { ipcEvents } from '../../shared/ipc/contract';
import { createDispatcher } from '../services/dispatcher';
import { createHandlers } from '../services/handlers';
import { createElectronPdfEngine, createElectronPrintHost, printFormsSession } from './print/electron-print';
import { openSettingsStore } from '../services/settings-store';
import { createFileLogger, LOG_DIR } from '../services/diagnostics/log-file';
import { consoleLogger } from '../services/errors';
import { mainLog, setMainLog } from './main-log';
import { registerIpc } from './ipc/register';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { createSenderCheck, RENDERER_INDEX_URL } from './ipc/trust';
import { installMenu } from './menu';
import { hardenSession, hardenWebContents } from './security';
import { startUpdates } from './update/updater';
import { createMainWindow } from './window';

const APP_USER_MODEL_ID = 'com.qualitydesk.complaintreturn';

function focus(win: BrowserWindow | undefined): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

async function main(): Promise<void> {
  const isDev = !app.isPackaged;
  const root = app.getAppPath();
  const rendererDir = join(root, 'dist', 'renderer');
  const preloadPath = join(root, 'dist', 'electron', 'preload', 'index.cjs');
  const iconPath = join(root, 'resources', 'icon.png');

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, RENDERER_INDEX_URL));

  registerAppScheme();
  await app.whenReady();
  await serveAppScheme(rendererDir);
  printFormsSession();
  hardenSession(session.defaultSession);

  const profilePath = app.getPath('userData');
  const now = () => Date.now(); // the main process's one clock
  // Errors, sync rounds, prints and updates go to the console and to this PC's rotating log (<profile>/logs).
  const logger = createFileLogger({ dir: join(profilePath, LOG_DIR), now, console: consoleLogger });
  setMainLog(logger);
  const settingsStore = await openSettingsStore({ profilePath, logger, now });
  const windows = new Set<BrowserWindow>();
  const updates = startUpdates({
    isPackaged: app.isPackaged,
    appPath: root,
    profilePath,
    settingsStore,
    now,
    logger,
    send: (status) => {
      for (const win of windows) if (!win.isDestroyed()) win.webContents.send(ipcEvents.updateStatus.name, status);
    },
  });
  const handlers = createHandlers({
    profilePath,
    host: 'electron',
    version: app.getVersion(),
    settingsStore,
    now,
    logger,
    ...(updates ? { updates } : {}),
    openExternal: (url) => shell.openExternal(url),
    // Only attachments whose content is viewable reach openPath (electron/services/files/attachment-opener.ts).
    openPath: (path) => shell.openPath(path),
    showItemInFolder: (path) => shell.showItemInFolder(path),
    chooseSavePath: async (request) => {
      const parent = BrowserWindow.getFocusedWindow() ?? [...windows][0];
      const result = parent ? await dialog.showSaveDialog(parent, request) : await dialog.showSaveDialog(request);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    print: { engine: createElectronPdfEngine(), host: createElectronPrintHost(() => BrowserWindow.getFocusedWindow() ?? [...windows][0] ?? null) },
  });
  registerIpc(
    ipcMain,
    createDispatcher(handlers, logger),
    createSenderCheck({
      rendererIndexUrl: RENDERER_INDEX_URL,
      isOurWebContents: (sender) => {
        const win = BrowserWindow.getAllWindows().find((w) => !w.isDestroyed() && w.webContents === sender);
        return win !== undefined && windows.has(win);
      },
    }),
  );
  installMenu(settingsStore, isDev);

  const openWindow = () => {
    const win = createMainWindow({ settingsStore, preloadPath, rendererUrl: RENDERER_INDEX_URL, iconPath, isDev });
    windows.add(win);
    win.on('closed', () => windows.delete(win));
    return win;
  };
  openWindow();

  app.on('second-instance', () => focus([...windows][0] ?? openWindow()));
  app.on('activate', () => {
    if (windows.size === 0) openWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  app.on('window-all-closed', () => app.quit());
  main().catch((error: unknown) => {
    mainLog.error('main: start-up failed', error);
    app.exit(1);
  });
}
