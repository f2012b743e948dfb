/** This PC's idle time before the screen locks (PC setting idleLockMinutes, 0 = never); saved on its own. */
import { Box, Button, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errors';
import { notify } from '../../state/notices';
import { sessionActions, useSettings } from '../../state/session';

export function IdleLockSetting() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [value, setValue] = useState(String(settings.idleLockMinutes));
  const [failure, setFailure] = useState<string | null>(null);
  const minutes = /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  const valid = Number.isInteger(minutes) && minutes >= 0 && minutes <= 480;

  const save = async () => {
    if (!valid) return;
    setFailure(null);
    try {
      await sessionActions.updateSettings({ idleLockMinutes: minutes });
      notify('clerks.saved');
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };

  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <TextField
        name="idleLockMinutes"
        label={t('clerks.idleLock')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={!valid || failure !== null}
        helperText={failure ?? (valid ? t('clerks.idleLockHelp') : t('clerks.idleLockInvalid'))}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        sx={{ maxWidth: 320 }}
      />
      <Button variant="outlined" onClick={() => void save()} disabled={!valid || minutes === settings.idleLockMinutes} sx={{ mt: 1 }}>
        {t('common.save')}
      </Button>
    </Box>
  );
}
