/**
 * The draft of some single-valued fields of the report (one section's
 * fields: D2's problem, D4's summaries …) and its save: only these fields
 * are sent, so saving one section never overwrites another's. A refused save
 * keeps the draft.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EightDPatch } from '../../db/eightd-types';
import { notify } from '../common/notify';
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
  const { t } = useTranslation();
  const { file } = useEightD();
  const report = file.bundle.report;
  const form = useEightDForm();
  const [draft, setDraft] = useState(() => Object.fromEntries(keys.map((k) => [k, report[k]])) as Required<Pick<EightDPatch, K>>);
  return {
    draft,
    form,
    set: (patch) => setDraft((d) => ({ ...d, ...patch })),
    save: async () => {
      const saved = await form.submit((r) => r.eightD.update(report.id, draft));
      if (saved) notify(t('eightD.common.saved'));
    },
  };
}
