/**
 * Which forms an archived case can be reprinted on (issue 20.6 follow-up):
 * the paper a customer or auditor asks for again — the complaint handling
 * form always, the return paperwork when the case had return lines, the
 * credit note when it had lines or a decided amount, the supplier
 * chargeback, the responsibility assessment, the survey and the 送货单 when
 * it had those records, and its 8D report when it had one. Never the
 * scan-code box labels (return label, outbound label: there are no goods to
 * label), the 催办单 or the 不良原因通知书 (both ask someone to act now on a
 * case that is closed and archived).
 */
import type { ComplaintCase } from '../domain/case';
import { live } from '../domain/live-records';
import type { CaseLifecycleView } from '../domain/lifecycle/states';
import type { CaseFormKind } from '../domain/form-kinds';
import { deliveryNoteGroups, outboundOf } from './outbound-forms-map';

/** The forms an archive may offer, in the print dialog's order. */
export const ARCHIVE_FORM_KINDS = ['complaint', 'inspection', 'survey', 'creditNote', 'supplierChargeback', 'responsibilityAssessment', 'finishedGoodsReturn', 'receiptConfirmation', 'deliveryNote', 'eightD'] as const satisfies readonly CaseFormKind[];
export type ArchiveFormKind = (typeof ARCHIVE_FORM_KINDS)[number];

/** The forms this archived case's records fill; `hasEightD`: an 8D report of it is at hand to print. */
export function archiveFormKinds(c: ComplaintCase, view: CaseLifecycleView, hasEightD = false): ArchiveFormKind[] {
  const lines = live(view.returnLines).length > 0;
  const has: Record<ArchiveFormKind, boolean> = {
    complaint: true,
    inspection: lines,
    survey: live(view.surveys).length > 0,
    creditNote: lines || view.lifecycle.decisionAmountFen !== null,
    supplierChargeback: live(view.supplierClaims).length > 0,
    responsibilityAssessment: live(view.shares).length > 0,
    finishedGoodsReturn: lines,
    receiptConfirmation: lines,
    deliveryNote: deliveryNoteGroups(c, outboundOf(view)).length > 0,
    eightD: hasEightD,
  };
  return ARCHIVE_FORM_KINDS.filter((k) => has[k]);
}
