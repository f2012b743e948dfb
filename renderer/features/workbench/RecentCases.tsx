/** The 10 most recently received cases, each a link to its page. */
import { Alert, Link, List, ListItemButton, ListItemText, Paper, Typography, Box, LinearProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLedgerStore } from '../../state/ledger-store';
import { formatDateTime } from '../../ui/dates';
import { useRecentCases } from './useRecentCases';

export function RecentCases() {
  const { t } = useTranslation();
  const version = useLedgerStore((s) => s.entries);
  const recent = useRecentCases(10, version);
  return (
    <Paper component="section" aria-labelledby="recent-cases-title" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', mb: 1 }}>
        <Typography component="h2" variant="h2" id="recent-cases-title" sx={{ flex: 1 }}>
          {t('workbench.recent')}
        </Typography>
        <Link component={RouterLink} to="/ledger">
          {t('workbench.openLedger')}
        </Link>
      </Box>
      {recent === null && <LinearProgress />}
      {recent?.length === 0 && <Alert severity="info">{t('workbench.noCases')}</Alert>}
      {recent && recent.length > 0 && (
        <List dense disablePadding>
          {recent.map((row) => (
            <ListItemButton key={row.id} component={RouterLink} to={`/cases/${row.id}`} divider data-testid="recent-case">
              <ListItemText
                primary={
                  <>
                    <Box component="span" sx={{ fontWeight: 600, color: 'primary.dark', mr: 1.5, fontVariantNumeric: 'tabular-nums' }}>
                      {row.caseNumber}
                    </Box>
                    {row.customerName}
                    <Box component="span" sx={{ color: 'text.secondary', mx: 1 }}>
                      ·
                    </Box>
                    {row.productModel}
                  </>
                }
                secondary={formatDateTime(row.receivedAt)}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </Paper>
  );
}
