/** D5: the form that adds or edits a permanent corrective action (what, which cause it addresses, owner, due date). */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { EightDCause, EightDCorrective } from '../../../shared/domain/eightd/records';
import type { EightDCorrectiveInput } from '../../db/eightd-types';
import { ChildFormFrame } from './ChildFormFrame';
import { EdChoice } from './EdChoice';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { useEightDForm } from './useEightDForm';

export function CorrectiveForm({ corrective, onDone }: { corrective?: EightDCorrective; onDone: () => void }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const form = useEightDForm();
  const fields = useFieldDraft<EightDCorrectiveInput>(
    corrective ? { causeId: corrective.causeId, description: corrective.description, owner: corrective.owner, dueDate: corrective.dueDate } : { causeId: '', description: '', owner: '', dueDate: '' },
  );
  const { draft, set } = fields;
  const causes = file.bundle.causes;
  const e = form.fieldErrors;

  const save = async () => {
    const reportId = file.bundle.report.id;
    const { patch, seen } = fields.edit((d) => d);
    const done = await form.submit((r) => (corrective ? r.eightD.correctives.update(corrective.id, patch, seen) : r.eightD.correctives.add(reportId, draft)));
    if (done) onDone();
  };

  return (
    <ChildFormFrame legend={corrective ? t('eightD.corrective.edit') : t('eightD.corrective.add')} submitLabel={corrective ? t('eightD.common.save') : t('eightD.corrective.add')} busy={form.busy} message={form.message} onSubmit={() => void save()} onCancel={corrective ? onDone : undefined}>
      <EdTextField label={t('eightD.corrective.description')} value={draft.description} onChange={(description) => set({ description })} errorCode={e.description} multiline sx={{ flex: '1 1 360px' }} />
      <EdChoice
        label={t('eightD.corrective.cause')}
        value={draft.causeId}
        choices={causes.map((c) => c.id)}
        text={(id) => causeLabel(causes.find((c) => c.id === id), t)}
        onChange={(causeId) => set({ causeId })}
        emptyLabel={t('eightD.corrective.allCauses')}
        errorCode={e.causeId}
        sx={{ minWidth: 240 }}
      />
      <EdTextField label={t('eightD.corrective.owner')} value={draft.owner} onChange={(owner) => set({ owner })} errorCode={e.owner} />
      <EdTextField type="date" label={t('eightD.corrective.dueDate')} value={draft.dueDate} onChange={(dueDate) => set({ dueDate })} errorCode={e.dueDate} />
    </ChildFormFrame>
  );
}

/** "发生·法：焊接温度偏低" — which analysis, which bone, which cause. */
export function causeLabel(cause: Pick<EightDCause, 'analysis' | 'category' | 'description'> | undefined, t: TFunction): string {
  if (!cause) return t('eightD.corrective.allCauses');
  return `${t(`eightD.causes.short.${cause.analysis}`)}·${t(`eightD.causes.categories.${cause.category}`)}：${cause.description}`;
}
