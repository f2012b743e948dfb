/** Application-menu commands (Electron) → navigation and language switches. */
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { MenuCommand } from '../../shared/ipc/contract';
import { switchLanguage } from '../ui/this-pc/switchLanguage';
import { getDesktopApi } from '../platform';

const ROUTES: Partial<Record<MenuCommand, string>> = {
  workbench: '/',
  ledger: '/ledger',
  newCase: '/cases/new',
  settings: '/settings',
  about: '/settings',
};

export function useMenuCommands(): void {
  const navigate = useNavigate();
  useEffect(
    () =>
      getDesktopApi().onMenuCommand((command) => {
        if (command === 'language:zh-CN' || command === 'language:en') {
          switchLanguage(command === 'language:en' ? 'en' : 'zh-CN').catch((error: unknown) => console.error('Could not switch language', error));
          return;
        }
        const to = ROUTES[command];
        if (to) void navigate(to);
      }),
    [navigate],
  );
}
