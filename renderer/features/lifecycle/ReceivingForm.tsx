/** Receiving of one line: quantity actually received, by whom, when, where it is stored. Saves only what the clerk changed (renderer/ui/form/useFieldDraft.ts). */
import { Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnLine } from '../../../shared/domain/lifecycle/records';
import { isoToLocalInput, localInputToIso, nowIso } from '../../ui/dates';
import { useClerk } from '../../state/session';
import { notify } from '../../state/notices';
import { useFieldDraft, withPrefilled } from '../../ui/form/useFieldDraft';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcTextField } from './LcTextField';
import { parseRequiredQuantity } from '../../../shared/domain/quantity';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { errorsOfLine } from './lineErrors';

interface Draft {
  quantity: string;
  by: string;
  at: string;
  storage: string;
  note: string;
}

const draftOf = (line: ReturnLine): Draft => ({
  quantity: line.quantityReceived === null ? '' : String(line.quantityReceived),
  by: line.receivedBy,
  at: line.receivedAt ? isoToLocalInput(line.receivedAt) : '',
  storage: line.storageLocation,
  note: line.receivingNote,
});

const inputOf = (d: Draft) => ({ quantityReceived: d.quantity.trim() === '' ? null : parseRequiredQuantity(d.quantity), receivedBy: d.by, receivedAt: d.at === '' ? '' : localInputToIso(d.at), storageLocation: d.storage, receivingNote: d.note });

export function ReceivingForm({ line }: { line: ReturnLine }) {
  const { t } = useTranslation();
  const clerk = useClerk();
  const form = useWriteForm();
  // Who and when are pre-filled (this clerk, now) while the line has none.
  const [prefill] = useState(() => ({ by: clerk?.name ?? '', at: isoToLocalInput(nowIso()) }));
  const stored = draftOf(line);
  const fields = useFieldDraft<Draft>({ ...stored, by: stored.by || prefill.by, at: stored.at || prefill.at });
  const { quantity, by, at, storage, note } = fields.draft;
  const set = fields.set;
  const errors = errorsOfLine(form.fieldErrors, line.id);
  const save = async () => {
    const { patch, seen } = withPrefilled(fields.edit(inputOf), inputOf(fields.draft), inputOf(stored), ['receivedBy', 'receivedAt']);
    const done = await form.submit((r) => r.returns.receive(line.id, patch, seen));
    if (done) {
      fields.reset();
      notify('lc.saved');
    }
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1 }}>
      <legend>{t('lc.returns.receive')}</legend>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5, mt: 1 }}>
        <LcTextField size="small" label={t('lc.returns.quantityReceived')} value={quantity} onChange={(v) => set({ quantity: v })} errorCode={errors.quantityReceived} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        <LcTextField size="small" label={t('lc.returns.receivedBy')} value={by} onChange={(v) => set({ by: v })} errorCode={errors.receivedBy} />
        <LcTextField size="small" type="datetime-local" label={t('lc.returns.receivedAt')} value={at} onChange={(v) => set({ at: v })} errorCode={errors.receivedAt} />
        <LcTextField size="small" label={t('lc.returns.storage')} value={storage} onChange={(v) => set({ storage: v })} errorCode={errors.storageLocation} />
        <LcTextField size="small" label={t('lc.returns.receivingNote')} value={note} onChange={(v) => set({ note: v })} />
        <Button variant="outlined" onClick={() => void save()} disabled={form.busy}>
          {t('lc.returns.receive')}
        </Button>
      </Stack>
      <FormMessage message={form.message} />
    </Box>
  );
}
