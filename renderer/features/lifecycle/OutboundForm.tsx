/**
 * 发回客户 of one return line (issue 19.1): what is owed back (rework and
 * exchange dispositions) against what was sent, the shipments, and a form
 * to record one — repaired goods once re-inspected, replacement goods even
 * before the return arrives (an advance exchange). Their labels and 送货单
 * print from the case's print menu.
 */
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Chip, IconButton, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factoryDate } from '../../../shared/domain/factory-calendar';
import { lineOutbound } from '../../../shared/domain/lifecycle/outbound';
import { SHIPMENT_KINDS, type ReturnLine, type ShipmentKind } from '../../../shared/domain/lifecycle/records';
import { parseRequiredQuantity } from '../../../shared/domain/quantity';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { sessionNow } from '../../state/session';
import { LcTextField } from './LcTextField';

export function OutboundForm({ line, label }: { line: ReturnLine; label: string }) {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  const emptyDraft = () => ({ kind: '' as ShipmentKind | '', quantity: '', shippedOn: factoryDate(sessionNow()), carrier: '', trackingNumber: '', deliveryNoteNumber: '' });
  const [draft, setDraft] = useState(emptyDraft);
  const set = (patch: Partial<ReturnType<typeof emptyDraft>>) => setDraft((d) => ({ ...d, ...patch }));
  const view = file.view;
  const figures = lineOutbound(line, view.dispositions, view.repairOrders, view.shipments);
  const shipments = view.shipments.filter((s) => !s.deleted && s.lineId === line.id);
  const add = async () => {
    const local: Record<string, string> = draft.kind === '' ? { kind: 'required' } : {};
    const done = await form.submit(
      (r) =>
        r.returns.addShipment(file.case.id, {
          lineId: line.id,
          kind: draft.kind as ShipmentKind,
          quantity: parseRequiredQuantity(draft.quantity),
          shippedOn: draft.shippedOn,
          carrier: draft.carrier,
          trackingNumber: draft.trackingNumber,
          deliveryNoteNumber: draft.deliveryNoteNumber,
          note: '',
        }),
      local,
    );
    if (done) setDraft(emptyDraft());
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1 }} aria-label={`${label} ${t('lc.outbound.title')}`} data-testid="outbound">
      <legend>{t('lc.outbound.title')}</legend>
      <Typography data-testid="outbound-sum" color={figures.outstanding > 0 ? 'warning.main' : 'text.secondary'} sx={{ fontWeight: 600 }}>
        {t('lc.outbound.sum', { owed: figures.owed, shipped: figures.shipped })}
      </Typography>
      {shipments.length > 0 && (
        <List dense disablePadding>
          {shipments.map((s) => (
            <ListItem key={s.id} divider data-testid="shipment" secondaryAction={<IconButton aria-label={t('lc.remove')} onClick={() => void form.submit((r) => r.returns.removeShipment(s.id))}><DeleteOutlinedIcon fontSize="small" /></IconButton>}>
              <ListItemText
                primary={t('lc.outbound.shipmentLine', { kind: t(`lc.outbound.kinds.${s.kind}`), quantity: s.quantity, date: s.shippedOn, carrier: s.carrier, tracking: s.trackingNumber || '—' })}
                secondary={s.deliveryNoteNumber ? t('lc.outbound.deliveryNoteShort', { number: s.deliveryNoteNumber }) : undefined}
              />
              {s.advance && <Chip size="small" color="info" label={t('lc.outbound.advance')} sx={{ mr: 1 }} />}
            </ListItem>
          ))}
        </List>
      )}
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5, mt: 1 }}>
        <ChoiceSelect label={t('lc.outbound.kind')} value={draft.kind} choices={SHIPMENT_KINDS} text={(k) => t(`lc.outbound.kinds.${k}`)} onChange={(kind) => set({ kind })} error={form.fieldErrors.kind} sx={{ minWidth: 150 }} />
        <LcTextField size="small" label={t('lc.outbound.quantityShipped')} value={draft.quantity} onChange={(v) => set({ quantity: v })} errorCode={form.fieldErrors.quantity} sx={{ maxWidth: 110 }} />
        <LcTextField size="small" type="date" label={t('lc.outbound.shippedOn')} value={draft.shippedOn} onChange={(v) => set({ shippedOn: v })} errorCode={form.fieldErrors.shippedOn} />
        <LcTextField size="small" label={t('lc.outbound.carrier')} value={draft.carrier} onChange={(v) => set({ carrier: v })} errorCode={form.fieldErrors.carrier} />
        <LcTextField size="small" label={t('lc.outbound.trackingNumber')} value={draft.trackingNumber} onChange={(v) => set({ trackingNumber: v })} errorCode={form.fieldErrors.trackingNumber} />
        <LcTextField size="small" label={t('lc.outbound.deliveryNoteNumber')} value={draft.deliveryNoteNumber} onChange={(v) => set({ deliveryNoteNumber: v })} errorCode={form.fieldErrors.deliveryNoteNumber} />
        <Button variant="outlined" onClick={() => void add()} disabled={form.busy}>
          {t('lc.outbound.addShipment')}
        </Button>
      </Stack>
      <FormMessage message={form.message} />
    </Box>
  );
}
