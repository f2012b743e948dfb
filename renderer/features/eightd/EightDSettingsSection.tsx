/**
 * Settings of the 8D reports (settings.eightD): the containment reply time
 * and the Word export defaults (layout, bilingual headings). The export
 * folder is remembered by the save dialog itself; who approves D8 is the
 * 品质主管 role (设置 → 经办人与权限).
 */
import { Box, Button, Checkbox, FormControlLabel, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eightDSettingsSchema } from '../../../shared/domain/eightd/settings';
import { EIGHT_D_LAYOUTS } from '../../../shared/report';
import { isLanguage } from '../../i18n';
import { errorText } from '../../ui/errors';
import { notify } from '../../state/notices';
import { sessionActions } from '../../state/session';
import { useSettingsBasis } from '../../ui/form/useSettingsBasis';
import { checkCount } from './numbers';

export function EightDSettingsSection() {
  const { t, i18n } = useTranslation();
  const [settings, rebase] = useSettingsBasis();
  const [hours, setHours] = useState(String(settings.eightD.containmentReplyHours));
  const [layout, setLayout] = useState(settings.eightD.layout);
  const [bilingual, setBilingual] = useState(settings.eightD.bilingual);
  const [busy, setBusy] = useState(false);
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const hoursCheck = checkCount(hours);
  const hoursOk = hoursCheck.ok && hoursCheck.value >= 1 && hoursCheck.value <= 720;

  const save = async () => {
    if (!hoursCheck.ok || !hoursOk) return;
    const next = eightDSettingsSchema.safeParse({ ...settings.eightD, containmentReplyHours: hoursCheck.value, layout, bilingual });
    if (!next.success) {
      notify('settings.failed', { message: next.error.issues[0]?.message ?? '' }, 'error');
      return;
    }
    setBusy(true);
    try {
      rebase(await sessionActions.updateSettings({ eightD: next.data }, settings));
      notify('eightD.settings.saved', undefined, 'success');
    } catch (e) {
      notify('settings.failed', { message: errorText(e) }, 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper component="section" aria-labelledby="settings-eightd" sx={{ p: 2.5, mb: 2 }}>
      <Typography component="h2" variant="h2" id="settings-eightd" sx={{ mb: 2 }}>
        {t('eightD.settings.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: -1, mb: 2 }} data-testid="settings-eightd-scope">
        {t('office.eightDScope')}
      </Typography>
      <Stack spacing={2} sx={{ maxWidth: 560 }}>
        <TextField
          label={t('eightD.settings.containmentReplyHours')}
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          error={!hoursOk}
          helperText={hoursOk ? undefined : t('eightD.settings.hoursInvalid')}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ maxWidth: 240 }}
        />
        <TextField select label={t('eightD.settings.layout')} value={EIGHT_D_LAYOUTS.some((l) => l.id === layout) ? layout : ''} onChange={(e) => setLayout(e.target.value)} sx={{ maxWidth: 320 }}>
          {EIGHT_D_LAYOUTS.map((l) => (
            <MenuItem key={l.id} value={l.id}>
              {l.name[language]}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel control={<Checkbox checked={bilingual} onChange={(e) => setBilingual(e.target.checked)} />} label={t('eightD.settings.bilingual')} />
        <Box>
          <Button variant="outlined" onClick={() => void save()} disabled={busy || !hoursOk}>
            {t('eightD.settings.save')}
          </Button>
        </Box>
      </Stack>
    </Paper>
  );
}
