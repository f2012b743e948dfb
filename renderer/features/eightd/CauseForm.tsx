/** D4: the form that adds a cause to one analysis (occurrence or escape) or edits one: 5M1E category, cause, 5-Why chain, root-cause flag, verification. */
import { Checkbox, FormControlLabel } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CAUSE_CATEGORIES, type CauseAnalysis, type EightDCause } from '../../../shared/domain/eightd/records';
import { MAX_LONG_TEXT } from '../../../shared/domain/eightd/validation';
import type { EightDCauseInput } from '../../db/eightd-types';
import { ChildFormFrame } from './ChildFormFrame';
import { EdChoice } from './EdChoice';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { useEightDForm } from './useEightDForm';
import { WhyChain } from './WhyChain';

/** Trailing empty whys are the clerk's unused boxes, not part of the chain. */
function inputOf(draft: EightDCauseInput): EightDCauseInput {
  const whys = [...draft.whys];
  while (whys.length > 0 && whys[whys.length - 1]?.trim() === '') whys.pop();
  return { ...draft, whys };
}

export function CauseForm({ analysis, cause, onDone }: { analysis: CauseAnalysis; cause?: EightDCause; onDone: () => void }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const form = useEightDForm();
  const fields = useFieldDraft<EightDCauseInput>(
    cause
      ? { analysis: cause.analysis, category: cause.category, description: cause.description, whys: [...cause.whys], isRootCause: cause.isRootCause, verification: cause.verification }
      : { analysis, category: 'method', description: '', whys: [''], isRootCause: false, verification: '' },
  );
  const { draft, set } = fields;
  const e = form.fieldErrors;

  const save = async () => {
    const reportId = file.bundle.report.id;
    const { patch, seen } = fields.edit(inputOf);
    const done = await form.submit((r) => (cause ? r.eightD.causes.update(cause.id, patch, seen) : r.eightD.causes.add(reportId, inputOf(draft))));
    if (done) onDone();
  };

  const legend = cause ? t('eightD.causes.edit') : t(`eightD.causes.add.${analysis}`);
  return (
    <ChildFormFrame legend={legend} submitLabel={cause ? t('eightD.common.save') : t(`eightD.causes.add.${analysis}`)} busy={form.busy} message={form.message} onSubmit={() => void save()} onCancel={cause ? onDone : undefined}>
      <EdChoice label={t('eightD.causes.category')} value={draft.category} choices={CAUSE_CATEGORIES} text={(c) => t(`eightD.causes.categories.${c}`)} onChange={(category) => set({ category })} errorCode={e.category} />
      <EdTextField label={t('eightD.causes.description')} value={draft.description} onChange={(description) => set({ description })} errorCode={e.description} maxLength={MAX_LONG_TEXT} sx={{ flex: '1 1 360px' }} />
      <WhyChain whys={draft.whys} onChange={(whys) => set({ whys })} errorCode={e.whys} />
      <FormControlLabel control={<Checkbox checked={draft.isRootCause} onChange={(event) => set({ isRootCause: event.target.checked })} />} label={t('eightD.causes.isRootCause')} />
      <EdTextField label={t('eightD.causes.verification')} value={draft.verification} onChange={(verification) => set({ verification })} errorCode={e.verification} maxLength={MAX_LONG_TEXT} sx={{ flex: '1 1 360px' }} />
    </ChildFormFrame>
  );
}
