/**
 * Installs the application menu (menu-template.ts) and rebuilds it when the
 * language setting changes. Commands go to the focused (or first) window.
 */
import { BrowserWindow, Menu } from 'electron';
import { ipcEvents } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { SettingsStore } from '../services/settings-store';
import { buildMenuTemplate } from './menu-template';

function sendToWindow(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (win && !win.isDestroyed()) win.webContents.send(ipcEvents.menuCommand.name, command);
}

export function installMenu(settingsStore: SettingsStore, isDev: boolean): () => void {
  const apply = (language: 'zh-CN' | 'en') => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ language, isDev, send: sendToWindow })));
  };
  apply(settingsStore.get().language);
  return settingsStore.onChange((next, previous) => {
    if (next.language !== previous.language) apply(next.language);
  });
}
