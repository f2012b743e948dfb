/**
 * 流程与期限 (workflow and deadlines): authority matrix, receiving tolerance,
 * working hours, holiday overrides, attachment size limit, RMA number
 * pattern, repeat-complaint window. Saved on its own through the session store (updateSettings);
 * the host checks the patch with settingsPatchSchema and its issues are
 * shown at the fields.
 */
import { Alert, Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVER_ROLES, type ApproverRole } from '../../../shared/domain/lifecycle/authority';
import { formatCaseNumber, numberingContext } from '../../../shared/domain/numbering';
import { DesktopApiError } from '../../../shared/ipc/result';
import { errorMessage } from '../../ui/errors';
import { DateField } from '../../ui/form/DateField';
import { notify } from '../../state/notices';
import { sessionActions, sessionNow, useSettings } from '../../state/session';
import { EditableRows } from './EditableRows';
import { SettingsSection } from './SettingsSection';
import { useSettingsBasis } from '../../ui/form/useSettingsBasis';
import { checkWorkflowDraft, issuesToErrors, workflowDraftFrom, type WorkflowDraft, type WorkflowErrors } from './workflowDraft';

export function WorkflowSettings() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [basis, rebase] = useSettingsBasis();
  const [draft, setDraft] = useState<WorkflowDraft>(() => workflowDraftFrom(basis));
  const [submitted, setSubmitted] = useState(false);
  const [hostErrors, setHostErrors] = useState<WorkflowErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const checked = checkWorkflowDraft(draft, basis);
  const errors: WorkflowErrors = submitted ? { ...hostErrors, ...checked.errors } : {};
  // The pattern shows its problem (or its example) as it is typed, like the case number pattern.
  const patternError = checked.errors.rmaPattern;
  const message = (key: string | undefined) => (key === undefined ? undefined : key.startsWith('lc.') || key.startsWith('pattern.') || key.startsWith('repeats.') ? t(key as 'lc.settings.periodOrder') : key);

  const update = (patch: Partial<WorkflowDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setHostErrors({});
  };

  const save = async () => {
    setSubmitted(true);
    setFailure(null);
    if (Object.keys(checked.errors).length > 0) return;
    setBusy(true);
    try {
      if (Object.keys(checked.patch).length > 0) rebase(await sessionActions.updateSettings(checked.patch, basis));
      notify('lc.settings.saved');
      setSubmitted(false);
    } catch (error) {
      if (error instanceof DesktopApiError && error.issues) setHostErrors(issuesToErrors(error.issues));
      setFailure(t('settings.failed', { message: errorMessage(error, t) }));
    } finally {
      setBusy(false);
    }
  };

  const roleSelect = (value: ApproverRole, onChange: (role: ApproverRole) => void, label: string, error?: string, name?: string) => (
    <TextField select size="small" fullWidth={false} label={label} value={value} onChange={(e) => onChange(e.target.value as ApproverRole)} error={error !== undefined} helperText={message(error)} sx={{ minWidth: 160 }} name={name}>
      {APPROVER_ROLES.map((r) => (
        <MenuItem key={r} value={r}>
          {t(`lc.roles.${r}`)}
        </MenuItem>
      ))}
    </TextField>
  );

  const example = patternError === undefined ? formatCaseNumber(draft.rmaPattern, numberingContext(sessionNow(), settings.stationCode || 'B'), 1) : '';

  return (
    <SettingsSection id="settings-workflow" title={t('lc.settings.section')} scope="office">
      <Box
        component="form"
        noValidate
        data-testid="workflow-settings"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
      >
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
            {t('lc.settings.authority')}
          </Typography>
          <EditableRows
            rows={draft.authority}
            onChange={(authority) => update({ authority })}
            error={message(errors.authority)}
            maxRows={10}
            addLabel={t('lc.settings.addRow')}
            newRow={() => ({ upTo: '', role: draft.aboveRole })}
            footer={roleSelect(draft.aboveRole, (aboveRole) => update({ aboveRole }), t('lc.settings.above'), errors.aboveRole)}
            renderRow={(row, set, i) => (
              <>
                <TextField
                  size="small"
                  fullWidth={false}
                  label={t('lc.settings.upTo')}
                  name={`authority-${i}`}
                  value={row.upTo}
                  onChange={(e) => set({ ...row, upTo: e.target.value })}
                  error={errors[`authority.${i}`] !== undefined}
                  helperText={message(errors[`authority.${i}`])}
                  slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                  sx={{ width: 200 }}
                />
                {roleSelect(row.role, (role) => set({ ...row, role }), t('lc.settings.role'))}
              </>
            )}
          />
        </Box>

        <TextField
          size="small"
          name="receivingTolerancePercent"
          label={t('lc.settings.tolerance')}
          value={draft.tolerance}
          onChange={(e) => update({ tolerance: e.target.value })}
          error={errors.tolerance !== undefined}
          helperText={message(errors.tolerance) ?? t('lc.settings.toleranceHelp')}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          sx={{ maxWidth: 320 }}
        />

        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Typography variant="subtitle2">{t('lc.settings.workingHours')}</Typography>
          <EditableRows
            rows={draft.workingHours}
            onChange={(workingHours) => update({ workingHours })}
            error={message(errors.workingHours)}
            minRows={1}
            maxRows={6}
            addLabel={t('lc.settings.addPeriod')}
            newRow={() => ({ start: '', end: '' })}
            renderRow={(period, set, i) =>
              (['start', 'end'] as const).map((end) => (
                <TextField
                  key={end}
                  size="small"
                  fullWidth={false}
                  type="time"
                  label={t(end === 'start' ? 'lc.settings.periodStart' : 'lc.settings.periodEnd')}
                  value={period[end]}
                  onChange={(e) => set({ ...period, [end]: e.target.value })}
                  error={errors[`workingHours.${i}`] !== undefined}
                  helperText={end === 'end' ? message(errors[`workingHours.${i}`]) : undefined}
                  slotProps={{ inputLabel: { shrink: true } }}
                  sx={{ width: 150 }}
                />
              ))
            }
          />
        </Box>

        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }} data-testid="holiday-overrides">
          <Typography variant="subtitle2">{t('lc.settings.holidays')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('lc.settings.holidaysHelp')}
          </Typography>
          <EditableRows
            rows={draft.holidays}
            onChange={(holidays) => update({ holidays })}
            error={message(errors.holidays)}
            maxRows={2000}
            addLabel={t('lc.settings.addHoliday')}
            newRow={() => ({ date: '', kind: 'holiday' as const })}
            renderRow={(holiday, set, i) => (
              <>
                <DateField
                  size="small"
                  fullWidth={false}
                  label={t('lc.settings.date')}
                  value={holiday.date}
                  onChange={(date) => set({ ...holiday, date })}
                  error={errors[`holidays.${i}`] !== undefined}
                  helperText={message(errors[`holidays.${i}`])}
                  sx={{ width: 180 }}
                />
                <TextField
                  size="small"
                  fullWidth={false}
                  select
                  label={t('lc.settings.holidayKind')}
                  value={holiday.kind}
                  onChange={(e) => set({ ...holiday, kind: e.target.value as 'holiday' | 'workday' })}
                  sx={{ minWidth: 170 }}
                >
                  <MenuItem value="holiday">{t('lc.settings.holiday')}</MenuItem>
                  <MenuItem value="workday">{t('lc.settings.workday')}</MenuItem>
                </TextField>
              </>
            )}
          />
        </Box>

        <TextField
          size="small"
          name="attachmentMaxMb"
          label={t('lc.settings.attachmentLimit')}
          value={draft.attachmentMb}
          onChange={(e) => update({ attachmentMb: e.target.value })}
          error={errors.attachmentMb !== undefined}
          helperText={message(errors.attachmentMb)}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          sx={{ maxWidth: 320 }}
        />

        <TextField
          size="small"
          name="rmaNumberPattern"
          label={t('lc.settings.rmaPattern')}
          value={draft.rmaPattern}
          onChange={(e) => update({ rmaPattern: e.target.value })}
          error={patternError !== undefined || errors.rmaPattern !== undefined}
          helperText={
            <>
              <span data-testid="rma-pattern-preview">{patternError !== undefined ? message(patternError) : (message(errors.rmaPattern) ?? t('settings.patternPreview', { example }))}</span>
              <br />
              {t('settings.patternHelp')}
            </>
          }
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
          sx={{ maxWidth: 480 }}
        />

        <TextField
          size="small"
          name="repeatWindowDays"
          label={t('repeats.windowDays')}
          value={draft.repeatDays}
          onChange={(e) => update({ repeatDays: e.target.value })}
          error={errors.repeatDays !== undefined}
          helperText={message(errors.repeatDays) ?? t('repeats.windowHelp')}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ maxWidth: 480 }}
        />

        {failure && <Alert severity="error">{failure}</Alert>}
        <Box>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('lc.settings.save')}
          </Button>
        </Box>
      </Box>
    </SettingsSection>
  );
}
