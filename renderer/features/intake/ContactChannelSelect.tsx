/** The contact channel as a native select: keyboard friendly and light. */
import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CONTACT_CHANNELS, type ContactChannel } from '../../../shared/domain/case';
import { useErrorText } from './useErrorText';
import type { IntakeFormState } from './useIntakeForm';

export function ContactChannelSelect({ form, disabled }: { form: IntakeFormState; disabled?: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText(form.visibleError('contactChannel'));
  return (
    <TextField
      select
      id="intake-contactChannel"
      name="contactChannel"
      label={t('fields.contactChannel')}
      value={form.draft.contactChannel}
      disabled={disabled}
      onChange={(event) => form.set('contactChannel', event.target.value as ContactChannel)}
      onBlur={() => form.touch('contactChannel')}
      error={errorText !== undefined}
      helperText={errorText ?? ' '}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {CONTACT_CHANNELS.map((channel) => (
        <option key={channel} value={channel}>
          {t(`choices.contactChannel.${channel}`)}
        </option>
      ))}
    </TextField>
  );
}
