/**
 * 客诉率与 PPM: for the twelve factory months ending with the chosen one, per
 * month the complaints, defective pieces, what was shipped, and the rates —
 * the month's own and over the last 6 and 12 months (complaints arrive
 * months after the shipment). For all customers, or one customer and/or
 * model (picked from master data). The numbers are shared/domain/shipments'.
 */
import { Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthFigures, partyKeys } from '../../../shared/domain/shipments/figures';
import { addMonths, monthlyRates } from '../../../shared/domain/shipments/rates';
import type { Shipment } from '../../../shared/domain/shipments/shipment';
import { useLedgerStore } from '../../state/ledger-store';
import { useRepositories, useSettings } from '../../state/session';
import { missesCeiling } from '../../../shared/domain/statistics/targets';
import { KpiTargetsForm } from './KpiTargetsForm';
import { MasterEntryPicker } from '../../ui/master-data/MasterEntryPicker';
import { useMasterEntries } from '../../ui/useMasterEntries';
import { useTableChanges } from '../../ui/useRecordChanges';
import { trendOption } from './charts/chartOptions';
import { EChart } from './charts/EChart';

const percent = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(2)}%`);
const ppmText = (v: number | null): string => (v === null ? '—' : Math.round(v).toLocaleString('zh-CN'));

export function RatesSection({ lastMonth, onLastMonthChange }: { lastMonth: string; onLastMonthChange: (month: string) => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const entries = useLedgerStore((s) => s.entries);
  const { entries: master } = useMasterEntries();
  const [shipments, setShipments] = useState<Shipment[]>([]);
  const targets = useSettings().kpiTargets;
  const over = (miss: boolean) => (miss ? { color: 'error.main', fontWeight: 600 } : undefined);
  const [customer, setCustomer] = useState({ text: '', id: '' });
  const [model, setModel] = useState({ text: '', id: '' });
  const firstMonth = addMonths(lastMonth, -11);
  // The 12-month moving total of the first month shown needs the 11 months before it.
  const load = useCallback(() => void repositories.shipments.listMonths(addMonths(firstMonth, -11), lastMonth).then(setShipments), [repositories, firstMonth, lastMonth]);
  useEffect(load, [load]);
  useTableChanges(['shipments'], load);

  const rates = useMemo(() => {
    const keys = partyKeys(master);
    const scope = { customerKey: customer.text.trim() ? keys.customer(customer.id, customer.text) : null, modelKey: model.text.trim() ? keys.model(model.id, model.text) : null };
    return monthlyRates(monthFigures((function* rows() { for (const e of entries) yield e.row; })(), shipments, master, scope), firstMonth, lastMonth);
  }, [entries, shipments, master, customer, model, firstMonth, lastMonth]);

  const trend = useMemo(
    () => trendOption(rates.map((r) => ({ month: r.month, complaints: r.figures.complaints, ppm: r.ppm })), { complaints: t('statistics.rates.columns.complaints'), ppm: 'PPM', target: t('statistics.charts.target') }, targets.ppm),
    [rates, t, targets.ppm],
  );
  return (
    <Paper component="section" aria-labelledby="rates-title" sx={{ p: 2.5 }} data-testid="rates">
      <Typography component="h2" variant="h2" id="rates-title" sx={{ mb: 1 }}>
        {t('statistics.rates.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('statistics.rates.intro')}
      </Typography>
      <Stack direction="row" useFlexGap spacing={1.5} sx={{ mb: 1.5, flexWrap: 'wrap' }}>
        <TextField type="month" size="small" label={t('statistics.rates.lastMonth')} value={lastMonth} onChange={(e) => e.target.value && onLastMonthChange(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 200 }} />
        <MasterEntryPicker kind="customer" size="small" label={t('statistics.rates.customer')} text={customer.text} onTextChange={(text) => setCustomer({ text, id: '' })} onPick={(e) => setCustomer({ text: e.name, id: e.id })} sx={{ minWidth: 220 }} />
        <MasterEntryPicker kind="productModel" size="small" label={t('statistics.rates.model')} text={model.text} onTextChange={(text) => setModel({ text, id: '' })} onPick={(e) => setModel({ text: e.name, id: e.id })} sx={{ minWidth: 180 }} />
      </Stack>
      <KpiTargetsForm />
      <EChart option={trend} height={260} label={t('statistics.charts.trend')} testId="chart-trend" />
      <Table size="small" aria-labelledby="rates-title">
        <TableHead>
          <TableRow>
            {(['month', 'complaints', 'defective', 'shipped', 'lots', 'rate', 'ppm', 'rate6', 'ppm6', 'rate12', 'ppm12'] as const).map((c) => (
              <TableCell key={c} align={c === 'month' ? 'left' : 'right'}>
                {t(`statistics.rates.columns.${c}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rates.map((r) => (
            <TableRow key={r.month} data-testid="rates-row">
              <TableCell>{r.month}</TableCell>
              <TableCell align="right">{r.figures.complaints}</TableCell>
              <TableCell align="right">{r.figures.defective.toLocaleString('zh-CN')}</TableCell>
              <TableCell align="right">{r.figures.quantityShipped.toLocaleString('zh-CN')}</TableCell>
              <TableCell align="right">{r.figures.lotsShipped.toLocaleString('zh-CN')}</TableCell>
              <TableCell align="right" sx={over(missesCeiling(r.complaintRate === null ? null : r.complaintRate * 100, targets.complaintRatePercent))}>
                {percent(r.complaintRate)}
              </TableCell>
              <TableCell align="right" sx={over(missesCeiling(r.ppm, targets.ppm))}>
                {ppmText(r.ppm)}
              </TableCell>
              <TableCell align="right">{percent(r.complaintRate6)}</TableCell>
              <TableCell align="right">{ppmText(r.ppm6)}</TableCell>
              <TableCell align="right">{percent(r.complaintRate12)}</TableCell>
              <TableCell align="right">{ppmText(r.ppm12)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
