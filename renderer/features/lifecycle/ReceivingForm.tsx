/** Receiving of one line: quantity actually received, by whom, when, where it is stored. */
import { Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnLine } from '../../../shared/domain/lifecycle/records';
import { isoToLocalInput, localInputToIso, nowIso } from '../common/dates';
import { useClerk } from '../common/session';
import { notify } from '../common/notify';
import { FormMessage } from './FormMessage';
import { LcTextField } from './LcTextField';
import { toCount } from './numbers';
import { useWriteForm } from './useWriteForm';
import { errorsOfLine } from './writeOutcome';

export function ReceivingForm({ line }: { line: ReturnLine }) {
  const { t } = useTranslation();
  const clerk = useClerk();
  const form = useWriteForm();
  const [quantity, setQuantity] = useState(line.quantityReceived === null ? '' : String(line.quantityReceived));
  const [by, setBy] = useState(line.receivedBy || clerk?.name || '');
  const [at, setAt] = useState(isoToLocalInput(line.receivedAt ?? nowIso()));
  const [storage, setStorage] = useState(line.storageLocation);
  const [note, setNote] = useState(line.receivingNote);
  const errors = errorsOfLine(form.fieldErrors, line.id);
  const save = async () => {
    const done = await form.submit((r) =>
      r.returns.receive(line.id, { quantityReceived: toCount(quantity), receivedBy: by, receivedAt: at === '' ? '' : localInputToIso(at), storageLocation: storage, receivingNote: note }),
    );
    if (done) notify(t('lc.saved'));
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1 }}>
      <legend>{t('lc.returns.receive')}</legend>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5, mt: 1 }}>
        <LcTextField size="small" label={t('lc.returns.quantityReceived')} value={quantity} onChange={setQuantity} errorCode={errors.quantityReceived} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        <LcTextField size="small" label={t('lc.returns.receivedBy')} value={by} onChange={setBy} errorCode={errors.receivedBy} />
        <LcTextField size="small" type="datetime-local" label={t('lc.returns.receivedAt')} value={at} onChange={setAt} errorCode={errors.receivedAt} />
        <LcTextField size="small" label={t('lc.returns.storage')} value={storage} onChange={setStorage} errorCode={errors.storageLocation} />
        <LcTextField size="small" label={t('lc.returns.receivingNote')} value={note} onChange={setNote} />
        <Button variant="outlined" onClick={() => void save()} disabled={form.busy}>
          {t('lc.returns.receive')}
        </Button>
      </Stack>
      <FormMessage message={form.message} />
    </Box>
  );
}
