/**
 * D3: "containment replied to the customer" — when, and its due time
 * (containmentReplyHours after the 8D was opened, 24 h by default) coloured
 * overdue / due today / done / done late.
 */
import { Button, Chip, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, isoToLocalInput, localInputToIso, nowIso } from '../../ui/dates';
import { deadlineBadge } from '../../ui/deadlineView';
import { FormMessage } from '../../ui/form/FormMessage';
import { useNow } from '../../ui/useNow';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { useEightDForm } from './useEightDForm';

const COLOR = { overdue: 'error', dueToday: 'warning', late: 'warning', done: 'success', open: 'default' } as const;

export function ContainmentReply({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const report = file.bundle.report;
  const form = useEightDForm();
  const now = useNow(60_000);
  const [at, setAt] = useState(() => isoToLocalInput(nowIso()));
  const replied = report.containmentRepliedAt;
  const late = replied !== null && Date.parse(replied) > Date.parse(report.containmentDueAt);
  const badge = deadlineBadge({ dueAt: report.containmentDueAt, doneAt: replied, late }, now);
  const due = t('eightD.containment.replyDue', { time: formatDateTime(report.containmentDueAt) });
  const label = replied ? `${t('eightD.containment.repliedAt', { time: formatDateTime(replied) })} · ${due}` : due;
  return (
    <Stack spacing={1} component="section" aria-label={t('eightD.containment.reply')}>
      <Stack direction="row" sx={{ gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip
          color={COLOR[badge]}
          variant={badge === 'open' || badge === 'done' ? 'outlined' : 'filled'}
          label={badge === 'open' || badge === 'done' ? label : `${t(`lc.deadlines.${badge}`)} · ${label}`}
          data-testid="ed-containment-due"
          data-badge={badge}
        />
        {!readOnly && replied === null && (
          <>
            <EdTextField type="datetime-local" label={t('eightD.containment.replyTime')} value={at} onChange={setAt} errorCode={form.fieldErrors.containmentRepliedAt ?? form.fieldErrors.at} />
            <Button variant="outlined" disabled={form.busy} onClick={() => void form.submit((r) => r.eightD.setContainmentReplied(report.id, localInputToIso(at)))}>
              {t('eightD.containment.markReplied')}
            </Button>
          </>
        )}
        {!readOnly && replied !== null && (
          <Button size="small" disabled={form.busy} onClick={() => void form.submit((r) => r.eightD.setContainmentReplied(report.id, null))}>
            {t('eightD.containment.undoReplied')}
          </Button>
        )}
      </Stack>
      <FormMessage message={form.message} />
    </Stack>
  );
}
