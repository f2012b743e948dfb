/** D5 永久纠正措施: the permanent corrective actions (what, which cause, owner, due) and the due date of the corrective step. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EightDCorrective } from '../../../shared/domain/eightd/records';
import { ChildTable, type ChildColumn } from './ChildTable';
import { causeLabel, CorrectiveForm } from './CorrectiveForm';
import { CorrectiveStatusChip } from './CorrectiveStatusChip';
import { EdSection } from './EdSection';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { SaveBar } from './SaveBar';
import { useReportDraft } from './useReportDraft';

export function CorrectiveSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const [adderKey, setAdderKey] = useState(0);
  const { draft, set, save, form } = useReportDraft(['correctiveDueDate'] as const);
  const columns: ChildColumn<EightDCorrective>[] = [
    { label: t('eightD.corrective.description'), render: (c) => c.description },
    { label: t('eightD.corrective.cause'), render: (c) => causeLabel(file.bundle.causes.find((x) => x.id === c.causeId), t) },
    { label: t('eightD.corrective.owner'), render: (c) => c.owner },
    { label: t('eightD.corrective.dueDate'), render: (c) => c.dueDate },
    { label: t('eightD.corrective.status'), render: (c) => <CorrectiveStatusChip corrective={c} /> },
  ];
  return (
    <EdSection discipline="D5">
      <ChildTable
        label={t('eightD.corrective.table')}
        testId="ed-corrective"
        rows={file.bundle.correctives}
        columns={columns}
        editor={(c, close) => <CorrectiveForm corrective={c} onDone={close} />}
        adder={<CorrectiveForm key={adderKey} onDone={() => setAdderKey((k) => k + 1)} />}
        remove={(r, c) => r.eightD.correctives.remove(c.id)}
        readOnly={readOnly}
      />
      <EdTextField type="date" label={t('eightD.corrective.correctiveDueDate')} value={draft.correctiveDueDate} onChange={(v) => set({ correctiveDueDate: v })} errorCode={form.fieldErrors.correctiveDueDate} disabled={readOnly} sx={{ maxWidth: 220 }} />
      {!readOnly && <SaveBar busy={form.busy} message={form.message} onSave={() => void save()} testId="ed-save-D5" />}
    </EdSection>
  );
}
