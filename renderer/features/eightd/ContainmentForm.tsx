/**
 * D3: the form that adds or edits a containment action. The quantities are
 * checked at the field as the clerk types (a number, not negative, whole,
 * defective not more than inspected); the repository checks them again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTAINMENT_LOCATIONS, type ContainmentLocation, type EightDContainment } from '../../../shared/domain/eightd/records';
import type { EightDContainmentInput } from '../../db/eightd-types';
import { ChildFormFrame } from './ChildFormFrame';
import { EdChoice } from './EdChoice';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { checkCount, countErrors, countValue } from './numbers';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { useEightDForm } from './useEightDForm';

interface Draft {
  description: string;
  location: ContainmentLocation;
  owner: string;
  startedOn: string;
  finishedOn: string;
  quantityInspected: string;
  quantityDefective: string;
  result: string;
}

function toDraft(c?: EightDContainment): Draft {
  if (!c) return { description: '', location: 'finished_goods', owner: '', startedOn: '', finishedOn: '', quantityInspected: '', quantityDefective: '', result: '' };
  return { ...c, quantityInspected: String(c.quantityInspected), quantityDefective: String(c.quantityDefective) };
}

function inputOf(draft: Draft): EightDContainmentInput {
  return { ...draft, quantityInspected: countValue(draft.quantityInspected), quantityDefective: countValue(draft.quantityDefective) };
}

/** Field → code of the quantities as typed (defective more than inspected included). */
export function quantityErrors(draft: Pick<Draft, 'quantityInspected' | 'quantityDefective'>): Record<string, string> {
  const errors = countErrors({ quantityInspected: draft.quantityInspected, quantityDefective: draft.quantityDefective });
  const inspected = checkCount(draft.quantityInspected);
  const defective = checkCount(draft.quantityDefective);
  if (inspected.ok && defective.ok && defective.value > inspected.value) errors.quantityDefective = 'moreThanInspected';
  return errors;
}

export function ContainmentForm({ action, onDone }: { action?: EightDContainment; onDone: () => void }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const form = useEightDForm();
  const fields = useFieldDraft<Draft>(toDraft(action));
  const { draft, set } = fields;
  const [tried, setTried] = useState(false);
  const local = quantityErrors(draft);
  // A quantity's problem shows as soon as something is typed there, an empty one after the first try.
  const shown = (field: 'quantityInspected' | 'quantityDefective') => (tried || draft[field] !== '' ? local[field] : undefined) ?? form.fieldErrors[field];
  const e = form.fieldErrors;

  const save = async () => {
    setTried(true);
    const reportId = file.bundle.report.id;
    const { patch, seen } = fields.edit(inputOf);
    const done = await form.submit((r) => (action ? r.eightD.containment.update(action.id, patch, seen) : r.eightD.containment.add(reportId, inputOf(draft))), local);
    if (done) onDone();
  };

  return (
    <ChildFormFrame legend={action ? t('eightD.containment.edit') : t('eightD.containment.add')} submitLabel={action ? t('eightD.common.save') : t('eightD.containment.add')} busy={form.busy} message={form.message} onSubmit={() => void save()} onCancel={action ? onDone : undefined}>
      <EdTextField label={t('eightD.containment.description')} value={draft.description} onChange={(description) => set({ description })} errorCode={e.description} multiline sx={{ minWidth: 320, flex: '1 1 320px' }} />
      <EdChoice label={t('eightD.containment.location')} value={draft.location} choices={CONTAINMENT_LOCATIONS} text={(l) => t(`eightD.containment.locations.${l}`)} onChange={(location) => set({ location })} errorCode={e.location} />
      <EdTextField label={t('eightD.containment.owner')} value={draft.owner} onChange={(owner) => set({ owner })} errorCode={e.owner} />
      <EdTextField type="date" label={t('eightD.containment.startedOn')} value={draft.startedOn} onChange={(startedOn) => set({ startedOn })} errorCode={e.startedOn} />
      <EdTextField type="date" label={t('eightD.containment.finishedOn')} value={draft.finishedOn} onChange={(finishedOn) => set({ finishedOn })} errorCode={e.finishedOn} />
      <EdTextField label={t('eightD.containment.quantityInspected')} value={draft.quantityInspected} onChange={(quantityInspected) => set({ quantityInspected })} errorCode={shown('quantityInspected')} slotProps={{ htmlInput: { inputMode: 'numeric' } }} sx={{ width: 140 }} />
      <EdTextField label={t('eightD.containment.quantityDefective')} value={draft.quantityDefective} onChange={(quantityDefective) => set({ quantityDefective })} errorCode={shown('quantityDefective')} slotProps={{ htmlInput: { inputMode: 'numeric' } }} sx={{ width: 140 }} />
      <EdTextField label={t('eightD.containment.result')} value={draft.result} onChange={(result) => set({ result })} errorCode={e.result} multiline sx={{ minWidth: 320, flex: '1 1 320px' }} />
    </ChildFormFrame>
  );
}
