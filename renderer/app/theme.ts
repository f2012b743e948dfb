/**
 * The MUI theme: calm, high-contrast, dense enough for a desktop ledger, with
 * Chinese system fonts first. The MUI component locale follows the UI language.
 */
import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { Language } from '../../shared/domain/settings';

export const FONT_STACK = ['"Microsoft YaHei"', '"PingFang SC"', '"Noto Sans CJK SC"', '"Noto Sans SC"', 'SimSun', 'sans-serif'].join(', ');

export function createDeskTheme(language: Language): Theme {
  return createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: '#1f5a85', dark: '#153f5e', light: '#4f83a9', contrastText: '#ffffff' },
        secondary: { main: '#51707a' },
        background: { default: '#f3f5f7', paper: '#ffffff' },
        text: { primary: '#1d2731', secondary: '#52606d' },
        divider: '#d8dee4',
      },
      shape: { borderRadius: 6 },
      typography: {
        fontFamily: FONT_STACK,
        fontSize: 14,
        h1: { fontSize: '1.5rem', fontWeight: 600 },
        h2: { fontSize: '1.125rem', fontWeight: 600 },
        h3: { fontSize: '1rem', fontWeight: 600 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
        MuiTooltip: { defaultProps: { arrow: true } },
        MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
      },
    },
    language === 'en' ? enUS : zhCN,
  );
}
