/**
 * The differences an import leaves to the clerk (re-opened in the 台账, another
 * closing day, other responsible departments): in the dry run as a list, and
 * after the import with each case a link, so the clerk goes straight to it.
 */
import { Box, List, ListItem, ListItemButton, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ImportPlan } from '../../../../shared/workbook/ledger-import/plan';

type NotWritten = NonNullable<ImportPlan['notWritten']>[number];

const FIELD_TEXTS = new Set(['state', 'closedDate', 'responsibleDepartments']);

export function NotWrittenList({ items, linked }: { items: readonly NotWritten[]; linked: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const text = (n: NotWritten) =>
    t('ledgerImport.wizard.notWritten', {
      caseNumber: n.caseNumber,
      sheet: n.source.sheet,
      row: n.source.rows[0] ?? '',
      what: n.fields.map((f) => t(`ledgerImport.wizard.notWrittenFields.${FIELD_TEXTS.has(f) ? (f as 'state') : 'other'}`)).join('、'),
    });
  return (
    <Box>
      <Typography variant="h3" sx={{ fontSize: '1rem' }}>
        {t(linked ? 'ledgerImport.wizard.notWrittenAfter' : 'ledgerImport.wizard.notWrittenTitle')}
      </Typography>
      <List dense data-testid="import-not-written">
        {items.map((n) =>
          linked ? (
            <ListItemButton key={n.caseId} component={RouterLink} to={`/cases/${n.caseId}`} data-testid="import-not-written-case">
              {text(n)}
            </ListItemButton>
          ) : (
            <ListItem key={n.caseId}>{text(n)}</ListItem>
          ),
        )}
      </List>
    </Box>
  );
}
