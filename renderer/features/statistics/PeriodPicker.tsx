/** Which period the statistics count: a month, a quarter, a year or a range of factory dates, and the basis (received / closed in it). */
import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { StatsPeriod } from '../../../shared/domain/statistics/periods';
import type { StatsBasis } from '../../../shared/domain/statistics/statistics';

interface Props {
  period: StatsPeriod;
  onPeriod: (period: StatsPeriod) => void;
  basis: StatsBasis;
  onBasis: (basis: StatsBasis) => void;
  /** The factory month of "now": the default of each kind. */
  thisMonth: string;
}

export function PeriodPicker({ period, onPeriod, basis, onBasis, thisMonth }: Props) {
  const { t } = useTranslation();
  const year = Number(thisMonth.slice(0, 4));
  const switchKind = (kind: StatsPeriod['kind']) => {
    if (kind === 'month') onPeriod({ kind, month: thisMonth });
    else if (kind === 'quarter') onPeriod({ kind, year, quarter: Math.floor((Number(thisMonth.slice(5, 7)) - 1) / 3) + 1 });
    else if (kind === 'year') onPeriod({ kind, year });
    else onPeriod({ kind, from: `${thisMonth}-01`, to: `${thisMonth}-01` });
  };
  return (
    <Stack direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="stats-period">
      <TextField select size="small" label={t('statistics.period.kind')} value={period.kind} onChange={(e) => switchKind(e.target.value as StatsPeriod['kind'])} sx={{ width: 120 }}>
        {(['month', 'quarter', 'year', 'range'] as const).map((k) => (
          <MenuItem key={k} value={k}>
            {t(`statistics.period.kinds.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      {period.kind === 'month' && (
        <TextField type="month" size="small" label={t('statistics.period.month')} value={period.month} onChange={(e) => e.target.value && onPeriod({ kind: 'month', month: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 200 }} />
      )}
      {(period.kind === 'quarter' || period.kind === 'year') && (
        <TextField type="number" size="small" label={t('statistics.period.year')} value={period.year} onChange={(e) => Number(e.target.value) >= 2000 && onPeriod({ ...period, year: Number(e.target.value) })} sx={{ width: 110 }} />
      )}
      {period.kind === 'quarter' && (
        <TextField select size="small" label={t('statistics.period.quarter')} value={period.quarter} onChange={(e) => onPeriod({ ...period, quarter: Number(e.target.value) })} sx={{ width: 110 }}>
          {[1, 2, 3, 4].map((q) => (
            <MenuItem key={q} value={q}>
              {t('statistics.period.quarterN', { n: q })}
            </MenuItem>
          ))}
        </TextField>
      )}
      {period.kind === 'range' && (
        <>
          <TextField type="date" size="small" label={t('statistics.period.from')} value={period.from} onChange={(e) => e.target.value && onPeriod({ ...period, from: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 180 }} />
          <TextField type="date" size="small" label={t('statistics.period.to')} value={period.to} onChange={(e) => e.target.value && onPeriod({ ...period, to: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 180 }} />
        </>
      )}
      <TextField select size="small" label={t('statistics.period.basis')} value={basis} onChange={(e) => onBasis(e.target.value as StatsBasis)} sx={{ width: 240 }}>
        {(['received', 'closed'] as const).map((b) => (
          <MenuItem key={b} value={b}>
            {t(`statistics.period.bases.${b}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
