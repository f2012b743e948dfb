/** 台账: every case, searchable and sortable, one click from its case page. */
import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import { useCallback, useEffect } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ledgerStore, useLedgerStore } from '../../state/ledger-store';
import { LedgerCount } from './LedgerCount';
import { LedgerExportButton } from './LedgerExportButton';
import { LedgerImportButton } from './import/LedgerImportDialog';
import { LedgerFilterBar } from './LedgerFilterBar';
import { LedgerViews } from './LedgerViews';
import { EMPTY_FILTERS, type LedgerFilters } from '../../state/ledger-filter';
import type { LedgerColumnKey } from './columns';
import { LedgerSearch } from './LedgerSearch';
import { LedgerTable } from './LedgerTable';
import { useRepeatIndex } from '../../ui/useRepeatIndex';

// Stable handlers (the store is a module singleton), so the memoised filter bar and table are not redrawn by each keystroke.
const setQuery = (query: string) => ledgerStore.getState().setQuery(query);
const setFilters = (patch: Partial<LedgerFilters>) => ledgerStore.getState().setFilters(patch);
const clearFilters = () => ledgerStore.getState().replaceFilters(EMPTY_FILTERS);
const setSort = (key: LedgerColumnKey) => ledgerStore.getState().setSort(key);

export function LedgerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openCase = useCallback((id: string) => void navigate(`/cases/${id}`), [navigate]);
  const total = useLedgerStore((s) => s.entries.length);
  const rows = useLedgerStore((s) => s.matched);
  const query = useLedgerStore((s) => s.query);
  const filters = useLedgerStore((s) => s.filters);
  const sort = useLedgerStore((s) => s.sort);
  const status = useLedgerStore((s) => s.status);
  const error = useLedgerStore((s) => s.error);
  const repeats = useRepeatIndex();
  // The office changed the repeat window: "repeats only" matches again (rows and master-data changes re-match on their own).
  useEffect(() => {
    if (ledgerStore.getState().filters.repeatOnly) setFilters({});
  }, [repeats.windowDays]);
  const loading = status === 'loading' || status === 'partial' || status === 'idle';

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1" component="h1" sx={{ mr: 2 }}>
          {t('ledger.title')}
        </Typography>
        <LedgerSearch value={query} onChange={setQuery} />
        <LedgerViews />
        <Box sx={{ ml: 'auto', display: 'flex', alignItems: 'center', gap: 2 }}>
          <LedgerCount shown={rows.length} total={total} />
          <LedgerImportButton />
          <LedgerExportButton disabled={status !== 'complete'} />
          {/* Archived cases (issue 20.6) are no longer in the ledger: they are searched in their archive files. */}
          <Button component={RouterLink} to="/archive" data-testid="ledger-archive">
            {t('archive.title')}
          </Button>
        </Box>
      </Box>
      <LedgerFilterBar filters={filters} onChange={setFilters} onClear={clearFilters} />
      {loading && <LinearProgress aria-label={t('ledger.loading')} />}
      {status === 'error' && <Alert severity="error">{t('errors.generic', { message: error ?? '' })}</Alert>}
      {status === 'complete' && total === 0 && <Alert severity="info">{t('ledger.empty')}</Alert>}
      {total > 0 && rows.length === 0 && <Alert severity="info">{t('ledger.noMatch')}</Alert>}
      <LedgerTable rows={rows} sort={sort} onSort={setSort} onOpen={openCase} repeats={repeats} />
    </Box>
  );
}
