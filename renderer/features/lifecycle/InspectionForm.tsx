/** Inspection of one line: result, defective quantity, notes, inspector and time (photos via the line's attachments). */
import { Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSPECTION_RESULTS, type InspectionResult, type ReturnLine } from '../../../shared/domain/lifecycle/records';
import { isoToLocalInput, localInputToIso, nowIso } from '../common/dates';
import { useClerk } from '../common/session';
import { notify } from '../common/notify';
import { useCaseFileApi } from './caseFileContext';
import { ChoiceSelect } from './ChoiceSelect';
import { FormMessage } from './FormMessage';
import { LcTextField } from './LcTextField';
import { toCount } from './numbers';
import { useWriteForm } from './useWriteForm';
import { errorsOfLine } from './writeOutcome';

export function InspectionForm({ line }: { line: ReturnLine }) {
  const { t } = useTranslation();
  const clerk = useClerk();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  const [result, setResult] = useState<InspectionResult | ''>(line.inspectionResult ?? '');
  const [defective, setDefective] = useState(line.quantityDefective === null ? '' : String(line.quantityDefective));
  const [notes, setNotes] = useState(line.defectNotes);
  const [by, setBy] = useState(line.inspectedBy || clerk?.name || '');
  const [at, setAt] = useState(isoToLocalInput(line.inspectedAt ?? nowIso()));
  const errors = errorsOfLine(form.fieldErrors, line.id);
  const photoIds = file.attachments.filter((a) => a.ownerId === line.id).map((a) => a.id);
  const save = async () => {
    const done = await form.submit((r) =>
      r.returns.inspect(line.id, {
        inspectionResult: result === '' ? null : result,
        quantityDefective: defective.trim() === '' ? null : toCount(defective),
        defectNotes: notes,
        inspectedBy: by,
        inspectedAt: at === '' ? '' : localInputToIso(at),
        photoIds,
      }),
    );
    if (done) notify(t('lc.saved'));
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1 }}>
      <legend>{t('lc.returns.inspect')}</legend>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5, mt: 1 }}>
        <ChoiceSelect label={t('lc.returns.inspection')} value={result} choices={INSPECTION_RESULTS} text={(r) => t(`lc.returns.results.${r}`)} onChange={setResult} error={errors.inspectionResult} sx={{ minWidth: 160 }} />
        <LcTextField size="small" label={t('lc.returns.quantityDefective')} value={defective} onChange={setDefective} errorCode={errors.quantityDefective} />
        <LcTextField size="small" label={t('lc.returns.defectNotes')} value={notes} onChange={setNotes} errorCode={errors.defectNotes} />
        <LcTextField size="small" label={t('lc.returns.inspectedBy')} value={by} onChange={setBy} errorCode={errors.inspectedBy} />
        <LcTextField size="small" type="datetime-local" label={t('lc.returns.inspectedAt')} value={at} onChange={setAt} errorCode={errors.inspectedAt} />
        <Button variant="outlined" onClick={() => void save()} disabled={form.busy}>
          {t('lc.returns.inspect')}
        </Button>
      </Stack>
      <FormMessage message={form.message} />
    </Box>
  );
}
