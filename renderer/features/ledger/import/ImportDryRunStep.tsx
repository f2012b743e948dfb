/** The wizard's dry run: how many cases would be created, updated, left unchanged and refused; the refused rows with their reasons; the differences the import leaves to the clerk; the names not in the master data, each mappable to an entry. */
import { Alert, Box, List, ListItem, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { nameKey } from '../../../../shared/domain/master-data/normalize';
import type { NameMappings, UnknownName } from '../../../../shared/workbook/ledger-import/names';
import type { ImportPlan } from '../../../../shared/workbook/ledger-import/plan';
import { useMasterDataStore } from '../../../state/master-data-store';
import { NotWrittenList } from './NotWrittenList';
import { useProblemText } from './problemText';
import { writesNothing } from './useLedgerImport';

interface Props {
  plan: ImportPlan;
  unknown: readonly UnknownName[];
  nameMappings: NameMappings;
  onMap: (name: UnknownName, entryId: string) => void;
}

export function ImportDryRunStep({ plan, unknown, nameMappings, onMap }: Props) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const entries = useMasterDataStore((s) => s.entries);
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
      {/* Nothing to import: the cases to handle are all that is left, so they open from here. */}
      <NotWrittenList items={plan.notWritten ?? []} linked={writesNothing(plan)} />
      {unknown.length > 0 && (
        <Box>
          <Typography variant="h3" sx={{ fontSize: '1rem' }}>
            {t('ledgerImport.wizard.unknownTitle')}
          </Typography>
          <List dense data-testid="import-unknown">
            {unknown.map((u) => {
              const label = t('ledgerImport.wizard.unknownName', { kind: t(`ledgerImport.unknownKinds.${u.kind}`), name: u.name, count: u.rows.length });
              return (
                <ListItem key={`${u.kind}-${u.name}`} sx={{ gap: 2 }}>
                  <Box sx={{ minWidth: 240 }}>{label}</Box>
                  <TextField select size="small" value={nameMappings[u.kind]?.[nameKey(u.name)] ?? ''} onChange={(e) => onMap(u, e.target.value)} slotProps={{ htmlInput: { 'aria-label': label } }} sx={{ minWidth: 220 }}>
                    <MenuItem value="">{t('ledgerImport.wizard.asWritten')}</MenuItem>
                    {entries
                      .filter((e) => e.kind === u.kind && e.active)
                      .map((e) => (
                        <MenuItem key={e.id} value={e.id}>
                          {e.name}
                        </MenuItem>
                      ))}
                  </TextField>
                </ListItem>
              );
            })}
          </List>
        </Box>
      )}
    </Box>
  );
}
