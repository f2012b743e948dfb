/** The left navigation: 工作台 / 台账 / 新建投诉 / 设置, as links. */
import { Drawer, List, ListItemButton, ListItemIcon, ListItemText, Toolbar } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, matchPath } from 'react-router';
import { NAV_ITEMS } from './navItems';

export const DRAWER_WIDTH = 200;

export function NavDrawer() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Drawer
      variant="permanent"
      sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box', bgcolor: '#f9fafb' } }}
    >
      <Toolbar variant="dense" />
      <nav aria-label={t('nav.label')}>
        <List>
          {NAV_ITEMS.map((item) => {
            const active = matchPath({ path: item.to, end: item.end ?? false }, pathname) !== null;
            const Icon = item.icon;
            return (
              <ListItemButton
                key={item.to}
                component={NavLink}
                to={item.to}
                end={item.end}
                selected={active}
                aria-current={active ? 'page' : undefined}
                sx={{ mx: 1, borderRadius: 1, mb: 0.5, '&.Mui-selected': { bgcolor: 'rgba(31, 90, 133, 0.12)', color: 'primary.dark' } }}
              >
                <ListItemIcon sx={{ minWidth: 36, color: active ? 'primary.main' : undefined }}>
                  <Icon fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={t(item.labelKey)} slotProps={{ primary: { sx: { fontWeight: active ? 600 : 400 } } }} />
              </ListItemButton>
            );
          })}
        </List>
      </nav>
    </Drawer>
  );
}
