/**
 * The draft of some single-valued fields of the report (one section's
 * fields: D2's problem, D4's summaries …) and its save: only the fields of
 * the section the clerk changed are sent (with what the form showed for them:
 * renderer/ui/form/useFieldDraft.ts), so saving one section never overwrites another's
 * nor a value that arrived from another PC. A refused save keeps the draft.
 */
import type { EightDPatch } from '../../db/eightd-types';
import { notify } from '../../state/notices';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { useEightD } from './eightDFileContext';
import { useEightDForm, type EightDForm } from './useEightDForm';

type PatchKey = keyof EightDPatch;

export interface ReportDraft<K extends PatchKey> {
  draft: Required<Pick<EightDPatch, K>>;
  set: (patch: Partial<Pick<EightDPatch, K>>) => void;
  save: () => Promise<void>;
  form: EightDForm;
}

export function useReportDraft<K extends PatchKey>(keys: readonly K[]): ReportDraft<K> {
  const { file } = useEightD();
  const report = file.bundle.report;
  const form = useEightDForm();
  const fields = useFieldDraft(Object.fromEntries(keys.map((k) => [k, report[k]])) as Required<Pick<EightDPatch, K>>);
  return {
    draft: fields.draft,
    form,
    set: fields.set,
    save: async () => {
      const { patch, seen } = fields.edit((d) => d);
      const saved = await form.submit((r) => r.eightD.update(report.id, patch, seen));
      if (saved) {
        fields.reset();
        notify('eightD.common.saved');
      }
    },
  };
}
