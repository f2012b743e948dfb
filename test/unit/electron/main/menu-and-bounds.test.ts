import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, menuLabels } from '../../../../electron/main/menu-template';
import { toWindowBounds, visibleBounds } from '../../../../electron/main/window-bounds';
import { MENU_COMMANDS } from '../../../../shared/ipc/contract';
import type { MenuCommand } from '../../../../shared/ipc/contract';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function clickAll(): MenuCommand[] {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ language: 'zh-CN', isDev: false, send: (c) => sent.push(c) });
  for (const item of flatten(template)) (item.click as (() => void) | undefined)?.();
  return sent;
}

describe('application menu', () => {
  it('sends every menu command, each once', () => {
    expect(clickAll().sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('has labels in both languages for the same keys', () => {
    expect(Object.keys(menuLabels('en')).sort()).toEqual(Object.keys(menuLabels('zh-CN')).sort());
    const zh = flatten(buildMenuTemplate({ language: 'zh-CN', isDev: false, send: () => undefined })).map((i) => i.label);
    const en = flatten(buildMenuTemplate({ language: 'en', isDev: false, send: () => undefined })).map((i) => i.label);
    expect(zh).toContain('台账');
    expect(en).toContain('Ledger');
  });

  it('offers reload and devtools only in development', () => {
    const roles = (isDev: boolean) => flatten(buildMenuTemplate({ language: 'en', isDev, send: () => undefined })).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).toEqual(expect.arrayContaining(['copy', 'paste', 'zoomIn', 'zoomOut', 'resetZoom', 'quit']));
  });
});

describe('window bounds', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const secondary = { x: 1920, y: 0, width: 1280, height: 1024 };

  it('restores bounds on a connected display', () => {
    const saved = { x: 2000, y: 100, width: 1000, height: 700, maximized: false };
    expect(visibleBounds(saved, [primary, secondary])).toEqual(saved);
  });

  it('ignores bounds on a display that is gone or with the title bar off-screen', () => {
    expect(visibleBounds({ x: 2000, y: 100, width: 1000, height: 700, maximized: false }, [primary])).toBeNull();
    expect(visibleBounds({ x: 100, y: -200, width: 1000, height: 700, maximized: false }, [primary])).toBeNull();
    expect(visibleBounds({ x: 1900, y: 100, width: 1000, height: 700, maximized: true }, [primary])).toBeNull();
    expect(visibleBounds(null, [primary])).toBeNull();
  });

  it('stores whole numbers within the settings limits', () => {
    expect(toWindowBounds({ x: 10.4, y: 20.6, width: 200, height: 100000 }, true)).toEqual({ x: 10, y: 21, width: 400, height: 20000, maximized: true });
  });
});
