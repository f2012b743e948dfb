/**
 * 举一反三: marks one related item — checked (no defect), not affected, or
 * affected — with who checked it and when. Affected with no D3 action yet
 * shows the containment action that will be opened, prefilled (isolate and
 * sort the item, at the finished goods, the checker as owner) and editable;
 * the repository opens it in the same write. Messages stay at the fields.
 */
import { Alert, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainmentInput } from '../../../shared/domain/eightd/horizontal-checks';
import { CONTAINMENT_LOCATIONS, HORIZONTAL_RESULTS, type EightDHorizontalCheck, type HorizontalResult } from '../../../shared/domain/eightd/records';
import { MAX_PERSON_NAME } from '../../../shared/domain/eightd/validation';
import { sessionNow, useClerk } from '../../state/session';
import { formatDate } from '../../ui/dates';
import { ChildFormFrame } from './ChildFormFrame';
import { EdChoice } from './EdChoice';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { useEightDForm } from './useEightDForm';

export function CheckResultForm({ check, onDone }: { check: EightDHorizontalCheck; onDone: () => void }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const clerk = useClerk();
  const form = useEightDForm();
  const today = formatDate(new Date(sessionNow()));
  const [result, setResult] = useState<HorizontalResult | ''>(check.result || 'checked');
  const [checkedBy, setCheckedBy] = useState(check.checkedBy || (clerk?.name ?? ''));
  const [checkedOn, setCheckedOn] = useState(check.checkedOn || today);
  const [note, setNote] = useState(check.note);
  const [containment, setContainment] = useState<ContainmentInput>({
    description: t('eightD.horizontal.containmentDescription', { subject: check.subject }),
    location: 'finished_goods',
    owner: clerk?.name ?? '',
  });
  const linked = file.bundle.containment.some((c) => c.id === check.containmentId);
  const opensContainment = result === 'affected' && !linked;
  const e = form.fieldErrors;

  const save = async () => {
    const input = { result, checkedBy, checkedOn, note, ...(opensContainment ? { containment } : {}) };
    if (await form.submit((r) => r.eightD.checks.setResult(check.id, input))) onDone();
  };

  return (
    <ChildFormFrame legend={t('eightD.horizontal.markTitle', { subject: check.subject })} submitLabel={t('eightD.horizontal.mark')} busy={form.busy} message={form.message} onSubmit={() => void save()} onCancel={onDone}>
      <EdChoice
        label={t('eightD.horizontal.result')}
        value={result}
        choices={HORIZONTAL_RESULTS}
        text={(r) => t(`eightD.horizontal.results.${r}`)}
        emptyLabel={t('eightD.horizontal.results.open')}
        onChange={setResult}
        errorCode={e.result}
        sx={{ minWidth: 180 }}
      />
      <EdTextField label={t('eightD.horizontal.checkedBy')} value={checkedBy} onChange={setCheckedBy} errorCode={e.checkedBy} maxLength={MAX_PERSON_NAME} disabled={result === ''} />
      <EdTextField type="date" label={t('eightD.horizontal.checkedOn')} value={checkedOn} onChange={setCheckedOn} errorCode={e.checkedOn} disabled={result === ''} />
      <EdTextField label={t('eightD.horizontal.note')} value={note} onChange={setNote} errorCode={e.note} multiline sx={{ flex: '1 1 240px' }} />
      {opensContainment && (
        <Alert severity="warning" sx={{ flexBasis: '100%' }} data-testid="ed-check-containment">
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('eightD.horizontal.containmentNew')}
          </Typography>
          <EdTextField
            label={t('eightD.horizontal.containment')}
            value={containment.description}
            onChange={(description) => setContainment({ ...containment, description })}
            errorCode={e['containment.description']}
            multiline
            fullWidth
          />
          <EdChoice
            label={t('eightD.horizontal.containmentLocation')}
            value={containment.location}
            choices={CONTAINMENT_LOCATIONS}
            text={(l) => t(`eightD.containment.locations.${l}`)}
            onChange={(location) => setContainment({ ...containment, location })}
            errorCode={e['containment.location']}
            sx={{ mt: 1.5, mr: 1.5 }}
          />
          <EdTextField label={t('eightD.horizontal.containmentOwner')} value={containment.owner} onChange={(owner) => setContainment({ ...containment, owner })} errorCode={e['containment.owner']} sx={{ mt: 1.5 }} />
        </Alert>
      )}
    </ChildFormFrame>
  );
}
