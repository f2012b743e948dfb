import AddCircleOutlinedIcon from '@mui/icons-material/AddCircleOutlined';
import BarChartOutlinedIcon from '@mui/icons-material/BarChartOutlined';
import DashboardOutlinedIcon from '@mui/icons-material/DashboardOutlined';
import MenuBookOutlinedIcon from '@mui/icons-material/MenuBookOutlined';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import TableRowsOutlinedIcon from '@mui/icons-material/TableRowsOutlined';
import type { SvgIconComponent } from '@mui/icons-material';

export interface NavItem {
  to: string;
  labelKey: 'nav.workbench' | 'nav.ledger' | 'nav.newCase' | 'nav.statistics' | 'nav.masterData' | 'nav.settings';
  icon: SvgIconComponent;
  /** Only this exact path marks the item active. */
  end?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.workbench', icon: DashboardOutlinedIcon, end: true },
  { to: '/ledger', labelKey: 'nav.ledger', icon: TableRowsOutlinedIcon },
  { to: '/cases/new', labelKey: 'nav.newCase', icon: AddCircleOutlinedIcon, end: true },
  { to: '/statistics', labelKey: 'nav.statistics', icon: BarChartOutlinedIcon },
  { to: '/master-data', labelKey: 'nav.masterData', icon: MenuBookOutlinedIcon },
  { to: '/settings', labelKey: 'nav.settings', icon: SettingsOutlinedIcon },
];
