/**
 * Settings of the printed forms (settings.printing): the logo in every form
 * header, and per form its number (e.g. QR-025), revision and copy
 * designations (第一联 品质部存 …). Default printer and paper per form are
 * remembered by the print dialog.
 */
import { Box, Button, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORM_KINDS, type FormKind } from '../../../shared/forms';
import type { PrintSettings } from '../../../shared/domain/print-settings';
import { blobToDataUrl } from '../../platform/blobToBase64';
import { errorText } from '../../ui/errors';
import { notify, notifyText } from '../../state/notices';
import { sessionActions } from '../../state/session';
import { useSettingsBasis } from '../../ui/form/useSettingsBasis';

const MAX_LOGO_CHARS = 300_000;

export function PrintSettingsSection() {
  const { t } = useTranslation();
  const [basis, rebase] = useSettingsBasis();
  const [draft, setDraft] = useState<PrintSettings>(basis.printing);

  const setForm = (kind: FormKind, patch: Partial<PrintSettings['forms'][FormKind]>) =>
    setDraft((d) => ({ ...d, forms: { ...d.forms, [kind]: { ...d.forms[kind], ...patch } } }));

  const save = async () => {
    try {
      rebase(await sessionActions.updateSettings({ printing: draft }, basis));
      notify('print.settings.saved', undefined, 'success');
    } catch (e) {
      notifyText(errorText(e), 'error');
    }
  };

  return (
    <Paper component="section" aria-labelledby="settings-printing" sx={{ p: 2.5, mb: 2 }}>
      <Typography component="h2" variant="h2" id="settings-printing" sx={{ mb: 2 }}>
        {t('print.settings.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: -1, mb: 2 }} data-testid="settings-printing-scope">
        {t('office.printScope')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
        {draft.logoDataUrl && <img src={draft.logoDataUrl} alt={t('print.settings.logo')} style={{ height: 40 }} />}
        <Button component="label" variant="outlined" size="small">
          {t('print.settings.logo')}
          <input
            type="file"
            accept="image/png,image/jpeg"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              void blobToDataUrl(file).then((url) => {
                if (url.length > MAX_LOGO_CHARS) notify('print.settings.logoTooLarge', undefined, 'warning');
                else setDraft((d) => ({ ...d, logoDataUrl: url }));
              });
            }}
          />
        </Button>
        {draft.logoDataUrl && (
          <Button size="small" onClick={() => setDraft((d) => ({ ...d, logoDataUrl: '' }))}>
            {t('print.settings.removeLogo')}
          </Button>
        )}
      </Box>
      {FORM_KINDS.map((kind) => (
        <Box key={kind} sx={{ display: 'grid', gridTemplateColumns: '180px 120px 90px 1fr', gap: 1, alignItems: 'center', mb: 1 }}>
          <Typography>{t(`print.kinds.${kind}`)}</Typography>
          <TextField size="small" label={t('print.settings.formNumber')} value={draft.forms[kind].formNumber} onChange={(e) => setForm(kind, { formNumber: e.target.value.slice(0, 40) })} />
          <TextField size="small" label={t('print.settings.revision')} value={draft.forms[kind].revision} onChange={(e) => setForm(kind, { revision: e.target.value.slice(0, 20) })} />
          <TextField
            size="small"
            label={t('print.settings.copies')}
            value={draft.forms[kind].copies.join('；')}
            onChange={(e) =>
              setForm(kind, {
                copies: e.target.value
                  .split(/[;；]/)
                  .map((c) => c.slice(0, 40))
                  .slice(0, 10),
              })
            }
          />
        </Box>
      ))}
      <Button variant="contained" onClick={() => void save()} sx={{ mt: 1 }}>
        {t('print.settings.save')}
      </Button>
    </Paper>
  );
}
