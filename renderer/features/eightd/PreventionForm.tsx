/**
 * D7: the form that adds or edits a preventive action (what it updates, the
 * change, the document and revision, owner, due, done). "More inspection" or
 * audits are refused by the repository (inspectionIsNotPrevention); the
 * message stands under the description and nothing typed is lost.
 */
import { Checkbox, FormControlLabel } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PREVENTION_KINDS, type EightDPrevention } from '../../../shared/domain/eightd/records';
import type { EightDPreventionInput } from '../../db/eightd-types';
import { ChildFormFrame } from './ChildFormFrame';
import { EdChoice } from './EdChoice';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { useEightDForm } from './useEightDForm';

export function PreventionForm({ item, onDone }: { item?: EightDPrevention; onDone: () => void }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const form = useEightDForm();
  const fields = useFieldDraft<EightDPreventionInput>(
    item ? { kind: item.kind, description: item.description, documentRef: item.documentRef, owner: item.owner, dueDate: item.dueDate, done: item.done } : { kind: 'fmea', description: '', documentRef: '', owner: '', dueDate: '', done: false },
  );
  const { draft, set } = fields;
  const e = form.fieldErrors;

  const save = async () => {
    const reportId = file.bundle.report.id;
    const { patch, seen } = fields.edit((d) => d);
    const done = await form.submit((r) => (item ? r.eightD.prevention.update(item.id, patch, seen) : r.eightD.prevention.add(reportId, draft)));
    if (done) onDone();
  };

  return (
    <ChildFormFrame legend={item ? t('eightD.prevention.edit') : t('eightD.prevention.add')} submitLabel={item ? t('eightD.common.save') : t('eightD.prevention.add')} busy={form.busy} message={form.message} onSubmit={() => void save()} onCancel={item ? onDone : undefined}>
      <EdChoice label={t('eightD.prevention.kind')} value={draft.kind} choices={PREVENTION_KINDS} text={(k) => t(`eightD.prevention.kinds.${k}`)} onChange={(kind) => set({ kind })} errorCode={e.kind} />
      <EdTextField label={t('eightD.prevention.description')} value={draft.description} onChange={(description) => set({ description })} errorCode={e.description} helperText={t('eightD.prevention.help')} multiline sx={{ flex: '1 1 360px' }} />
      <EdTextField label={t('eightD.prevention.documentRef')} value={draft.documentRef} onChange={(documentRef) => set({ documentRef })} errorCode={e.documentRef} />
      <EdTextField label={t('eightD.prevention.owner')} value={draft.owner} onChange={(owner) => set({ owner })} errorCode={e.owner} />
      <EdTextField type="date" label={t('eightD.prevention.dueDate')} value={draft.dueDate} onChange={(dueDate) => set({ dueDate })} errorCode={e.dueDate} />
      <FormControlLabel control={<Checkbox checked={draft.done} onChange={(event) => set({ done: event.target.checked })} />} label={t('eightD.prevention.done')} />
    </ChildFormFrame>
  );
}
