/**
 * The content of each discipline as plain text cells, the same for every
 * layout: a layout decides the grid, the spans and the look, never what is
 * printed. Enum values are turned into words of the chosen language here.
 */
import type { CauseAnalysis, CauseCategory, EightDCause } from '../domain/eightd/records';
import { containmentNumber } from '../domain/eightd/horizontal-checks';
import { currentRevision, revisionLabel } from '../domain/eightd/revisions';
import type { ReportContext } from './context';
import {
  ANALYSIS_LABELS,
  CATEGORY_LABELS,
  HORIZONTAL_BASIS_LABELS,
  HORIZONTAL_KIND_LABELS,
  HORIZONTAL_RESULT_LABELS,
  LOCATION_LABELS,
  OCCURRENCE_LABELS,
  ORGANISATION_LABELS,
  PREVENTION_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  type LabelKey,
} from './labels';
import { formatCount, formatDate, formatDateTime, hoursBetween, shortText } from './text';

export type Field = readonly [LabelKey, string];

const blank = (...texts: string[]) => texts.every((s) => s.trim() === '');

/** Whether a discipline has nothing filled in (the standard layout then prints its heading and "not filled in"). */
export function isDisciplineEmpty(ctx: ReportContext, d: 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'D7'): boolean {
  const b = ctx.data.eightD;
  const r = b.report;
  switch (d) {
    case 'D1':
      return b.members.length === 0;
    case 'D2':
      return blank(r.customerDescription, r.what, r.where, r.when, r.who, r.why, r.how, r.howMany, r.affectedLots, r.affectedDateCodes, r.occurrence) && ctx.photos.D2.length === 0;
    case 'D3':
      return b.containment.length === 0;
    case 'D4':
      return b.causes.length === 0 && blank(r.occurrenceRootCause, r.escapeRootCause) && ctx.photos.D4.length === 0;
    case 'D5':
      return b.correctives.length === 0;
    case 'D6':
      return b.correctives.length === 0 && ctx.photos.D6.length === 0;
    case 'D7':
      return b.prevention.length === 0 && b.checks.length === 0;
  }
}

/** The facts of the report header, in reading order (two per row). */
export function headerFields(ctx: ReportContext): Field[] {
  const { case: c, eightD } = ctx.data;
  const r = eightD.report;
  return [
    ['eightDNumber', r.number],
    ['caseNumber', c.caseNumber],
    ['customer', c.customerName],
    ['subject', r.title],
    ['productModel', c.productModel],
    ['partNumber', c.partNumber],
    ['lotNumber', c.lotNumber],
    ['quantities', [formatCount(c.quantityDefective), formatCount(c.quantityDelivered)].filter(Boolean).join(' / ')],
    ['receivedAt', formatDateTime(c.receivedAt)],
    ['openedAt', formatDateTime(r.openedAt)],
    ['containmentDue', formatDateTime(r.containmentDueAt)],
    ['rootCauseDue', formatDate(r.rootCauseDueDate)],
    ['correctiveDue', formatDate(r.correctiveDueDate)],
    ['closureDue', formatDate(r.closureDueDate)],
    ['approvedAt', formatDate(r.approvedAt)],
    ['closedAt', formatDate(r.closedAt)],
    ['reportRevision', revisionLabel(currentRevision(r))],
  ];
}

export interface TeamRow {
  cells: [no: string, name: string, role: string, responsibility: string, department: string, organisation: string, contact: string];
  /** A customer or supplier member (printed marked). */
  external: boolean;
}

export function teamRows(ctx: ReportContext): TeamRow[] {
  const { t } = ctx;
  return ctx.data.eightD.members.map((m, i) => ({
    cells: [String(i + 1), m.name, t.of(ROLE_LABELS, m.role), m.responsibility, m.department, t.of(ORGANISATION_LABELS, m.organisation), m.contact],
    external: m.organisation !== 'internal',
  }));
}

