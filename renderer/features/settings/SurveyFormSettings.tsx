/**
 * 满意度调查表: the office's wording of the survey's ten rated items (and
 * question 8's stem) and the satisfied threshold (issue 16.1). Saved on its
 * own through the session store as one office field (surveyForm), with only
 * the texts the admin changed taken from the draft (surveyFormDraft.ts).
 */
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_TEXT_MAX } from '../../../shared/domain/lifecycle/survey-form';
import { notify } from '../../state/notices';
import { sessionActions } from '../../state/session';
import { errorMessage } from '../../ui/errors';
import { useSettingsBasis } from '../../ui/form/useSettingsBasis';
import { SettingsSection } from './SettingsSection';
import { checkSurveyFormDraft, SURVEY_TEXT_KEYS, surveyFormDraftFrom, surveyTextNumber, type SurveyFormErrors, type SurveyTextKey } from './surveyFormDraft';

export function SurveyFormSettings() {
  const { t } = useTranslation();
  const [basis, rebase] = useSettingsBasis();
  const [draft, setDraft] = useState(() => surveyFormDraftFrom(basis.surveyForm));
  const [errors, setErrors] = useState<SurveyFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const message = (field: string) => {
    const code = errors[field];
    if (!code) return undefined;
    return code === 'tooLong' ? t('office.survey.tooLong', { max: SURVEY_TEXT_MAX }) : t(`office.survey.${code}`);
  };
  const setText = (key: SurveyTextKey, lang: 'zh' | 'en', value: string) => setDraft((d) => ({ ...d, texts: { ...d.texts, [key]: { ...d.texts[key], [lang]: value } } }));

  const save = async () => {
    setFailure(null);
    const checked = checkSurveyFormDraft(draft, basis.surveyForm);
    setErrors(checked.errors);
    if (!checked.next) return;
    setBusy(true);
    try {
      const saved = await sessionActions.updateSettings({ surveyForm: checked.next }, basis);
      rebase(saved);
      setDraft(surveyFormDraftFrom(saved.surveyForm));
      notify('office.survey.saved', undefined, 'success');
    } catch (error) {
      setFailure(t('settings.failed', { message: errorMessage(error, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection id="settings-survey-form" title={t('office.survey.section')} scope="office">
      <Typography variant="body2" color="text.secondary">
        {t('office.survey.help')}
      </Typography>
      <Box
        component="form"
        noValidate
        data-testid="survey-form-settings"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '7rem 3fr 2fr' }, gap: 1.5, alignItems: 'start' }}
      >
        {SURVEY_TEXT_KEYS.map((key) => {
          const label = key === 'q8Stem' ? t('office.survey.stem') : t('office.survey.item', { number: surveyTextNumber(key) });
          return (
            <Box key={key} sx={{ display: 'contents' }} data-testid={`survey-text-${key}`}>
              <Typography variant="body2" sx={{ pt: 1, fontWeight: 600 }} id={`survey-text-${key}-label`}>
                {label}
              </Typography>
              <TextField
                name={`${key}.zh`}
                size="small"
                multiline
                label={t('office.survey.zh')}
                value={draft.texts[key].zh}
                onChange={(event) => setText(key, 'zh', event.target.value)}
                error={Boolean(errors[`${key}.zh`])}
                helperText={message(`${key}.zh`)}
                slotProps={{ htmlInput: { 'aria-describedby': `survey-text-${key}-label` } }}
              />
              <TextField
                name={`${key}.en`}
                size="small"
                multiline
                label={t('office.survey.en')}
                value={draft.texts[key].en}
                onChange={(event) => setText(key, 'en', event.target.value)}
                error={Boolean(errors[`${key}.en`])}
                helperText={message(`${key}.en`)}
                slotProps={{ htmlInput: { 'aria-describedby': `survey-text-${key}-label` } }}
              />
            </Box>
          );
        })}
        <Box sx={{ gridColumn: '1 / -1', display: 'flex', gap: 2, alignItems: 'start', flexWrap: 'wrap' }}>
          <TextField
            name="satisfiedThreshold"
            size="small"
            label={t('office.survey.threshold')}
            value={draft.threshold}
            onChange={(event) => setDraft((d) => ({ ...d, threshold: event.target.value }))}
            error={Boolean(errors.threshold)}
            helperText={message('threshold') ?? t('office.survey.thresholdHelp')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ width: 280 }}
          />
          <Button type="submit" variant="outlined" disabled={busy} sx={{ mt: 0.25 }}>
            {t('office.survey.save')}
          </Button>
        </Box>
      </Box>
      {failure && <Alert severity="error">{failure}</Alert>}
    </SettingsSection>
  );
}
