/**
 * 设置: language, this PC (station code, clerk), numbering, share folder,
 * company, workflow, about — and the settings sections of the features that
 * own them (joining a share: sync; printed forms: print; 8D reports: eightd).
 * A composition page, so it lives in renderer/app.
 */
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../ui/errors';
import { notify } from '../state/notices';
import { sessionActions, useIsAdmin } from '../state/session';
import { useSettingsBasis } from '../ui/form/useSettingsBasis';
import { useShareStatus } from '../state/share-status';
import { StationCodeField } from '../ui/this-pc/StationCodeField';
import { AboutSection } from '../features/settings/AboutSection';
import { BackupSection } from '../features/settings/BackupSection';
import { RetentionSection } from '../features/archive/RetentionSection';
import { ClerkSetting } from '../features/settings/ClerkSetting';
import { ClerksSection } from '../features/clerks/ClerksSection';
import { DelegationsSection } from '../features/clerks/DelegationsSection';
import { LanguageSwitch } from '../ui/this-pc/LanguageSwitch';
import { PatternField } from '../features/settings/PatternField';
import { SettingsSection } from '../features/settings/SettingsSection';
import { ShareStateLine } from '../features/settings/ShareStateLine';
import { JoinShareSection } from '../features/sync/JoinShareSection';
import { ReseedShareSection } from '../features/sync/ReseedShareSection';
import { useSettingsForm } from '../features/settings/useSettingsForm';
import { WorkflowSettings } from '../features/settings/WorkflowSettings';
import { DeadlineRulesSettings } from '../features/settings/DeadlineRulesSettings';
import { SurveyFormSettings } from '../features/settings/SurveyFormSettings';
import { OfficeHistory } from '../features/settings/OfficeHistory';
import { OfficeRefused } from '../features/settings/OfficeRefused';
import { officeFieldLabel, officeValueText } from '../features/settings/officeValueText';
import { CaseConflicts } from '../features/sync/CaseConflicts';
import { OFFICE_SETTINGS_ID } from '../../shared/domain/office-settings';
import { PrintSettingsSection } from '../features/print/PrintSettingsSection';

// Its layout list comes with the Word builder (the docx package): loaded with this section, not with the app.
const EightDSettingsSection = lazy(() => import('../features/eightd/EightDSettingsSection').then((m) => ({ default: m.EightDSettingsSection })));

/** The settings are the admins' (issue 16.4); another clerk sees the language, the clerk list, the delegations (a manager adds his own) and the about box. */
export function SettingsPage() {
  return useIsAdmin() ? <AdminSettings /> : <ClerkSettings />;
}

function ClerkSettings() {
  const { t } = useTranslation();
  return (
    <Box sx={{ maxWidth: 820 }}>
      <Typography variant="h1" component="h1" sx={{ mb: 2 }}>
        {t('settings.title')}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }} data-testid="settings-admin-only">
        {t('office.adminOnly')}
      </Alert>
      <SettingsSection id="settings-language" title={t('settings.language')} scope="pc">
        <Box>
          <LanguageSwitch />
        </Box>
      </SettingsSection>
      <SettingsSection id="settings-clerks" title={t('clerks.section')}>
        <ClerksSection />
      </SettingsSection>
      <SettingsSection id="settings-delegation" title={t('delegation.section')} scope="office">
        <DelegationsSection />
      </SettingsSection>
      <AboutSection />
    </Box>
  );
}

function AdminSettings() {
  const { t } = useTranslation();
  const [basis, rebase] = useSettingsBasis();
  const form = useSettingsForm(basis);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);

  const save = async () => {
    setSubmitted(true);
    if (!form.valid) return;
    setBusy(true);
    setFailure(null);
    try {
      if (Object.keys(form.patch).length > 0) rebase(await sessionActions.updateSettings(form.patch, basis));
      notify('settings.saved');
      void useShareStatus.getState().refresh();
    } catch (error) {
      setFailure(t('settings.failed', { message: errorMessage(error, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ maxWidth: 820 }}>
      <Typography variant="h1" component="h1" sx={{ mb: 2 }}>
        {t('settings.title')}
      </Typography>
      <OfficeRefused />
      <CaseConflicts caseId={OFFICE_SETTINGS_ID} labelOf={(field) => officeFieldLabel(field, t)} textOf={(field, value) => officeValueText(field, value, t)} />
      <SettingsSection id="settings-language" title={t('settings.language')} scope="pc">
        <Box>
          <LanguageSwitch />
        </Box>
      </SettingsSection>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <SettingsSection id="settings-station" title={t('settings.stationSection')} scope="pc">
          <Box sx={{ maxWidth: 480 }}>
            <StationCodeField value={form.draft.stationCode} onChange={(v) => form.set('stationCode', v)} help={t('settings.stationHelp')} showError={submitted || form.draft.stationCode !== ''} />
          </Box>
          <ClerkSetting />
        </SettingsSection>
        <SettingsSection id="settings-numbering" title={t('settings.numberingSection')} scope="office">
          <PatternField value={form.draft.caseNumberPattern} station={form.draft.stationCode} problem={form.patternProblem} onChange={(v) => form.set('caseNumberPattern', v)} />
        </SettingsSection>
        <SettingsSection id="settings-share" title={t('settings.shareSection')} scope="pc">
          <TextField
            name="sharePath"
            label={t('settings.sharePath')}
            value={form.draft.sharePath}
            onChange={(event) => form.set('sharePath', event.target.value)}
            helperText={t('settings.sharePathHelp')}
            slotProps={{ htmlInput: { spellCheck: false } }}
          />
          <ShareStateLine />
          <JoinShareSection />
          <ReseedShareSection />
        </SettingsSection>
        <SettingsSection id="settings-company" title={t('settings.companySection')} scope="office">
          <TextField
            name="companyName"
            label={t('settings.companyName')}
            value={form.draft.companyName}
            onChange={(event) => form.set('companyName', event.target.value)}
            helperText={t('settings.companyHelp')}
            error={form.draft.companyName.length > 120}
            sx={{ maxWidth: 480 }}
          />
        </SettingsSection>
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {failure}
          </Alert>
        )}
        <Box sx={{ mb: 3 }}>
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            {t('settings.saveSettings')}
          </Button>
        </Box>
      </Box>
      <SettingsSection id="settings-clerks" title={t('clerks.section')}>
        <ClerksSection />
      </SettingsSection>
      <SettingsSection id="settings-delegation" title={t('delegation.section')} scope="office">
        <DelegationsSection />
      </SettingsSection>
      <WorkflowSettings />
      <DeadlineRulesSettings />
      <SurveyFormSettings />
      <PrintSettingsSection />
      <Suspense fallback={null}>
        <EightDSettingsSection />
      </Suspense>
      <SettingsSection id="settings-office-history" title={t('office.historyTitle')} scope="office">
        <OfficeHistory />
      </SettingsSection>
      <BackupSection />
      <SettingsSection id="settings-retention" title={t('retention.section')} scope="office">
        <RetentionSection />
      </SettingsSection>
      <AboutSection />
    </Box>
  );
}
