/** The wizard's dry run: how many cases would be created, updated, left unchanged and refused; the refused rows with their reasons; the names not in the master data. */
import { Alert, Box, List, ListItem, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../../shared/workbook/ledger-import/plan';
import { useProblemText } from './problemText';

export function ImportDryRunStep({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Alert severity={plan.refused.length ? 'warning' : 'success'} data-testid="import-counts">
        {t('ledgerImport.wizard.counts', { creates: plan.creates.length, updates: plan.updates.length, unchanged: plan.unchanged.length, refused: plan.refused.length })}
      </Alert>
      {plan.refused.length > 0 && (
        <Box>
          <Typography variant="h3" sx={{ fontSize: '1rem' }}>
            {t('ledgerImport.wizard.refusedTitle')}
          </Typography>
          <List dense data-testid="import-refused">
            {plan.refused.flatMap((refused) =>
              refused.problems.map((problem, i) => (
                <ListItem key={`${refused.sheet}-${refused.rows[0]}-${i}`}>{problemText(refused.sheet, problem)}</ListItem>
              )),
            )}
          </List>
        </Box>
      )}
      {plan.unknownNames.length > 0 && (
        <Box>
          <Typography variant="h3" sx={{ fontSize: '1rem' }}>
            {t('ledgerImport.wizard.unknownTitle')}
          </Typography>
          <List dense data-testid="import-unknown">
            {plan.unknownNames.map((u) => (
              <ListItem key={`${u.kind}-${u.name}`}>{t('ledgerImport.wizard.unknownName', { kind: t(`ledgerImport.unknownKinds.${u.kind}`), name: u.name, count: u.rows.length })}</ListItem>
            ))}
          </List>
        </Box>
      )}
    </Box>
  );
}
