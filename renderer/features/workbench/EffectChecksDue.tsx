/**
 * 工作台 card 效果确认 (issue 19.5): closed cases whose effect check is due
 * within two weeks or overdue and not done yet, soonest first, each opening
 * its case (the check is recorded there). From the ledger rows' projections,
 * so it follows every write and merge with the ledger.
 */
import { Chip, List, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { factoryDate } from '../../../shared/domain/factory-calendar';
import { useLedgerStore } from '../../state/ledger-store';
import { useNow } from '../../ui/useNow';

/** Listed this many days before they are due. */
const AHEAD_DAYS = 14;

export function EffectChecksDue() {
  const { t } = useTranslation();
  const entries = useLedgerStore((s) => s.entries);
  const now = useNow(60 * 60_000);
  const today = factoryDate(now);
  const horizon = factoryDate(now + AHEAD_DAYS * 86_400_000);
  const due = useMemo(
    () =>
      entries
        .map((e) => e.row)
        .filter((r): r is typeof r & { effectCheckDueDate: string } => r.effectCheckDueDate !== undefined && r.effectCheckDueDate <= horizon)
        .sort((a, b) => (a.effectCheckDueDate < b.effectCheckDueDate ? -1 : a.effectCheckDueDate > b.effectCheckDueDate ? 1 : a.caseNumber < b.caseNumber ? -1 : 1)),
    [entries, horizon],
  );
  const overdue = due.filter((r) => r.effectCheckDueDate < today).length;
  return (
    <Paper component="section" aria-labelledby="wb-effect-checks" sx={{ p: 2 }} data-testid="wb-effect-checks">
      <Typography component="h2" variant="h2" id="wb-effect-checks" sx={{ mb: 1 }}>
        {t('workbench.effectChecks.title')} {overdue > 0 && <Chip size="small" color="error" label={t('workbench.effectChecks.overdue', { count: overdue })} />}
      </Typography>
      {due.length === 0 ? (
        <Typography color="text.secondary">{t('workbench.effectChecks.none', { days: AHEAD_DAYS })}</Typography>
      ) : (
        <List dense disablePadding>
          {due.slice(0, 50).map((r) => (
            <ListItemButton key={r.id} component={RouterLink} to={`/cases/${r.id}`} divider data-testid="wb-effect-check">
              <ListItemText
                primary={`${r.caseNumber} · ${r.customerName} · ${r.productModel}`}
                secondary={t(r.effectCheckDueDate < today ? 'workbench.effectChecks.wasDue' : 'workbench.effectChecks.due', { date: r.effectCheckDueDate })}
                slotProps={{ secondary: { color: r.effectCheckDueDate < today ? 'error' : 'text.secondary' } }}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </Paper>
  );
}
