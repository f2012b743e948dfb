/** The wizard's second step: the sheets found and skipped, each sheet's columns mapped to fields (position guesses marked), and the defaults the ledger lacks. */
import { Alert, Box, Checkbox, FormControlLabel, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CONTACT_CHANNELS, CUSTOMER_REQUESTS, FOUND_AT, MARKETS, OCCURRENCES, type CustomerRequest } from '../../../../shared/domain/case';
import { IMPORT_FIELDS, missingRequiredFields, type ImportField } from '../../../../shared/workbook/ledger-import/mapping';
import type { ImportDefaults } from '../../../../shared/workbook/ledger-import/rows';
import type { LoadedWorkbook } from './useLedgerImport';

interface Props {
  workbook: LoadedWorkbook;
  defaults: ImportDefaults;
  onDefaults: (defaults: ImportDefaults) => void;
  onRemap: (sheetIndex: number, column: number, field: ImportField | null) => void;
}

const NONE = '';

export function ImportMappingStep({ workbook, defaults, onDefaults, onRemap }: Props) {
  const { t } = useTranslation();
  const { sheets, skipped } = workbook.prepared;
  const toggleRequest = (request: CustomerRequest, on: boolean) =>
    onDefaults({ ...defaults, customerRequests: on ? [...defaults.customerRequests, request] : defaults.customerRequests.filter((r) => r !== request) });
  const choice = <K extends 'contactChannel' | 'market' | 'foundAt' | 'occurrence'>(key: K, values: readonly ImportDefaults[K][]) => (
    <TextField select size="small" label={t(`fields.${key}`)} value={defaults[key]} onChange={(e) => onDefaults({ ...defaults, [key]: e.target.value })} sx={{ minWidth: 160 }} data-testid={`import-default-${key}`}>
      {values.map((v) => (
        <MenuItem key={v} value={v}>
          {t(`choices.${key}.${v}` as never)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {skipped.map((s) => (
        <Alert key={s.sheet} severity="info" data-testid="import-skipped-sheet">
          {t('ledgerImport.wizard.sheetSkipped', { sheet: s.sheet, reason: t(`ledgerImport.skippedSheet.${s.reason}`) })}
        </Alert>
      ))}
      {workbook.content.warnings.map((w, i) => (
        <Alert key={i} severity="warning">
          {t(`ledgerImport.warnings.${w.code}`, { sheet: w.sheet, row: w.row, column: w.column, ...w.params })}
        </Alert>
      ))}
      {sheets.map((sheet, index) => {
        const missing = missingRequiredFields(sheet.mapping);
        return (
          <Box key={sheet.layout.sheet} data-testid="import-sheet">
            <Typography variant="h3" sx={{ fontSize: '1rem', mb: 1 }}>
              {t('ledgerImport.wizard.sheetRows', { sheet: sheet.layout.sheet, rows: sheet.layout.dataRows.length })}
            </Typography>
            {missing.length > 0 && (
              <Alert severity="warning" sx={{ mb: 1 }}>
                {t('ledgerImport.missingColumns', { fields: missing.map((f) => t(`ledgerImport.fields.${f}`)).join('、') })}
              </Alert>
            )}
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('ledgerImport.wizard.header')}</TableCell>
                  <TableCell>{t('ledgerImport.wizard.field')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {sheet.mapping.map((m) => (
                  <TableRow key={m.column} sx={m.by === 'position' ? { bgcolor: 'warning.light' } : undefined} title={m.by === 'position' ? t('ledgerImport.wizard.byPosition') : undefined}>
                    <TableCell>{m.header}</TableCell>
                    <TableCell>
                      <TextField
                        select
                        size="small"
                        value={m.field ?? NONE}
                        onChange={(e) => onRemap(index, m.column, e.target.value === NONE ? null : (e.target.value as ImportField))}
                        slotProps={{ htmlInput: { 'aria-label': m.header } }}
                        sx={{ minWidth: 180 }}
                      >
                        <MenuItem value={NONE}>{t('ledgerImport.wizard.notImported')}</MenuItem>
                        {IMPORT_FIELDS.map((f) => (
                          <MenuItem key={f} value={f}>
                            {t(`ledgerImport.fields.${f}`)}
                          </MenuItem>
                        ))}
                      </TextField>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        );
      })}
      <Typography variant="h3" sx={{ fontSize: '1rem' }}>
        {t('ledgerImport.wizard.defaults')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {choice('contactChannel', CONTACT_CHANNELS)}
        {choice('market', MARKETS)}
        {choice('foundAt', FOUND_AT)}
        {choice('occurrence', OCCURRENCES)}
      </Box>
      <Box>
        <Typography variant="body2">{t('fields.customerRequests')}</Typography>
        {CUSTOMER_REQUESTS.map((r) => (
          <FormControlLabel key={r} control={<Checkbox size="small" checked={defaults.customerRequests.includes(r)} onChange={(e) => toggleRequest(r, e.target.checked)} />} label={t(`choices.customerRequests.${r}`)} />
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('ledgerImport.wizard.mappingKept')}
      </Typography>
    </Box>
  );
}
