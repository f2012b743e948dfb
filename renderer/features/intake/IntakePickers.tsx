/**
 * The intake's customer, product model and defect type fields as type-ahead
 * pickers over the active master data (renderer/ui/master-data). Picking
 * fills the text fields and stores the entry id; a name that matches no
 * entry can be added on the spot, unconfirmed (待确认 on the 字典 page).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entryLabel, type MasterEntry, type MasterKind } from '../../../shared/domain/master-data/entry';
import { TEXT_LIMITS } from '../../../shared/domain/intakeValidation';
import { refreshMasterData, useMasterDataStore } from '../../state/master-data-store';
import { notify } from '../../state/notices';
import { sessionNow, useRepositories } from '../../state/session';
import { errorText } from '../../ui/errors';
import { LimitHelperText } from '../../ui/form/LimitHelperText';
import { MasterEntryPicker } from '../../ui/master-data/MasterEntryPicker';
import { entryIdIn, pickPatch, typePatch, type PickerField } from './pickEntry';
import { useErrorText } from './useErrorText';
import type { IntakeFormState } from './useIntakeForm';
import type { IntakeDraft } from './draft';

const KIND_OF: Record<PickerField, MasterKind> = { customerName: 'customer', productModel: 'productModel', defectTypeId: 'defectType' };

function apply(form: IntakeFormState, patch: Partial<IntakeDraft>): void {
  for (const [field, value] of Object.entries(patch) as [keyof IntakeDraft, never][]) form.set(field, value);
}

/** Creates an unconfirmed entry named `name` (a temporary code the admin replaces when confirming). */
function useAddOnTheSpot(kind: MasterKind, form: IntakeFormState): (name: string) => Promise<MasterEntry | null> {
  const repositories = useRepositories();
  return async (name) => {
    try {
      const extra = kind === 'customer' ? { market: form.draft.market } : {};
      const entry = await repositories.masterData.create(kind, { code: `NEW-${sessionNow().toString(36).toUpperCase()}`, name, confirmed: false, ...extra });
      await refreshMasterData(repositories);
      notify('masterData.picker.added', { name });
      return entry;
    } catch (error) {
      notify('masterData.picker.addFailed', { name, message: errorText(error) }, 'error');
      return null;
    }
  };
}

export function IntakePicker({ form, field, required, autoFocus }: { form: IntakeFormState; field: 'customerName' | 'productModel'; required?: boolean; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const kind = KIND_OF[field];
  const limit = TEXT_LIMITS[field];
  const errorMessage = useErrorText(form.visibleError(field), limit === undefined ? undefined : { max: limit });
  const add = useAddOnTheSpot(kind, form);
  const pick = (entry: MasterEntry) => apply(form, pickPatch(form.draft, field, entry));
  return (
    <MasterEntryPicker
      id={`intake-${field}`}
      kind={kind}
      label={t(`fields.${field}`)}
      text={form.draft[field]}
      onTextChange={(text) => apply(form, typePatch(form.draft, field, text))}
      onPick={pick}
      onAddNew={(name) => void add(name).then((entry) => entry && pick(entry))}
      onBlur={() => form.touch(field)}
      required={required}
      autoFocus={autoFocus}
      error={errorMessage !== undefined}
      helperText={<LimitHelperText message={errorMessage ?? (entryIdIn(form.draft, field) ? t('masterData.picker.linked') : ' ')} length={form.draft[field].length} limit={limit} />}
    />
  );
}

/** 不良类型: no text field on the case, only the entry id; the input shows the picked entry ("外观 / 划伤"). */
export function DefectTypePicker({ form }: { form: IntakeFormState }) {
  const { t } = useTranslation();
  const entries = useMasterDataStore((s) => s.entries);
  const id = entryIdIn(form.draft, 'defectTypeId');
  const picked = id ? entries.find((e) => e.id === id) : undefined;
  const [typed, setTyped] = useState<string | null>(null);
  const add = useAddOnTheSpot('defectType', form);
  const pick = (entry: MasterEntry) => {
    setTyped(null);
    apply(form, pickPatch(form.draft, 'defectTypeId', entry));
  };
  return (
    <MasterEntryPicker
      id="intake-defectTypeId"
      kind="defectType"
      label={t('fields.defectTypeId')}
      text={typed ?? (picked ? entryLabel(picked, entries) : '')}
      onTextChange={(text) => {
        setTyped(text);
        apply(form, typePatch(form.draft, 'defectTypeId', text));
      }}
      onPick={pick}
      onAddNew={(name) => void add(name).then((entry) => entry && pick(entry))}
      helperText=" "
    />
  );
}
