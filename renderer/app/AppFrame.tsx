/** The window once a PC is set up: title bar, navigation, the page, the status bar. */
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { AppBar, Box, IconButton, Toolbar, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Repositories } from '../db/types';
import { Notifier } from '../ui/Notifier';
import { CaseScanBox } from '../features/print/CaseScanBox';
import { sessionActions, useSettings } from '../state/session';
import { ReadOnlyBanner } from '../features/sync/ReadOnlyBanner';
import { RebuiltBanner } from '../features/sync/RebuiltBanner';
import { UpdateBanner } from '../features/update/UpdateBanner';
import { AppRoutes } from './AppRoutes';
import { ErrorBoundary } from './ErrorBoundary';
import { NavDrawer } from './NavDrawer';
import { STATUS_BAR_HEIGHT, StatusBar } from './StatusBar';
import { useBackgroundRefresh } from './useBackgroundRefresh';
import { useMenuCommands } from './useMenuCommands';
import { useIdleLock } from './useIdleLock';
import { useOverdueNotifications } from '../features/workbench/useOverdueNotifications';
import { useResponsibilityRule } from '../features/workbench/useResponsibilityRule';

export function AppFrame({ repositories }: { repositories: Repositories }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const settings = useSettings();
  useBackgroundRefresh(repositories);
  useMenuCommands();
  useIdleLock(); // sign-in (issue 16.3): idle time and Ctrl+L lock the screen
  useOverdueNotifications(); // app-wide: a case becomes overdue whatever page is open
  useResponsibilityRule(); // app-wide: responsibility left open too long goes to sales (seed 000 §四.6)
  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <AppBar position="fixed" color="primary" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography component="div" noWrap sx={{ fontWeight: 700, fontSize: '1.0625rem', letterSpacing: '0.02em', flexShrink: 0 }}>
            {t('app.title')}
          </Typography>
          {settings.companyName && (
            <Typography component="div" sx={{ opacity: 0.8, fontSize: '0.875rem' }}>
              {settings.companyName}
            </Typography>
          )}
          <CaseScanBox />
          <Tooltip title={t('signIn.lock')}>
            <IconButton color="inherit" aria-label={t('signIn.lock')} onClick={() => sessionActions.lock()} sx={{ ml: 1 }}>
              <LockOutlinedIcon />
            </IconButton>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <NavDrawer />
        <Box component="main" sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          <Toolbar variant="dense" />
          <ReadOnlyBanner />
          <RebuiltBanner />
          <UpdateBanner />
          <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2.5, display: 'flex', flexDirection: 'column' }}>
            <ErrorBoundary resetKey={pathname}>
              <AppRoutes />
            </ErrorBoundary>
          </Box>
        </Box>
      </Box>
      <StatusBar />
      <Notifier bottomOffset={STATUS_BAR_HEIGHT} />
    </Box>
  );
}
