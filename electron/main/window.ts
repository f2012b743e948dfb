/**
 * The main window: one BrowserWindow with locked-down web preferences, loading
 * the built renderer from disk. Its bounds are remembered in settings
 * (debounced while moving/resizing, written once more on close) and restored
 * only when they are still on a connected display.
 */
import { BrowserWindow, screen } from 'electron';
import type { SettingsStore } from '../services/settings-store';
import { APP_NAME } from '../services/handlers';
import { DEFAULT_SIZE, MIN_SIZE, toWindowBounds, visibleBounds } from './window-bounds';
import { mainLog } from './main-log';

export interface MainWindowOptions {
  settingsStore: SettingsStore;
  preloadPath: string;
  /** app://desk/index.html (app-protocol.ts). */
  rendererUrl: string;
  iconPath?: string;
  isDev: boolean;
}

const SAVE_DELAY_MS = 500;
const CLOSE_SAVE_TIMEOUT_MS = 2000;

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = visibleBounds(
    options.settingsStore.get().windowBounds,
    screen.getAllDisplays().map((display) => display.workArea),
  );

  const win = new BrowserWindow({
    title: APP_NAME,
    show: false,
    width: saved?.width ?? DEFAULT_SIZE.width,
    height: saved?.height ?? DEFAULT_SIZE.height,
    ...(saved ? { x: saved.x, y: saved.y } : { center: true }),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click on a link would open a new window (refused anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      devTools: options.isDev,
    },
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let timer: NodeJS.Timeout | undefined;
  const saveBounds = async (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    try {
      await options.settingsStore.update({ windowBounds: toWindowBounds(win.getNormalBounds(), win.isMaximized()) });
    } catch (error) {
      mainLog.error('window: could not save the window bounds', error);
    }
  };
  const scheduleSave = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveBounds(), SAVE_DELAY_MS);
  };
  win.on('move', scheduleSave);
  win.on('resize', scheduleSave);
  win.on('maximize', scheduleSave);
  win.on('unmaximize', scheduleSave);

  let closing = false;
  win.on('close', (event) => {
    if (closing) return;
    // Keep the window until its bounds are written, but never hang on a slow disk.
    event.preventDefault();
    closing = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_SAVE_TIMEOUT_MS));
    void Promise.race([saveBounds(), timeout]).finally(() => {
      if (!win.isDestroyed()) win.destroy();
    });
  });

  void win.loadURL(options.rendererUrl).catch((error: unknown) => mainLog.error('window: could not load the renderer', error));
  return win;
}
