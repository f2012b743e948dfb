/**
 * The two things a clerk writes on a 催办单 before printing it: a note to the
 * departments, and the time the answer is wanted by (empty: one working day
 * from now, as the form prints it). A reply-by in the past is refused at the field.
 */
import { Box, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { localInputToIso } from '../../ui/dates';

export const REMINDER_NOTE_MAX = 500;

export interface ReminderInput {
  note: string;
  /** <input type="datetime-local"> value, '' for the default. */
  replyBy: string;
}

/** Field error code of the reply-by, or null. Pure. */
export function replyByError(replyBy: string, nowMs: number): 'invalid' | 'past' | null {
  if (replyBy === '') return null;
  const ms = Date.parse(localInputToIso(replyBy));
  if (Number.isNaN(ms)) return 'invalid';
  return ms < nowMs ? 'past' : null;
}

export function ReminderFields({ value, onChange, nowMs }: { value: ReminderInput; onChange: (next: ReminderInput) => void; nowMs: number }) {
  const { t } = useTranslation();
  const error = replyByError(value.replyBy, nowMs);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="reminder-fields">
      <TextField
        type="datetime-local"
        size="small"
        label={t('print.reminder.replyBy')}
        value={value.replyBy}
        onChange={(e) => onChange({ ...value, replyBy: e.target.value })}
        error={error !== null}
        helperText={error ? t(`print.reminder.replyByErrors.${error}`) : t('print.reminder.replyByDefault')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        multiline
        minRows={2}
        size="small"
        label={t('print.reminder.note')}
        value={value.note}
        onChange={(e) => onChange({ ...value, note: e.target.value.slice(0, REMINDER_NOTE_MAX) })}
        helperText={t('print.reminder.noteCount', { count: value.note.length, max: REMINDER_NOTE_MAX })}
      />
    </Box>
  );
}
