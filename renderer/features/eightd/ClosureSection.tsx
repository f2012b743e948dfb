/** D8 批准与结案: team recognition and the closure due date (still editable after approval, until closed), approval by the head of quality, close, the revision (re-open) and the revision table. */
import { Divider } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ApprovalBlock } from './ApprovalBlock';
import { CloseBlock } from './CloseBlock';
import { EdSection } from './EdSection';
import { EdTextField } from './EdTextField';
import { ReopenBlock } from './ReopenBlock';
import { RevisionTable } from './RevisionTable';
import { SaveBar } from './SaveBar';
import { useReportDraft } from './useReportDraft';

export function ClosureSection({ closed }: { closed: boolean }) {
  const { t } = useTranslation();
  const readOnly = closed;
  const { draft, set, save, form } = useReportDraft(['teamRecognition', 'closureDueDate'] as const);
  return (
    <EdSection discipline="D8">
      <EdTextField label={t('eightD.closure.teamRecognition')} value={draft.teamRecognition} onChange={(v) => set({ teamRecognition: v })} errorCode={form.fieldErrors.teamRecognition} multiline minRows={2} disabled={readOnly} />
      <EdTextField type="date" label={t('eightD.closure.closureDueDate')} value={draft.closureDueDate} onChange={(v) => set({ closureDueDate: v })} errorCode={form.fieldErrors.closureDueDate} disabled={readOnly} sx={{ maxWidth: 220 }} />
      {!readOnly && <SaveBar busy={form.busy} message={form.message} onSave={() => void save()} testId="ed-save-D8" />}
      <Divider />
      <ApprovalBlock />
      <CloseBlock />
      <ReopenBlock />
      <Divider />
      <RevisionTable />
    </EdSection>
  );
}
