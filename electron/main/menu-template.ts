/**
 * The application menu as data, in 简体中文 and English: app commands are
 * sent to the renderer as ipcEvents.menuCommand; the rest are Electron roles.
 * Reload and DevTools exist only in development. Pure (type-only electron
 * import) so the labels and commands can be tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { Language } from '../../shared/domain/settings';

const LABELS = {
  'zh-CN': {
    file: '文件(&F)',
    newCase: '新建客诉(&N)',
    settings: '设置(&S)…',
    quit: '退出(&X)',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图(&V)',
    workbench: '工作台',
    ledger: '台账',
    reload: '重新加载',
    devTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullscreen: '全屏',
    language: '语言 / Language',
    help: '帮助(&H)',
    about: '关于客诉退货台',
  },
  en: {
    file: '&File',
    newCase: '&New complaint',
    settings: '&Settings…',
    quit: 'E&xit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: '&View',
    workbench: 'Workbench',
    ledger: 'Ledger',
    reload: 'Reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullscreen: 'Full screen',
    language: 'Language / 语言',
    help: '&Help',
    about: 'About Complaint & Return Desk',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MenuLabels = (typeof LABELS)[Language];

export function menuLabels(language: Language): MenuLabels {
  return LABELS[language];
}

export interface MenuTemplateOptions {
  language: Language;
  isDev: boolean;
  send: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ language, isDev, send }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const t = LABELS[language];
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  return [
    {
      label: t.file,
      submenu: [command(t.newCase, 'newCase', 'CmdOrCtrl+N'), command(t.settings, 'settings', 'CmdOrCtrl+,'), { type: 'separator' }, { role: 'quit', label: t.quit }],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        command(t.workbench, 'workbench', 'CmdOrCtrl+1'),
        command(t.ledger, 'ledger', 'CmdOrCtrl+2'),
        { type: 'separator' },
        ...(isDev
          ? ([{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, { type: 'separator' }] as MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullscreen },
        { type: 'separator' },
        {
          label: t.language,
          submenu: [
            { label: '简体中文', type: 'radio', checked: language === 'zh-CN', click: () => send('language:zh-CN') },
            { label: 'English', type: 'radio', checked: language === 'en', click: () => send('language:en') },
          ],
        },
      ],
    },
    { label: t.help, submenu: [command(t.about, 'about')] },
  ];
}
