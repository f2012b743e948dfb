/** 工作台 card 未结 8D 报告: the 8D reports not closed, each with its case, customer and next due date (overdue in red); each opens its report. */
import { Chip, List, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OpenEightD } from '../../db/eightd-types';
import { useLedgerStore } from '../../state/ledger-store';
import { formatDate, formatDateTime } from '../../ui/dates';
import { useRepositories } from '../../state/session';
import { useNow } from '../../ui/useNow';

function useOpenEightDs(version: unknown): OpenEightD[] {
  const repositories = useRepositories();
  const [items, setItems] = useState<OpenEightD[]>([]);
  useEffect(() => {
    let live = true;
    repositories.eightD.listOpen().then(
      (list) => live && setItems(list),
      (error: unknown) => console.error('Could not list open 8D reports', error),
    );
    return () => {
      live = false;
    };
  }, [repositories, version]);
  return items;
}

export function OpenEightDs() {
  const { t } = useTranslation();
  // Any case written here or merged from another PC changes the ledger rows: read again then.
  const rows = useLedgerStore((s) => s.entries);
  const items = useOpenEightDs(rows);
  const now = useNow(60_000);
  return (
    <Paper component="section" aria-labelledby="wb-eightd" sx={{ p: 2 }} data-testid="wb-eightd">
      <Typography component="h2" variant="h2" id="wb-eightd" sx={{ mb: 1 }}>
        {t('eightD.workbench.title')} <Chip size="small" label={items.length} />
      </Typography>
      {items.length === 0 ? (
        <Typography color="text.secondary">{t('eightD.workbench.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {items.slice(0, 50).map(({ report, caseNumber, customerName, nextDue }) => {
            const overdue = nextDue !== null && Date.parse(nextDue.dueAt) < now;
            return (
              <ListItemButton key={report.id} component={RouterLink} to={`/cases/${report.caseId}/8d/${report.id}`} divider data-testid="wb-eightd-item">
                <ListItemText
                  primary={t('eightD.workbench.item', { number: report.number, caseNumber, customer: customerName })}
                  secondary={
                    <>
                      {overdue && <Chip component="span" size="small" color="error" label={t('lc.deadlines.overdue')} sx={{ mr: 1 }} />}
                      {nextDue ? t('eightD.workbench.nextDue', { kind: t(`lc.deadlines.kinds.${nextDue.kind}`), time: (nextDue.byDay ? formatDate : formatDateTime)(nextDue.dueAt) }) : t('eightD.workbench.noDue')}
                    </>
                  }
                />
              </ListItemButton>
            );
          })}
        </List>
      )}
    </Paper>
  );
}
