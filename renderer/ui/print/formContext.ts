/**
 * What the print settings give every printed form, of a case or of the
 * office (company, logo, form number and revision, the copies'
 * designations, who printed it when): one home for the case print dialog
 * and the reports' dialog.
 */
import type { Settings } from '../../../shared/domain/settings';
import type { FormContext, FormKind } from '../../../shared/forms';
import { formatDateTime } from '../dates';

/** Copy designations for n copies: the configured names, then 第N联 for more. */
export function copyDesignations(configured: readonly string[], n: number): string[] {
  const numerals = '一二三四五六七八九十';
  return Array.from({ length: n }, (_, i) => configured[i] ?? (n > 1 ? `第${numerals[i] ?? String(i + 1)}联` : ''));
}

export function formContextOf(settings: Settings, kind: FormKind, copies: number, now: Date, clerkName: string): FormContext {
  const formSettings = settings.printing.forms[kind];
  return {
    companyName: settings.companyName,
    logoDataUrl: settings.printing.logoDataUrl,
    formNumber: formSettings.formNumber,
    revision: formSettings.revision,
    copies: copyDesignations(formSettings.copies, copies),
    printedAt: formatDateTime(now),
    printedBy: clerkName,
  };
}

