/**
 * Builds the document of a form for a case: view model from the case and
 * whatever lifecycle records exist (shared/forms/map.ts), print context from
 * the settings, HTML from the pure template.
 */
import type { ComplaintCase } from '../../../shared/domain/case';
import { createWorkingCalendar } from '../../../shared/domain/lifecycle/calendar';
import type { Deadline } from '../../../shared/domain/lifecycle/deadlines-types';
import type { CaseLifecycleView } from '../../../shared/domain/lifecycle/states';
import type { Settings } from '../../../shared/domain/settings';
import { renderForm, type ArchiveCopy, type CaseFormKind, type Paper, type RenderedForm } from '../../../shared/forms';
import { formContextOf } from '../../ui/print/formContext';
import { formatDate } from '../../ui/dates';
import {
  complaintFormFromCase,
  creditNoteFromCase,
  inspectionReportFromCase,
  reminderFromCase,
  returnLabelFromCase,
  supplierChargebackFromClaim,
  surveyFormFromCase,
  type CaseRecords,
} from '../../../shared/forms/map';
import { defectCauseNoticeFromCase, finishedGoodsReturnFromCase, receiptConfirmationFromCase, responsibilityAssessmentFromCase } from '../../../shared/forms/return-forms-map';
import { officeTolerance, type ReceivingTolerance } from '../../../shared/domain/master-data/customer-rules';
import { deliveryNoteFromCase, outboundLabelsFromCase, outboundOf } from '../../../shared/forms/outbound-forms-map';
import type { EightDReportData } from '../../../shared/report/types';
import { decodeBase64 } from '../../../shared/base64';

export interface BuildOptions {
  kind: CaseFormKind;
  paper: Paper;
  copies: number;
  blankSurvey: boolean;
  clerkName: string;
  now: Date;
  /** The case's deadlines (case file); the 催办单 lists the overdue and due-soon ones. */
  deadlines: readonly Deadline[];
  /** The 8D report to print (kind 'eightD'; shared/report/data.ts eightDReportData). */
  eightD?: EightDReportData | null;
  /** Language of the 8D form when settings.eightD.bilingual is off; default 中文. */
  language?: 'zh-CN' | 'en';
  /** What the clerk wrote on the 催办单: a note, and the reply-by (ISO; null: one working day from now). */
  reminder?: { note: string; replyBy: string | null };
  /** The case's receiving tolerance (case file); the office's when not given. */
  receivingTolerance?: ReceivingTolerance | null;
  /** 送货单 / outbound labels: keys of the notes to print (deliveryNoteGroups); null or absent: all. */
  deliveryNotes?: readonly string[] | null;
  /** Given: a reprint of an archived case; every copy says 归档副本 with the archive file and day. */
  archiveCopy?: ArchiveCopy;
}

export function buildForm(record: ComplaintCase, view: CaseLifecycleView | null, settings: Settings, o: BuildOptions): RenderedForm {
  const ctx = { ...formContextOf(settings, o.kind, o.copies, o.now, o.clerkName), ...(o.archiveCopy ? { archiveCopy: o.archiveCopy } : {}) };
  const r: CaseRecords = view
    ? { lifecycle: view.lifecycle, shares: view.shares, lines: view.returnLines, dispositions: view.dispositions, costs: view.costs, actions: view.actions, signatures: view.signatures, approvals: view.approvals }
    : {};
  const today = formatDate(o.now);
  switch (o.kind) {
    case 'complaint':
      return renderForm('complaint', complaintFormFromCase(record, r), ctx, o.paper);
    case 'returnLabel':
      return renderForm('returnLabel', returnLabelFromCase(record, r, today), ctx, o.paper);
    case 'inspection':
      return renderForm('inspection', inspectionReportFromCase(record, r), ctx, o.paper);
    case 'survey': {
      const latest = o.blankSurvey ? null : (view?.surveys.filter((s) => !s.deleted).at(-1) ?? null);
      return renderForm('survey', surveyFormFromCase(record, latest, settings.surveyForm), ctx, o.paper);
    }
    case 'reminder':
      return renderForm(
        'reminder',
        reminderFromCase(
          { case: record, deadlines: o.deadlines, view },
          {
            calendar: createWorkingCalendar({ periods: settings.workingHours, overrides: settings.holidayOverrides }),
            nowMs: o.now.getTime(),
            requestedBy: o.clerkName,
            replyBy: o.reminder?.replyBy ?? null,
            note: o.reminder?.note ?? '',
          },
        ),
        ctx,
        o.paper,
      );
    case 'creditNote':
      return renderForm('creditNote', creditNoteFromCase(record, r), ctx, o.paper);
    case 'supplierChargeback': {
      const claim = view?.supplierClaims.find((c) => !c.deleted);
      const data = claim
        ? supplierChargebackFromClaim(record, claim, r)
        : { caseNumber: record.caseNumber, supplierName: '', productModel: record.productModel, partNumber: record.partNumber, lotNumber: record.lotNumber, responsibilityPercent: '', amountFen: 0, reason: '', costDetails: [] };
      return renderForm('supplierChargeback', data, ctx, o.paper);
    }
    case 'eightD': {
      if (!o.eightD) throw new Error('No 8D report given: the 8D form is printed from an 8D report (BuildOptions.eightD)');
      return renderForm('eightD', { report: o.eightD, language: o.language ?? 'zh-CN', bilingual: settings.eightD.bilingual }, ctx, o.paper);
    }
    case 'defectCauseNotice':
      return renderForm('defectCauseNotice', defectCauseNoticeFromCase(record, r, { deadlines: o.deadlines, issuedBy: o.clerkName, issuedAt: o.now.toISOString() }), ctx, o.paper);
    case 'responsibilityAssessment':
      return renderForm('responsibilityAssessment', responsibilityAssessmentFromCase(record, r), ctx, o.paper);
    case 'finishedGoodsReturn':
      return renderForm('finishedGoodsReturn', finishedGoodsReturnFromCase(record, r), ctx, o.paper);
    case 'receiptConfirmation':
      return renderForm('receiptConfirmation', receiptConfirmationFromCase(record, r, o.receivingTolerance ?? officeTolerance(settings.receivingTolerancePercent)), ctx, o.paper);
    case 'deliveryNote':
      return renderForm('deliveryNote', deliveryNoteFromCase(record, outboundOf(view), o.deliveryNotes ?? null), ctx, o.paper);
    case 'outboundLabel':
      return renderForm('outboundLabel', outboundLabelsFromCase(record, outboundOf(view), o.deliveryNotes ?? null), ctx, o.paper);
  }
}

/** 客户投诉处理单-2611-B-007.pdf */
/** "客户投诉处理单-2305-A-001.pdf"; a reprint from an archive says so in its name too ("…-归档副本.pdf"). */
export function pdfFileName(title: string, caseNumber: string, archiveCopy = false): string {
  return `${title}-${caseNumber}${archiveCopy ? '-归档副本' : ''}.pdf`.replace(/[\\/:*?"<>|]/g, '_');
}

export function base64ToBlob(base64: string, type: string): Blob {
  return new Blob([decodeBase64(base64)], { type });
}