/** 5W2H, in that order. */
export function fiveW2HFields(ctx: ReportContext): Field[] {
  const r = ctx.data.eightD.report;
  return [['what', r.what], ['where', r.where], ['when', r.when], ['who', r.who], ['why', r.why], ['how', r.how], ['howMany', r.howMany]];
}

export function problemFields(ctx: ReportContext): Field[] {
  const r = ctx.data.eightD.report;
  return [
    ['affectedLots', r.affectedLots],
    ['affectedDateCodes', r.affectedDateCodes],
    ['occurrence', ctx.t.of(OCCURRENCE_LABELS, r.occurrence)],
  ];
}

/** No., action, location, owner, started, finished, inspected, defective, method and result. */
export function containmentRows(ctx: ReportContext): string[][] {
  return ctx.data.eightD.containment.map((a, i) => [
    String(i + 1),
    a.description,
    ctx.t.of(LOCATION_LABELS, a.location),
    a.owner,
    formatDate(a.startedOn),
    formatDate(a.finishedOn),
    formatCount(a.quantityInspected),
    formatCount(a.quantityDefective),
    a.result,
  ]);
}

export function containmentTotals(ctx: ReportContext): { inspected: string; defective: string } {
  const list = ctx.data.eightD.containment;
  if (list.length === 0) return { inspected: '', defective: '' };
  const sum = (pick: (n: (typeof list)[number]) => number) => String(list.reduce((s, a) => s + (Number.isFinite(pick(a)) ? pick(a) : 0), 0));
  return { inspected: sum((a) => a.quantityInspected), defective: sum((a) => a.quantityDefective) };
}

/** Reply due, replied at, and the time it took with on time / late. */
export function replyFields(ctx: ReportContext): Field[] {
  const { t } = ctx;
  const r = ctx.data.eightD.report;
  let time = t.word('notReplied');
  if (r.containmentRepliedAt) {
    const took = hoursBetween(r.openedAt, r.containmentRepliedAt);
    const late = (hoursBetween(r.containmentDueAt, r.containmentRepliedAt) ?? 0) > 0;
    time = took === null ? '' : `${took} ${t.word('hours')} · ${late ? t.word('late') : t.word('onTime')}`;
  }
  return [['replyDue', formatDateTime(r.containmentDueAt)], ['repliedAt', formatDateTime(r.containmentRepliedAt)], ['replyTime', time]];
}

/** "#3 description ★根本原因" */
export function causeLine(ctx: ReportContext, c: EightDCause): string {
  const n = ctx.causeNumber.get(c.id) ?? 0;
  return `#${n} ${c.description}${c.isRootCause ? ` ★${ctx.t.word('rootCause')}` : ''}`;
}

/** The fishbone cell of one bone: its causes, one per line. */
export function fishboneCell(ctx: ReportContext, analysis: CauseAnalysis, category: CauseCategory): string {
  return ctx.causes.filter((c) => c.analysis === analysis && c.category === category).map((c) => causeLine(ctx, c)).join('\n');
}

export function categoryName(ctx: ReportContext, category: CauseCategory): string {
  return ctx.t.of(CATEGORY_LABELS, category);
}

/** Causes that have a why chain or are root causes: #n, type · category, cause, the chain, ★, verification. */
export function whyRows(ctx: ReportContext): string[][] {
  const { t } = ctx;
  return ctx.causes
    .filter((c) => c.whys.some((w) => w.trim() !== '') || c.isRootCause)
    .map((c) => [
      `#${ctx.causeNumber.get(c.id) ?? 0}`,
      `${t.of(ANALYSIS_LABELS, c.analysis)}\n${t.of(CATEGORY_LABELS, c.category)}`,
      c.description,
      c.whys.filter((w) => w.trim() !== '').map((w, i) => `${t.word('whyN')} ${i + 1}${t.colon}${w}`).join('\n'),
      c.isRootCause ? '★' : '',
      c.verification,
    ]);
}

