/** Inspection of one line: result, defective quantity, notes, inspector and time (photos via the line's attachments). Saves only what the clerk changed (renderer/ui/form/useFieldDraft.ts). */
import { Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSPECTION_RESULTS, type InspectionResult, type ReturnLine } from '../../../shared/domain/lifecycle/records';
import { isoToLocalInput, localInputToIso, nowIso } from '../../ui/dates';
import { useClerk } from '../../state/session';
import { notify } from '../../state/notices';
import { useFieldDraft, withPrefilled } from '../../ui/form/useFieldDraft';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcTextField } from './LcTextField';
import { parseRequiredQuantity } from '../../../shared/domain/quantity';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { errorsOfLine } from './lineErrors';

interface Draft {
  result: InspectionResult | '';
  defective: string;
  notes: string;
  by: string;
  at: string;
}

const draftOf = (line: ReturnLine): Draft => ({
  result: line.inspectionResult ?? '',
  defective: line.quantityDefective === null ? '' : String(line.quantityDefective),
  notes: line.defectNotes,
  by: line.inspectedBy,
  at: line.inspectedAt ? isoToLocalInput(line.inspectedAt) : '',
});

const inputOf = (d: Draft) => ({
  inspectionResult: d.result === '' ? null : d.result,
  quantityDefective: d.defective.trim() === '' ? null : parseRequiredQuantity(d.defective),
  defectNotes: d.notes,
  inspectedBy: d.by,
  inspectedAt: d.at === '' ? '' : localInputToIso(d.at),
});

export function InspectionForm({ line }: { line: ReturnLine }) {
  const { t } = useTranslation();
  const clerk = useClerk();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  // Who and when are pre-filled (this clerk, now) while the line has none.
  const [prefill] = useState(() => ({ by: clerk?.name ?? '', at: isoToLocalInput(nowIso()) }));
  const stored = draftOf(line);
  const fields = useFieldDraft<Draft>({ ...stored, by: stored.by || prefill.by, at: stored.at || prefill.at });
  const { result, defective, notes, by, at } = fields.draft;
  const set = fields.set;
  const errors = errorsOfLine(form.fieldErrors, line.id);
  const photoIds = file.attachments.filter((a) => a.ownerId === line.id).map((a) => a.id);
  const save = async () => {
    const { patch, seen } = withPrefilled(fields.edit(inputOf), inputOf(fields.draft), inputOf(stored), ['inspectedBy', 'inspectedAt']);
    // The photos are the line's attachments as they are now, not something typed: always current.
    const done = await form.submit((r) => r.returns.inspect(line.id, { ...patch, photoIds }, seen));
    if (done) {
      fields.reset();
      notify('lc.saved');
    }
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1 }}>
      <legend>{t('lc.returns.inspect')}</legend>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5, mt: 1 }}>
        <ChoiceSelect label={t('lc.returns.inspection')} value={result} choices={INSPECTION_RESULTS} text={(r) => t(`lc.returns.results.${r}`)} onChange={(v) => set({ result: v })} error={errors.inspectionResult} sx={{ minWidth: 160 }} />
        <LcTextField size="small" label={t('lc.returns.quantityDefective')} value={defective} onChange={(v) => set({ defective: v })} errorCode={errors.quantityDefective} />
        <LcTextField size="small" label={t('lc.returns.defectNotes')} value={notes} onChange={(v) => set({ notes: v })} errorCode={errors.defectNotes} />
        <LcTextField size="small" label={t('lc.returns.inspectedBy')} value={by} onChange={(v) => set({ by: v })} errorCode={errors.inspectedBy} />
        <LcTextField size="small" type="datetime-local" label={t('lc.returns.inspectedAt')} value={at} onChange={(v) => set({ at: v })} errorCode={errors.inspectedAt} />
        <Button variant="outlined" onClick={() => void save()} disabled={form.busy}>
          {t('lc.returns.inspect')}
        </Button>
      </Stack>
      <FormMessage message={form.message} />
    </Box>
  );
}
