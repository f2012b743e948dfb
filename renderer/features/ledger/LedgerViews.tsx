/** Saved views of the ledger: pick one, save the current filters under a name, delete the picked one. */
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, IconButton, MenuItem, TextField, Tooltip } from '@mui/material';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerStore } from '../../state/ledger-store';
import { MAX_VIEW_NAME, useLedgerViewsStore, ledgerViewsStore, type SavedView } from '../../state/ledger-views-store';

/** Puts a saved view's search and filters into the ledger. */
function pick(view: SavedView): void {
  ledgerStore.getState().setQuery(view.query);
  ledgerStore.getState().replaceFilters(view.filters);
}

/** Reads the ledger's search and filters only when saving: typing in the search box does not redraw it. */
export const LedgerViews = memo(function LedgerViews() {
  const { t } = useTranslation();
  const views = useLedgerViewsStore((s) => s.views);
  const [picked, setPicked] = useState('');
  const [name, setName] = useState('');
  const current = views.some((v) => v.name === picked) ? picked : '';

  const save = () => {
    const { query, filters } = ledgerStore.getState();
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
          if (view) pick(view);
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
});
