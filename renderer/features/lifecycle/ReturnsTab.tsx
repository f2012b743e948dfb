/** 退货: RMA number and logistics, then the return lines with receiving, inspection and disposition per line. */
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
import { useWriteForm } from '../../ui/case-file/useWriteForm';

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

export function ReturnsTab() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const lines = file.view.returnLines.filter((l) => !l.deleted && l.round === file.lifecycle.round);
  return (
    <>
      <LogisticsForm />
      <LcSection id="lc-lines-title" title={t('lc.returns.lines')}>
        {lines.length === 0 && <Typography color="text.secondary">{t('lc.none')}</Typography>}
        {lines.map((line, index) => (
          <ReturnLineCard key={line.id} line={line} index={index} />
        ))}
        <NewReturnLineForm />
      </LcSection>
    </>
  );
}
