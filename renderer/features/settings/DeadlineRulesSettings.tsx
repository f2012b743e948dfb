/**
 * 期限规则: the office's deadline rules (DOMAIN §4), one number each. Saved on
 * their own through the session store: an office setting, so one op, its
 * history and its conflicts (renderer/state/office-link.ts).
 */
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineRulesSchema } from '../../../shared/domain/settings';
import type { DeadlineRuleSettings } from '../../../shared/domain/lifecycle/deadlines-types';
import { notify } from '../../state/notices';
import { sessionActions } from '../../state/session';
import { errorMessage } from '../../ui/errors';
import { useSettingsBasis } from '../../ui/form/useSettingsBasis';
import { SettingsSection } from './SettingsSection';

const RULES = Object.keys(deadlineRulesSchema.shape) as (keyof DeadlineRuleSettings)[];
/** The rule's upper limit, from the shared schema (hours rules span weeks, day rules a year). */
const maxOf = (rule: keyof DeadlineRuleSettings): number => {
  const schema = deadlineRulesSchema.shape[rule];
  return ('unwrap' in schema ? schema.unwrap() : schema).maxValue ?? Number.MAX_SAFE_INTEGER;
};
const NUMBER = /^\d+(\.\d+)?$/;

export function DeadlineRulesSettings() {
  const { t } = useTranslation();
  const [basis, rebase] = useSettingsBasis();
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(RULES.map((r) => [r, String(basis.deadlineRules[r])])));
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const invalid = (rule: keyof DeadlineRuleSettings) => {
    const text = (draft[rule] ?? '').trim();
    return !NUMBER.test(text) || Number(text) > maxOf(rule);
  };
  const save = async () => {
    setSubmitted(true);
    setFailure(null);
    if (RULES.some(invalid)) return;
    const next: DeadlineRuleSettings = deadlineRulesSchema.parse(Object.fromEntries(RULES.map((r) => [r, Number(draft[r])])));
    if (RULES.every((r) => next[r] === basis.deadlineRules[r])) return;
    setBusy(true);
    try {
      rebase(await sessionActions.updateSettings({ deadlineRules: next }, basis));
      notify('office.deadlines.saved', undefined, 'success');
      setSubmitted(false);
    } catch (error) {
      setFailure(t('settings.failed', { message: errorMessage(error, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection id="settings-deadlines" title={t('office.deadlines.section')} scope="office">
      <Typography variant="body2" color="text.secondary">
        {t('office.deadlines.help')}
      </Typography>
      <Box
        component="form"
        noValidate
        data-testid="deadline-rules"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}
      >
        {RULES.map((rule) => (
          <TextField
            key={rule}
            name={rule}
            size="small"
            label={t(`office.deadlines.rules.${rule}`)}
            value={draft[rule] ?? ''}
            onChange={(event) => setDraft((d) => ({ ...d, [rule]: event.target.value }))}
            error={submitted && invalid(rule)}
            helperText={submitted && invalid(rule) ? t('office.deadlines.invalid', { max: maxOf(rule) }) : undefined}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          />
        ))}
        <Box>
          <Button type="submit" variant="outlined" disabled={busy}>
            {t('office.deadlines.save')}
          </Button>
        </Box>
      </Box>
      {failure && <Alert severity="error">{failure}</Alert>}
    </SettingsSection>
  );
}
