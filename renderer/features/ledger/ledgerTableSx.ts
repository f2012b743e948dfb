/** The look of the ledger table (MUI table style, applied once to plain elements). */
import type { SxProps, Theme } from '@mui/material/styles';
import { LEDGER_ROW_HEIGHT } from './columns';

export const ledgerTableSx: SxProps<Theme> = {
  flex: 1,
  minHeight: 0,
  overflow: 'auto',
  bgcolor: 'background.paper',
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  '& table': { width: '100%', borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontSize: '0.875rem' },
  '& thead th': {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    bgcolor: 'grey.100',
    borderBottom: 1,
    borderColor: 'divider',
    fontWeight: 600,
    px: 1,
    height: 40,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
  },
  '& tbody tr[data-index]': { height: LEDGER_ROW_HEIGHT, cursor: 'pointer' },
  '& tbody tr[data-index]:hover': { bgcolor: 'action.hover' },
  '& tbody tr[data-index]:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
  '& td': {
    px: 1,
    borderBottom: 1,
    borderColor: 'divider',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  '& td:first-of-type': { fontWeight: 600, color: 'primary.dark', fontVariantNumeric: 'tabular-nums' },
  '& td.num': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
};
