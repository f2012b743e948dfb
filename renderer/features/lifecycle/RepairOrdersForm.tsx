/**
 * 返修单 of one return line (issue 19.1): the orders 计划科 issued — number,
 * pieces, material, hours, cost (carried into the case's costs), charged or
 * free — each with its re-inspection before the repaired goods may go back.
 */
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Checkbox, FormControlLabel, IconButton, List, ListItem, ListItemText, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factoryDate } from '../../../shared/domain/factory-calendar';
import { formatYuan, parseYuan } from '../../../shared/domain/lifecycle/money';
import { REINSPECTION_RESULTS, type ReinspectionResult, type RepairOrder, type ReturnLine } from '../../../shared/domain/lifecycle/records';
import { parseRequiredQuantity } from '../../../shared/domain/quantity';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { sessionNow } from '../../state/session';
import { LcTextField } from './LcTextField';

const EMPTY = { orderNumber: '', quantity: '', materialsUsed: '', hours: '', cost: '', charged: false };

export function RepairOrdersForm({ line, label }: { line: ReturnLine; label: string }) {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  const [draft, setDraft] = useState(EMPTY);
  const orders = file.view.repairOrders.filter((o) => !o.deleted && o.lineId === line.id);
  const set = (patch: Partial<typeof EMPTY>) => setDraft((d) => ({ ...d, ...patch }));
  const add = async () => {
    const costFen = draft.cost.trim() === '' ? 0 : parseYuan(draft.cost);
    const hours = draft.hours.trim() === '' ? 0 : Number(draft.hours);
    const local: Record<string, string> = costFen === null ? { costFen: 'notAmount' } : {};
    const done = await form.submit(
      (r) =>
        r.returns.addRepairOrder(file.case.id, {
          lineId: line.id,
          orderNumber: draft.orderNumber,
          quantity: parseRequiredQuantity(draft.quantity),
          materialsUsed: draft.materialsUsed,
          hours,
          charged: draft.charged,
          costFen: costFen ?? 0,
          note: '',
        }),
      local,
    );
    if (done) setDraft(EMPTY);
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1 }} aria-label={`${label} ${t('lc.outbound.repairOrders')}`} data-testid="repair-orders">
      <legend>{t('lc.outbound.repairOrders')}</legend>
      {orders.length > 0 && (
        <List dense disablePadding>
          {orders.map((o) => (
            <RepairOrderItem key={o.id} order={o} />
          ))}
        </List>
      )}
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5, mt: 1 }}>
        <LcTextField size="small" label={t('lc.outbound.orderNumber')} value={draft.orderNumber} onChange={(v) => set({ orderNumber: v })} errorCode={form.fieldErrors.orderNumber} />
        <LcTextField size="small" label={t('lc.outbound.quantityRepaired')} value={draft.quantity} onChange={(v) => set({ quantity: v })} errorCode={form.fieldErrors.quantity ?? form.fieldErrors.lineId} sx={{ maxWidth: 110 }} />
        <LcTextField size="small" label={t('lc.outbound.materialsUsed')} value={draft.materialsUsed} onChange={(v) => set({ materialsUsed: v })} errorCode={form.fieldErrors.materialsUsed} />
        <LcTextField size="small" label={t('lc.outbound.hours')} value={draft.hours} onChange={(v) => set({ hours: v })} errorCode={form.fieldErrors.hours} sx={{ maxWidth: 110 }} />
        <LcTextField size="small" label={t('lc.outbound.cost')} value={draft.cost} onChange={(v) => set({ cost: v })} errorCode={form.fieldErrors.costFen} sx={{ maxWidth: 140 }} />
        <FormControlLabel control={<Checkbox checked={draft.charged} onChange={(e) => set({ charged: e.target.checked })} />} label={t('lc.outbound.charged')} />
        <Button variant="outlined" onClick={() => void add()} disabled={form.busy}>
          {t('lc.outbound.addRepairOrder')}
        </Button>
      </Stack>
      <FormMessage message={form.message} />
    </Box>
  );
}

/** One order: its facts, and its re-inspection (recorded once, by 品质). */
function RepairOrderItem({ order }: { order: RepairOrder }) {
  const { t } = useTranslation();
  const form = useWriteForm();
  const [result, setResult] = useState<ReinspectionResult | ''>('');
  const [by, setBy] = useState('');
  const [on, setOn] = useState(() => factoryDate(sessionNow()));
  const facts = t('lc.outbound.orderLine', { number: order.orderNumber, quantity: order.quantity, hours: order.hours, cost: formatYuan(order.costFen), charged: t(order.charged ? 'lc.outbound.chargedShort' : 'lc.outbound.freeShort') });
  const check =
    order.reinspectionResult === null
      ? t('lc.outbound.notReinspected')
      : t('lc.outbound.reinspected', { result: t(`lc.outbound.results.${order.reinspectionResult}`), by: order.reinspectedBy, date: order.reinspectedOn ?? '' });
  return (
    <ListItem
      divider
      data-testid="repair-order"
      sx={{ flexWrap: 'wrap', pr: 6 }}
      secondaryAction={
        <IconButton aria-label={t('lc.remove')} onClick={() => void form.submit((r) => r.returns.removeRepairOrder(order.id))}>
          <DeleteOutlinedIcon fontSize="small" />
        </IconButton>
      }
    >
      <ListItemText primary={facts} secondary={[order.materialsUsed, check].filter(Boolean).join(' · ')} />
      {order.reinspectionResult === null && (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, width: '100%' }}>
          <ChoiceSelect label={t('lc.outbound.reinspection')} value={result} choices={REINSPECTION_RESULTS} text={(r) => t(`lc.outbound.results.${r}`)} onChange={setResult} error={form.fieldErrors.reinspectionResult} sx={{ minWidth: 130 }} />
          <LcTextField size="small" label={t('lc.outbound.reinspectedBy')} value={by} onChange={setBy} errorCode={form.fieldErrors.reinspectedBy} />
          <LcTextField size="small" type="date" label={t('lc.outbound.reinspectedOn')} value={on} onChange={setOn} errorCode={form.fieldErrors.reinspectedOn} />
          <Button size="small" variant="outlined" disabled={form.busy} onClick={() => void form.submit((r) => r.returns.reinspect(order.id, { reinspectionResult: result === '' ? null : result, reinspectedBy: by, reinspectedOn: on }))}>
            {t('lc.outbound.recordReinspection')}
          </Button>
        </Stack>
      )}
      <FormMessage message={form.message} />
    </ListItem>
  );
}
