/**
 * 工作台 card 责任判定即将逾期 (issue 19.4): cases in the responsibility step
 * whose rule reminder has started (or whose deadline has passed and the rule
 * is about to apply), soonest first, each opening its case. From the ledger
 * rows, so it follows every write and merge.
 */
import { List, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { responsibilityRuleStatus, ruleFactsOfRow } from '../../../shared/domain/lifecycle/responsibility-rule';
import { useLedgerStore } from '../../state/ledger-store';
import { formatDateTime } from '../../ui/dates';
import { useNow } from '../../ui/useNow';

export function ResponsibilityRuleDue() {
  const { t } = useTranslation();
  const entries = useLedgerStore((s) => s.entries);
  const now = useNow(60_000);
  const warned = useMemo(
    () =>
      entries
        .map((e) => ({ row: e.row, status: responsibilityRuleStatus(ruleFactsOfRow(e.row), now) }))
        .filter((x) => x.status.stage === 'warned' || x.status.stage === 'due')
        .sort((a, b) => (a.status.dueAt! < b.status.dueAt! ? -1 : a.status.dueAt! > b.status.dueAt! ? 1 : a.row.caseNumber < b.row.caseNumber ? -1 : 1)),
    [entries, now],
  );
  if (warned.length === 0) return null;
  return (
    <Paper component="section" aria-labelledby="wb-responsibility-rule" sx={{ p: 2 }} data-testid="wb-responsibility-rule">
      <Typography component="h2" variant="h2" id="wb-responsibility-rule" sx={{ mb: 1 }}>
        {t('workbench.responsibilityRule.title')}
      </Typography>
      <List dense disablePadding>
        {warned.slice(0, 50).map(({ row, status }) => (
          <ListItemButton key={row.id} component={RouterLink} to={`/cases/${row.id}`} divider data-testid="wb-responsibility-rule-case">
            <ListItemText
              primary={`${row.caseNumber} · ${row.customerName} · ${row.productModel}`}
              secondary={t(status.stage === 'due' ? 'workbench.responsibilityRule.overdue' : 'workbench.responsibilityRule.due', { due: formatDateTime(status.dueAt!), percent: status.remainderTenths / 10 })}
              slotProps={{ secondary: { color: status.stage === 'due' ? 'error' : 'warning.main' } }}
            />
          </ListItemButton>
        ))}
      </List>
    </Paper>
  );
}
