/**
 * KPI 目标: the office's targets for PPM, complaint rate and closure on time
 * (an office setting: shared/domain/statistics/targets.ts), drawn on the
 * charts. An admin edits them here (only the changed field is written, with
 * what they saw as the basis); others read them.
 */
import { Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kpiTargetsSchema, type KpiTargets } from '../../../shared/domain/statistics/targets';
import { notify } from '../../state/notices';
import { sessionActions, useIsAdmin } from '../../state/session';
import { errorText } from '../../ui/errors';
import { useSettingsBasis } from '../../ui/form/useSettingsBasis';

const FIELDS = ['ppm', 'complaintRatePercent', 'closureOnTimePercent'] as const;
const LABEL = { ppm: 'statistics.targets.ppm', complaintRatePercent: 'statistics.targets.complaintRate', closureOnTimePercent: 'statistics.targets.closure' } as const;

const textOf = (v: number | null): string => (v === null ? '' : String(v));
const valueOf = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

export function KpiTargetsForm() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const [basis, rebase] = useSettingsBasis();
  const [draft, setDraft] = useState<Record<(typeof FIELDS)[number], string>>(() => ({
    ppm: textOf(basis.kpiTargets.ppm),
    complaintRatePercent: textOf(basis.kpiTargets.complaintRatePercent),
    closureOnTimePercent: textOf(basis.kpiTargets.closureOnTimePercent),
  }));
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const next: KpiTargets = { ppm: valueOf(draft.ppm), complaintRatePercent: valueOf(draft.complaintRatePercent), closureOnTimePercent: valueOf(draft.closureOnTimePercent) };
    const parsed = kpiTargetsSchema.safeParse(next);
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    setBusy(true);
    try {
      rebase(await sessionActions.updateSettings({ kpiTargets: parsed.data }, basis));
      notify('statistics.targets.saved', undefined, 'success');
    } catch (error) {
      notify('settings.failed', { message: errorText(error) }, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'flex-start', mb: 1.5 }} data-testid="kpi-targets">
      <Typography variant="subtitle2" sx={{ alignSelf: 'center' }}>
        {t('statistics.targets.title')}
      </Typography>
      {FIELDS.map((field) => (
        <TextField
          key={field}
          size="small"
          label={t(LABEL[field])}
          value={draft[field]}
          onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
          disabled={!isAdmin}
          error={invalid}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          sx={{ width: 200 }}
        />
      ))}
      {isAdmin ? (
        <Button variant="outlined" onClick={() => void save()} disabled={busy}>
          {t('statistics.targets.save')}
        </Button>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
          {t('statistics.targets.adminOnly')}
        </Typography>
      )}
      {invalid && (
        <Typography variant="body2" color="error" sx={{ width: '100%' }}>
          {t('statistics.targets.invalid')}
        </Typography>
      )}
    </Stack>
  );
}
