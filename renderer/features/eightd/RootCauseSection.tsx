/** D4 根本原因分析: the occurrence and escape fishbones with their 5-Why chains, the summaries of the verified root causes, the due date, and photos. */
import { Box, Divider } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { EdSection } from './EdSection';
import { EdTextField } from './EdTextField';
import { EightDPhotos } from './EightDPhotos';
import { Fishbone } from './Fishbone';
import { SaveBar } from './SaveBar';
import { useReportDraft } from './useReportDraft';

const KEYS = ['occurrenceRootCause', 'escapeRootCause', 'rootCauseDueDate'] as const;

export function RootCauseSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { draft, set, save, form } = useReportDraft(KEYS);
  const e = form.fieldErrors;
  return (
    <EdSection discipline="D4">
      <Fishbone analysis="occurrence" readOnly={readOnly} />
      <Divider />
      <Fishbone analysis="escape" readOnly={readOnly} />
      <Divider />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1.5 }}>
        <EdTextField label={t('eightD.causes.occurrenceRootCause')} value={draft.occurrenceRootCause} onChange={(v) => set({ occurrenceRootCause: v })} errorCode={e.occurrenceRootCause} multiline minRows={2} disabled={readOnly} />
        <EdTextField label={t('eightD.causes.escapeRootCause')} value={draft.escapeRootCause} onChange={(v) => set({ escapeRootCause: v })} errorCode={e.escapeRootCause} multiline minRows={2} disabled={readOnly} />
      </Box>
      <EdTextField type="date" label={t('eightD.causes.rootCauseDueDate')} value={draft.rootCauseDueDate} onChange={(v) => set({ rootCauseDueDate: v })} errorCode={e.rootCauseDueDate} disabled={readOnly} sx={{ maxWidth: 220 }} />
      {!readOnly && <SaveBar busy={form.busy} message={form.message} onSave={() => void save()} testId="ed-save-D4" />}
      <EightDPhotos discipline="D4" readOnly={readOnly} />
    </EdSection>
  );
}
