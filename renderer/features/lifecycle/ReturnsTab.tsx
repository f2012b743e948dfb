/** 退货: RMA number and logistics, the return lines with receiving, inspection and disposition per line, then the money: amounts, red invoice, return proof. */
import { Box, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { notify } from '../../state/notices';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcSection } from './LcSection';
import { LcTextField } from './LcTextField';
import { NewReturnLineForm } from './NewReturnLineForm';
import { ReturnLineCard } from './ReturnLineCard';
import { earlierLinesWithGoodsBack } from '../../../shared/domain/lifecycle/outbound';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { returnLineMoney } from '../../../shared/domain/lifecycle/line-money';
import { formatYuan } from '../../../shared/domain/lifecycle/money';
import { slotOwnerId } from '../../../shared/domain/lifecycle/attachment-slots';
import { AttachmentList } from './AttachmentList';
import { ofRound } from '../../../shared/domain/lifecycle/states';

function LogisticsForm() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const lc = file.lifecycle;
  const form = useWriteForm();
  const fields = useFieldDraft({ carrier: lc.returnCarrier, tracking: lc.returnTrackingNumber, pickup: lc.returnPickupDate ?? '' });
  const { carrier, tracking, pickup } = fields.draft;
  const save = async () => {
    const { patch, seen } = fields.edit((d) => ({ returnCarrier: d.carrier, returnTrackingNumber: d.tracking, returnPickupDate: d.pickup === '' ? null : d.pickup }));
    const done = await form.submit((r) => r.lifecycle.update(lc.caseId, patch, seen));
    if (done) {
      fields.reset();
      notify('lc.saved');
    }
  };
  return (
    <LcSection id="lc-logistics-title" title={t('lc.returns.logistics')}>
      <Typography>
        {t('lc.returns.rma')}:{' '}
        <Box component="strong" data-testid="rma-number">
          {lc.rmaNumber ?? t('lc.returns.rmaPending')}
        </Box>
      </Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
        <LcTextField label={t('lc.returns.carrier')} value={carrier} onChange={(v) => fields.set({ carrier: v })} errorCode={form.fieldErrors.returnCarrier} />
        <LcTextField label={t('lc.returns.tracking')} value={tracking} onChange={(v) => fields.set({ tracking: v })} errorCode={form.fieldErrors.returnTrackingNumber} />
        <LcTextField label={t('lc.returns.pickupDate')} type="date" value={pickup} onChange={(v) => fields.set({ pickup: v })} errorCode={form.fieldErrors.returnPickupDate} />
      </Stack>
      <FormMessage message={form.message} />
      <Box>
        <Button variant="contained" onClick={() => void save()} disabled={form.busy}>
          {t('lc.save')}
        </Button>
      </Box>
    </LcSection>
  );
}

/** 退款与凭证: the lines' amounts per currency, the red invoice number and the customer's return proof, with its scans (one slot per round). */
function MoneyForm() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const lc = file.lifecycle;
  const form = useWriteForm();
  const fields = useFieldDraft({ invoice: lc.redInvoiceNumber ?? '', proof: lc.returnProof ?? '' });
  const money = returnLineMoney(ofRound(file.view, file.view.returnLines));
  const save = async () => {
    const { patch, seen } = fields.edit((d) => ({ redInvoiceNumber: d.invoice, returnProof: d.proof }));
    if (await form.submit((r) => r.lifecycle.update(lc.caseId, patch, seen))) {
      fields.reset();
      notify('lc.saved');
    }
  };
  return (
    <LcSection id="lc-money-title" title={t('lc.returns.money')}>
      <Typography data-testid="return-money">
        {money.totals.length === 0 ? t('lc.returns.noPrices') : money.totals.map((m) => `${m.currency} ${formatYuan(m.amountFen)}`).join('；')}
        {money.unpriced > 0 && ` ${t('lc.returns.unpriced', { count: money.unpriced })}`}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
        <LcTextField label={t('lc.returns.redInvoice')} value={fields.draft.invoice} onChange={(v) => fields.set({ invoice: v })} errorCode={form.fieldErrors.redInvoiceNumber} />
        <LcTextField label={t('lc.returns.returnProof')} value={fields.draft.proof} onChange={(v) => fields.set({ proof: v })} errorCode={form.fieldErrors.returnProof} helperText={t('lc.returns.returnProofHint')} />
      </Stack>
      <FormMessage message={form.message} />
      <Box>
        <Button variant="contained" onClick={() => void save()} disabled={form.busy}>
          {t('lc.save')}
        </Button>
      </Box>
      <AttachmentList ownerId={slotOwnerId(lc.caseId, 'returnProof', lc.round)} title={t('lc.returns.returnProofScans')} addLabel={t('lc.attachments.addScan')} />
    </LcSection>
  );
}

export function ReturnsTab() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const view = file.view;
  const lines = ofRound(view, view.returnLines);
  const earlier = earlierLinesWithGoodsBack(view.returnLines, file.lifecycle.round, view.dispositions, view.repairOrders, view.shipments);
  return (
    <>
      <LogisticsForm />
      <LcSection id="lc-lines-title" title={t('lc.returns.lines')}>
        {lines.length === 0 && earlier.length === 0 && <Typography color="text.secondary">{t('lc.none')}</Typography>}
        {lines.map((line, index) => (
          <ReturnLineCard key={line.id} line={line} index={index} />
        ))}
        {earlier.map((line, index) => (
          <ReturnLineCard key={line.id} line={line} index={index} earlierRound />
        ))}
        <NewReturnLineForm />
      </LcSection>
      <MoneyForm />
    </>
  );
}