export function rootCauseFields(ctx: ReportContext): Field[] {
  const r = ctx.data.eightD.report;
  return [['occurrenceRootCause', r.occurrenceRootCause], ['escapeRootCause', r.escapeRootCause]];
}

function addressedCause(ctx: ReportContext, causeId: string): string {
  if (causeId === '') return ctx.t.word('allCauses');
  const cause = ctx.causes.find((c) => c.id === causeId);
  return cause ? `#${ctx.causeNumber.get(cause.id) ?? 0} ${shortText(cause.description, 40)}` : '';
}

export interface CorrectiveRow {
  no: string;
  action: string;
  cause: string;
  owner: string;
  due: string;
  status: string;
  implemented: string;
  result: string;
  /** Verified by and on, one per line. */
  verifiedBy: string;
}

export function correctiveRows(ctx: ReportContext): CorrectiveRow[] {
  return ctx.data.eightD.correctives.map((a, i) => ({
    no: String(i + 1),
    action: a.description,
    cause: addressedCause(ctx, a.causeId),
    owner: a.owner,
    due: formatDate(a.dueDate),
    status: ctx.t.of(STATUS_LABELS, a.status),
    implemented: formatDate(a.implementedOn),
    result: a.verificationResult,
    verifiedBy: [a.verifiedBy, formatDate(a.verifiedOn)].filter(Boolean).join('\n'),
  }));
}

/** No., kind, description, document / revision, owner, due, done. */
export function preventionRows(ctx: ReportContext): string[][] {
  const { t } = ctx;
  return ctx.data.eightD.prevention.map((p, i) => [
    String(i + 1),
    t.of(PREVENTION_LABELS, p.kind),
    p.description,
    p.documentRef,
    p.owner,
    formatDate(p.dueDate),
    p.done ? `✔ ${t.word('yes')}` : t.word('no'),
  ]);
}

/** 举一反三 rows: No., item, model/lot/material, related by, scope, result (an affected one cites its D3 action), checked by / on, note. */
export function checkRows(ctx: ReportContext): string[][] {
  const { t } = ctx;
  const containment = ctx.data.eightD.containment;
  return ctx.data.eightD.checks.map((c, i) => {
    const action = containmentNumber(c, containment);
    const result = c.result === '' ? t.word('toCheck') : t.of(HORIZONTAL_RESULT_LABELS, c.result);
    return [
      String(i + 1),
      t.of(HORIZONTAL_KIND_LABELS, c.kind),
      c.subject,
      t.of(HORIZONTAL_BASIS_LABELS, c.basis),
      c.scope,
      action !== null ? `${result}${t.language === 'en' && !t.bilingual ? ` (D3 #${action})` : `（D3 #${action}）`}` : result,
      [c.checkedBy, formatDate(c.checkedOn)].filter(Boolean).join('\n'),
      c.note,
    ];
  });
}

/** The revision table: Rev., date, reason (Rev.0: the initial issue), revised by, approved by and on (or "in work"). */
export function revisionHistoryRows(ctx: ReportContext): string[][] {
  const { t } = ctx;
  return ctx.data.revisions.map((r) => [
    revisionLabel(r.revision),
    formatDate(r.date),
    r.revision === 0 && r.reason === '' ? t.word('initialIssue') : r.reason,
    r.by,
    r.approvedAt ? `${r.approvedBy} ${formatDate(r.approvedAt)}`.trim() : t.word('inWork'),
  ]);
}

export function approvalFields(ctx: ReportContext): Field[] {
  const r = ctx.data.eightD.report;
  return [
    ['approvedBy', r.approvedBy],
    ['approvedAt', formatDate(r.approvedAt)],
    ['closedBy', r.closedBy],
    ['closedAt', formatDate(r.closedAt)],
  ];
}

export function closureTexts(ctx: ReportContext): Field[] {
  const r = ctx.data.eightD.report;
  return [['approvalComment', r.approvalComment], ['teamRecognition', r.teamRecognition]];
}
