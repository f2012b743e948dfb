/** 工作台 card 未验证的签名 (issue 16.5): the cases with signatures this PC could not verify, each opening its case; a calm line when none. */
import { Chip, List, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { UnverifiedCase } from '../../db';
import { useRepositories } from '../../state/session';
import { useTableChanges } from '../../ui/useRecordChanges';

function useUnverifiedCases(): UnverifiedCase[] {
  const repositories = useRepositories();
  const [items, setItems] = useState<UnverifiedCase[]>([]);
  const load = useCallback(() => {
    repositories.signatureChecks.unverifiedCases().then(setItems, (error: unknown) => console.error('Could not list unverified signatures', error));
  }, [repositories]);
  useEffect(load, [load]);
  // The local table of unverified signatures changes after merges and signing; cases after a rename or delete.
  useTableChanges(['unverifiedSignatures', 'cases'], load);
  return items;
}

export function UnverifiedSignatures() {
  const { t } = useTranslation();
  const items = useUnverifiedCases();
  return (
    <Paper component="section" aria-labelledby="wb-signatures" sx={{ p: 2 }} data-testid="wb-signatures">
      <Typography component="h2" variant="h2" id="wb-signatures" sx={{ mb: 1 }}>
        {t('signatures.workbench.title')} {items.length > 0 && <Chip size="small" color="warning" label={items.length} />}
      </Typography>
      {items.length === 0 ? (
        <Typography color="text.secondary">{t('signatures.workbench.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {items.slice(0, 50).map((c) => (
            <ListItemButton key={c.caseId} component={RouterLink} to={`/cases/${c.caseId}`} divider data-testid="wb-signatures-item">
              <ListItemText
                primary={t('signatures.workbench.item', { caseNumber: c.caseNumber, customer: c.customerName })}
                secondary={`${t('signatures.workbench.count', { count: c.count })} — ${c.reasons.map((r) => t(`signatures.reasons.${r}`)).join(' ')}`}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </Paper>
  );
}
