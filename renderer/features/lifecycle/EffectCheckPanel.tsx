/**
 * 效果确认 on a closed case (issue 19.5): when the check is due (movable
 * until it is done), and the check itself — the measures worked, or they did
 * not, which re-opens the case as a new round with the note as its reason —
 * and its evidence (scans, photos) in the round's effect-check slot.
 * A case re-opened by a failed check says so while it runs its new round.
 */
import { Alert, Box, Button, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectCheckResult } from '../../../shared/domain/lifecycle/effect-check';
import { factoryDate } from '../../../shared/domain/factory-calendar';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { FormMessage } from '../../ui/form/FormMessage';
import { sessionNow } from '../../state/session';
import { LcTextField } from './LcTextField';
import { AttachmentList } from './AttachmentList';
import { slotOwnerId } from '../../../shared/domain/lifecycle/attachment-slots';

export function EffectCheckPanel() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const lc = file.lifecycle;
  const dueForm = useWriteForm();
  const checkForm = useWriteForm();
  // The clerk's typed date, or null to show the stored one (which a closing, or another PC, may set after this mounted).
  const [dueDraft, setDueDraft] = useState<string | null>(null);
  const due = dueDraft ?? lc.effectCheckDueDate ?? '';
  const [result, setResult] = useState<EffectCheckResult | null>(null);
  const [checkedOn, setCheckedOn] = useState(() => factoryDate(sessionNow()));
  const [note, setNote] = useState('');
  const check = lc.effectCheck ?? null;

  if (lc.state !== 'closed') {
    // The round a failed check opened: what was found, until the case closes again.
    if (check?.result !== 'ineffective') return null;
    return (
      <Alert severity="warning" data-testid="effect-check-reopened">
        {t('lc.effectCheck.reopened', { date: check.checkedOn, by: check.checkedBy, note: check.note })}
      </Alert>
    );
  }
  if (lc.effectCheckDueDate === undefined) return null;

  return (
    <Box component="section" aria-labelledby="effect-check-title" data-testid="effect-check" sx={{ borderTop: 1, borderColor: 'divider', pt: 1.5 }}>
      <Typography id="effect-check-title" variant="subtitle2" sx={{ mb: 1 }}>
        {t('lc.effectCheck.title')}
      </Typography>
      {check ? (
        <Alert severity="success">{t('lc.effectCheck.done', { date: check.checkedOn, by: check.checkedBy, note: check.note || '—' })}</Alert>
      ) : (
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
            <LcTextField type="date" label={t('lc.effectCheck.due')} value={due} onChange={setDueDraft} errorCode={dueForm.fieldErrors.effectCheckDueDate} />
            <Button onClick={() => void dueForm.submit((r) => r.lifecycle.setEffectCheckDue(file.case.id, due)).then((done) => done !== undefined && setDueDraft(null))} disabled={dueForm.busy || due === lc.effectCheckDueDate}>
              {t('lc.effectCheck.moveDue')}
            </Button>
          </Stack>
          <FormMessage message={dueForm.message} />
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
            <ToggleButtonGroup exclusive size="small" value={result} onChange={(_, v: EffectCheckResult | null) => setResult(v)} aria-label={t('lc.effectCheck.result')}>
              <ToggleButton value="effective">{t('lc.effectCheck.effective')}</ToggleButton>
              <ToggleButton value="ineffective">{t('lc.effectCheck.ineffective')}</ToggleButton>
            </ToggleButtonGroup>
            <LcTextField type="date" label={t('lc.effectCheck.checkedOn')} value={checkedOn} onChange={setCheckedOn} errorCode={checkForm.fieldErrors.checkedOn} />
          </Stack>
          <LcTextField label={t('lc.effectCheck.note')} value={note} onChange={setNote} multiline minRows={2} errorCode={checkForm.fieldErrors.note ?? checkForm.fieldErrors.result ?? checkForm.fieldErrors.effectCheck} helperText={result === 'ineffective' ? t('lc.effectCheck.reopenHint') : undefined} />
          <FormMessage message={checkForm.message} />
          <Box>
            <Button
              variant="contained"
              color={result === 'ineffective' ? 'warning' : 'primary'}
              disabled={checkForm.busy || result === null}
              onClick={() => result && void checkForm.submit((r) => r.lifecycle.recordEffectCheck(file.case.id, { result, checkedOn, note }))}
            >
              {result === 'ineffective' ? t('lc.effectCheck.recordAndReopen') : t('lc.effectCheck.record')}
            </Button>
          </Box>
        </Stack>
      )}
      <AttachmentList ownerId={slotOwnerId(file.case.id, 'effectCheck', lc.round)} title={t('lc.effectCheck.evidence')} addLabel={t('lc.attachments.addScan')} />
    </Box>
  );
}
