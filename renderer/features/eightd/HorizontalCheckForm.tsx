/** 举一反三: the form that adds or edits one related item to check (model, lot or material; why related; where to check). */
import { useTranslation } from 'react-i18next';
import { HORIZONTAL_BASES, HORIZONTAL_KINDS, type EightDHorizontalCheck } from '../../../shared/domain/eightd/records';
import type { EightDHorizontalCheckInput } from '../../db/eightd-types';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { ChildFormFrame } from './ChildFormFrame';
import { EdChoice } from './EdChoice';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { useEightDForm } from './useEightDForm';

export function HorizontalCheckForm({ item, onDone }: { item?: EightDHorizontalCheck; onDone: () => void }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const form = useEightDForm();
  const fields = useFieldDraft<EightDHorizontalCheckInput>(
    item ? { kind: item.kind, subject: item.subject, basis: item.basis, scope: item.scope, note: item.note } : { kind: 'model', subject: '', basis: 'samePart', scope: '', note: '' },
  );
  const { draft, set } = fields;
  const e = form.fieldErrors;

  const save = async () => {
    const reportId = file.bundle.report.id;
    const { patch, seen } = fields.edit((d) => d);
    const done = await form.submit((r) => (item ? r.eightD.checks.update(item.id, patch, seen) : r.eightD.checks.add(reportId, draft)));
    if (done) onDone();
  };

  return (
    <ChildFormFrame legend={item ? t('eightD.horizontal.edit') : t('eightD.horizontal.add')} submitLabel={item ? t('eightD.common.save') : t('eightD.horizontal.add')} busy={form.busy} message={form.message} onSubmit={() => void save()} onCancel={item ? onDone : undefined}>
      <EdChoice label={t('eightD.horizontal.kind')} value={draft.kind} choices={HORIZONTAL_KINDS} text={(k) => t(`eightD.horizontal.kinds.${k}`)} onChange={(kind) => set({ kind })} errorCode={e.kind} sx={{ minWidth: 120 }} />
      <EdTextField label={t('eightD.horizontal.subject')} value={draft.subject} onChange={(subject) => set({ subject })} errorCode={e.subject} required slotProps={{ htmlInput: { 'data-testid': 'ed-check-subject' } }} />
      <EdChoice label={t('eightD.horizontal.basis')} value={draft.basis} choices={HORIZONTAL_BASES} text={(b) => t(`eightD.horizontal.bases.${b}`)} onChange={(basis) => set({ basis })} errorCode={e.basis} sx={{ minWidth: 140 }} />
      <EdTextField label={t('eightD.horizontal.scope')} value={draft.scope} onChange={(scope) => set({ scope })} errorCode={e.scope} sx={{ flex: '1 1 240px' }} />
      <EdTextField label={t('eightD.horizontal.note')} value={draft.note} onChange={(note) => set({ note })} errorCode={e.note} multiline sx={{ flex: '1 1 240px' }} />
    </ChildFormFrame>
  );
}
