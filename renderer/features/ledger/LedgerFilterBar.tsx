/** The ledger's filter bar: step, severity, department, overdue only, repeats only, customer, model, received dates, and customer / model / defect type by master data. */
import { Box, Button, Checkbox, FormControlLabel, MenuItem, TextField } from '@mui/material';
import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATES } from '../../../shared/domain/lifecycle/states';
import { SEVERITIES } from '../../../shared/domain/lifecycle/triage';
import { DEPARTMENTS } from '../../../shared/domain/lifecycle/records';
import { isPlainDate } from '../../../shared/domain/field-checks';
import { hasFilters, type LedgerFilters } from '../../state/ledger-filter';
import { DateField } from '../../ui/form/DateField';
import { useMasterEntries } from '../../ui/useMasterEntries';
import { LedgerEntryFilter } from './LedgerEntryFilter';

/** A received-date bound: the typed date once it is one (or cleared); meanwhile the bound in force stays. */
function filterDate(typed: string, current: string): string {
  return typed === '' || isPlainDate(typed) ? typed : current;
}

interface Props {
  filters: LedgerFilters;
  onChange: (patch: Partial<LedgerFilters>) => void;
  onClear: () => void;
}

const ANY = '';

/** Memoised: it redraws when the filters change, not on each keystroke in the search box (some 40 labels and eight MUI fields). */
export const LedgerFilterBar = memo(function LedgerFilterBar({ filters, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const small = { size: 'small' as const, fullWidth: false };
  const { version } = useMasterEntries();
  // Entries edited (an alias added) or loaded after the filters were set: match the master-data filters again.
  useEffect(() => {
    if (version > 0) onChange({});
  }, [version]);
  return (
    <Box role="group" aria-label={t('lc.ledger.filters')} data-testid="ledger-filters" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField
        {...small}
        select
        label={t('lc.ledger.state')}
        value={filters.state ?? ANY}
        onChange={(e) => onChange({ state: e.target.value === ANY ? null : (e.target.value as LedgerFilters['state']) })}
        sx={{ minWidth: 130 }}
        slotProps={{ htmlInput: { 'data-testid': 'filter-state' } }}
      >
        <MenuItem value={ANY}>{t('lc.ledger.any')}</MenuItem>
        {CASE_STATES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`lc.steps.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...small}
        select
        label={t('lc.ledger.severity')}
        value={filters.severity ?? ANY}
        onChange={(e) => onChange({ severity: e.target.value === ANY ? null : (e.target.value as LedgerFilters['severity']) })}
        sx={{ minWidth: 120 }}
        slotProps={{ htmlInput: { 'data-testid': 'filter-severity' } }}
      >
        <MenuItem value={ANY}>{t('lc.ledger.any')}</MenuItem>
        {SEVERITIES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`lc.triage.severities.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...small}
        select
        label={t('lc.ledger.department')}
        value={filters.department ?? ANY}
        onChange={(e) => onChange({ department: e.target.value === ANY ? null : (e.target.value as LedgerFilters['department']) })}
        sx={{ minWidth: 140 }}
        slotProps={{ htmlInput: { 'data-testid': 'filter-department' } }}
      >
        <MenuItem value={ANY}>{t('lc.ledger.any')}</MenuItem>
        {DEPARTMENTS.map((d) => (
          <MenuItem key={d} value={d}>
            {t(`lc.responsibility.departments.${d}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...small} label={t('lc.ledger.customer')} value={filters.customer} onChange={(e) => onChange({ customer: e.target.value })} sx={{ width: 150 }} />
      <TextField {...small} label={t('lc.ledger.model')} value={filters.model} onChange={(e) => onChange({ model: e.target.value })} sx={{ width: 120 }} />
      <LedgerEntryFilter kind="customer" label={t('fields.customerId')} value={filters.customerEntry} onChange={(id) => onChange({ customerEntry: id })} width={170} />
      <LedgerEntryFilter kind="productModel" label={t('fields.productModelId')} value={filters.modelEntry} onChange={(id) => onChange({ modelEntry: id })} width={180} />
      <LedgerEntryFilter kind="defectType" label={t('fields.defectTypeId')} value={filters.defectTypeEntry} onChange={(id) => onChange({ defectTypeEntry: id })} width={170} />
      <DateField {...small} label={t('lc.ledger.from')} value={filters.receivedFrom} onChange={(v) => onChange({ receivedFrom: filterDate(v, filters.receivedFrom) })} sx={{ width: 160 }} />
      <DateField {...small} label={t('lc.ledger.to')} value={filters.receivedTo} onChange={(v) => onChange({ receivedTo: filterDate(v, filters.receivedTo) })} sx={{ width: 160 }} />
      <FormControlLabel
        control={<Checkbox size="small" checked={filters.overdueOnly} onChange={(e) => onChange({ overdueOnly: e.target.checked })} />}
        label={t('lc.ledger.overdue')}
      />
      <FormControlLabel
        control={<Checkbox size="small" checked={filters.repeatOnly} onChange={(e) => onChange({ repeatOnly: e.target.checked })} />}
        label={t('repeats.filter')}
        data-testid="filter-repeat"
      />
      <Button size="small" onClick={onClear} disabled={!hasFilters(filters)}>
        {t('lc.ledger.clear')}
      </Button>
    </Box>
  );
});
