/** Saved views of the ledger: pick one, save the current filters under a name, delete the picked one. */
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, IconButton, MenuItem, TextField, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerFilters } from '../../state/ledger-filter';
import { MAX_VIEW_NAME, useLedgerViewsStore, ledgerViewsStore, type SavedView } from '../../state/ledger-views-store';

interface Props {
  query: string;
  filters: LedgerFilters;
  onPick: (view: SavedView) => void;
}

export function LedgerViews({ query, filters, onPick }: Props) {
  const { t } = useTranslation();
  const views = useLedgerViewsStore((s) => s.views);
  const [picked, setPicked] = useState('');
  const [name, setName] = useState('');
  const current = views.some((v) => v.name === picked) ? picked : '';

  const save = () => {
    if (ledgerViewsStore.getState().save(name, query, filters)) {
      setPicked(name.trim().slice(0, MAX_VIEW_NAME));
      setName('');
    }
  };

  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <TextField
        size="small"
        fullWidth={false}
        select
        label={t('lc.ledger.views')}
        value={current}
        onChange={(e) => {
          const view = views.find((v) => v.name === e.target.value);
          setPicked(e.target.value);
          if (view) onPick(view);
        }}
        sx={{ minWidth: 180 }}
        slotProps={{ htmlInput: { 'data-testid': 'ledger-view' } }}
      >
        {views.length === 0 && (
          <MenuItem value="" disabled>
            {t('lc.ledger.noViews')}
          </MenuItem>
        )}
        {views.map((v) => (
          <MenuItem key={v.name} value={v.name}>
            {v.name}
          </MenuItem>
        ))}
      </TextField>
      <Tooltip title={t('lc.ledger.deleteView')}>
        <span>
          <IconButton
            size="small"
            aria-label={t('lc.ledger.deleteView')}
            disabled={current === ''}
            onClick={() => {
              ledgerViewsStore.getState().remove(current);
              setPicked('');
            }}
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <TextField
        size="small"
        fullWidth={false}
        label={t('lc.ledger.viewName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
        slotProps={{ htmlInput: { maxLength: MAX_VIEW_NAME } }}
        sx={{ width: 160 }}
      />
      <Button size="small" variant="outlined" onClick={save} disabled={name.trim() === ''}>
        {t('lc.ledger.saveView')}
      </Button>
    </Box>
  );
}
