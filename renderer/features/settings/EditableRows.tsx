/**
 * A list of setting rows the clerk adds to and removes from (authority
 * matrix, working periods, holidays): each row's fields come from
 * `renderRow`, followed by a remove button; an add button (and any extra
 * controls) below. Presentational: the owner keeps the rows.
 */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Box, Button, IconButton } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface EditableRowsProps<R> {
  rows: readonly R[];
  onChange: (rows: R[]) => void;
  /** The fields of row `i`; `set` replaces that row. */
  renderRow: (row: R, set: (row: R) => void, i: number) => ReactNode;
  newRow: () => R;
  addLabel: string;
  minRows?: number;
  maxRows: number;
  /** A message about the list as a whole, shown above the rows. */
  error?: string | undefined;
  /** Controls next to the add button (e.g. the role above the last amount). */
  footer?: ReactNode;
}

export function EditableRows<R>({ rows, onChange, renderRow, newRow, addLabel, minRows = 0, maxRows, error, footer }: EditableRowsProps<R>) {
  const { t } = useTranslation();
  return (
    <>
      {error && <Alert severity="error">{error}</Alert>}
      {rows.map((row, i) => (
        <Box key={i} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          {renderRow(row, (next) => onChange(rows.map((r, j) => (j === i ? next : r))), i)}
          <IconButton aria-label={t('lc.settings.removeRow')} disabled={rows.length <= minRows} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Box>
      ))}
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <Button size="small" startIcon={<AddIcon />} disabled={rows.length >= maxRows} onClick={() => onChange([...rows, newRow()])}>
          {addLabel}
        </Button>
        {footer}
      </Box>
    </>
  );
}
