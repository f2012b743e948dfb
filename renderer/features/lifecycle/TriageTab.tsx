/**
 * 判定与严重度: triage category (7-day return note), severity criteria with the suggestion, severity, category,
 * the times the deadlines count (called back, containment done, the customer's own reply deadline), analysis result.
 * Saves only the fields the clerk changed (renderer/ui/form/useFieldDraft.ts).
 */
import { Alert, Box, Button, Checkbox, FormControlLabel, FormGroup, FormLabel, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_CATEGORIES, SEVERITIES, SEVERITY_CRITERIA, TRIAGE_CATEGORIES, suggestSeverity, type ComplaintCategory, type Severity, type SeverityCriterion, type TriageCategory } from '../../../shared/domain/lifecycle/triage';
import type { CaseLifecyclePatch } from '../../../shared/domain/lifecycle/records';
import { notify } from '../../state/notices';
import { useSettings } from '../../state/session';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcSection } from './LcSection';
import { LcTextField } from './LcTextField';
import { isoToLocalInput, localInputToIso } from '../../ui/dates';
import { useWriteForm } from '../../ui/case-file/useWriteForm';

interface TriageDraft {
  triage: TriageCategory | '';
  severity: Severity | '';
  severityCriteria: SeverityCriterion[];
  category: ComplaintCategory | '';
  analysisSummary: string;
  /** <input type="datetime-local"> values, factory time ('' = not yet). */
  callbackAt: string;
  containmentAt: string;
  customerDeadlineAt: string;
}

const momentOf = (local: string): string | null => (local === '' ? null : localInputToIso(local));

const patchOf = (draft: TriageDraft): CaseLifecyclePatch => ({
  triage: draft.triage === '' ? null : draft.triage,
  severity: draft.severity === '' ? null : draft.severity,
  severityCriteria: draft.severityCriteria,
  category: draft.category === '' ? null : draft.category,
  analysisSummary: draft.analysisSummary,
  callbackAt: momentOf(draft.callbackAt),
  containmentAt: momentOf(draft.containmentAt),
  customerDeadlineAt: momentOf(draft.customerDeadlineAt),
});

export function TriageTab() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const lc = file.lifecycle;
  const form = useWriteForm();
  const settings = useSettings();
  const fields = useFieldDraft<TriageDraft>({
    triage: lc.triage ?? '',
    severity: lc.severity ?? '',
    severityCriteria: lc.severityCriteria,
    category: lc.category ?? '',
    analysisSummary: lc.analysisSummary,
    callbackAt: lc.callbackAt ? isoToLocalInput(lc.callbackAt) : '',
    containmentAt: lc.containmentAt ? isoToLocalInput(lc.containmentAt) : '',
    customerDeadlineAt: lc.customerDeadlineAt ? isoToLocalInput(lc.customerDeadlineAt) : '',
  });
  const { draft } = fields;
  const setDraft = fields.set;
  const suggestion = suggestSeverity(draft.severityCriteria);
  const toggle = (c: (typeof SEVERITY_CRITERIA)[number]) =>
    setDraft({ severityCriteria: draft.severityCriteria.includes(c) ? draft.severityCriteria.filter((x) => x !== c) : [...draft.severityCriteria, c] });

  const save = async () => {
    const { patch, seen } = fields.edit(patchOf);
    if (await form.submit((r) => r.lifecycle.update(lc.caseId, patch, seen))) {
      fields.reset();
      notify('lc.saved');
    }
  };

  return (
    <LcSection id="lc-triage-title" title={t('lc.tabs.triage')}>
      <ChoiceSelect label={t('lc.triage.category')} value={draft.triage} choices={TRIAGE_CATEGORIES} text={(c) => t(`lc.triage.categories.${c}`)} onChange={(v) => setDraft({ triage: v })} error={form.fieldErrors.triage} sx={{ maxWidth: 360 }} />
      {draft.triage === 'seven_day_return' && <Alert severity="info">{t('lc.triage.sevenDayNote')}</Alert>}
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <FormLabel component="legend">{t('lc.triage.criteria')}</FormLabel>
        <FormGroup row>
          {SEVERITY_CRITERIA.map((c) => (
            <FormControlLabel key={c} control={<Checkbox checked={draft.severityCriteria.includes(c)} onChange={() => toggle(c)} />} label={t(`lc.triage.criteriaItems.${c}`)} />
          ))}
        </FormGroup>
      </Box>
      <Alert severity={suggestion.topPriority ? 'error' : 'info'} data-testid="severity-suggestion">
        {t('lc.triage.suggestion', { severity: t(`lc.triage.severities.${suggestion.severity}`) })}
        {suggestion.topPriority && ` · ${t('lc.triage.topPriority')}`}
        {suggestion.possibleRecall && ` · ${t('lc.triage.possibleRecall')}`}
      </Alert>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
        <ChoiceSelect label={t('lc.triage.severity')} value={draft.severity} choices={SEVERITIES} text={(c) => t(`lc.triage.severities.${c}`)} onChange={(v) => setDraft({ severity: v })} error={form.fieldErrors.severity} />
        <ChoiceSelect label={t('lc.triage.complaintCategory')} value={draft.category} choices={COMPLAINT_CATEGORIES} text={(c) => t(`lc.triage.complaintCategories.${c}`)} onChange={(v) => setDraft({ category: v })} error={form.fieldErrors.category} />
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2, alignItems: 'start' }} data-testid="triage-times">
        <LcTextField type="datetime-local" label={t('lc.triage.callbackAt')} value={draft.callbackAt} onChange={(v) => setDraft({ callbackAt: v })} errorCode={form.fieldErrors.callbackAt} />
        <LcTextField
          type="datetime-local"
          label={t('lc.triage.containmentAt')}
          value={draft.containmentAt}
          onChange={(v) => setDraft({ containmentAt: v })}
          errorCode={form.fieldErrors.containmentAt}
          helperText={draft.severity === 'urgent' ? t('lc.triage.containmentUrgentHelp', { hours: settings.deadlineRules.urgentContainmentHours }) : undefined}
        />
        <LcTextField
          type="datetime-local"
          label={t('lc.triage.customerDeadline')}
          value={draft.customerDeadlineAt}
          onChange={(v) => setDraft({ customerDeadlineAt: v })}
          errorCode={form.fieldErrors.customerDeadlineAt}
          helperText={t('lc.triage.customerDeadlineHelp')}
        />
      </Box>
      <LcTextField label={t('lc.triage.analysisSummary')} value={draft.analysisSummary} onChange={(v) => setDraft({ analysisSummary: v })} multiline minRows={2} errorCode={form.fieldErrors.analysisSummary} />
      <FormMessage message={form.message} />
      <Box>
        <Button variant="contained" onClick={() => void save()} disabled={form.busy}>
          {t('lc.save')}
        </Button>
      </Box>
    </LcSection>
  );
}
