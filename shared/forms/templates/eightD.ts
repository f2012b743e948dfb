/**
 * 8D 报告 8D Report as a printed form (issue 6, DOMAIN §5): header with the
 * case facts, one bordered table per discipline D1–D8 (team; 5W2H problem;
 * containment with quantities; the fishbone as a 5M1E × occurrence/escape
 * table and the 5-Why chains; corrective actions; verification; prevention;
 * approval and closure), the revision (Rev.n) with its revision table, the
 * 举一反三 rows on D7, the D2/D4/D6 photos embedded as data: URLs scaled
 * to fit, and the 编制 / 审核 / 批准 signatures. Same input as the Word
 * export (EightDReportData); in one language or bilingual.
 */
import type { EightDCause, EightDContainment, EightDCorrective, EightDHorizontalCheck } from '../../domain/eightd/records';
import { containmentNumber } from '../../domain/eightd/horizontal-checks';
import { currentRevision, revisionLabel, type RevisionRow } from '../../domain/eightd/revisions';
import { CAUSE_ANALYSES, CAUSE_CATEGORIES, type PhotoDiscipline } from '../../domain/eightd/records';
import { imageMimeType } from '../../report/image-size';
import type { EightDPhoto } from '../../report/types';
import { encodeBase64 } from '../../base64';
import { html, SafeHtml, type HtmlValue } from '../escape';
import { documentShell, headerBlock, splitLongText } from '../layout';
import { printDate, printDateTime } from '../map';
import type { Paper } from '../../domain/paper';
import type { EightDFormData, FormContext, RenderedForm } from '../types';
import {
  ANALYSIS_LABELS,
  CATEGORY_LABELS,
  HORIZONTAL_BASIS_LABELS,
  HORIZONTAL_KIND_LABELS,
  HORIZONTAL_RESULT_LABELS,
  LABELS as L,
  LOCATION_LABELS,
  OCCURRENCE_LABELS,
  ORGANISATION_LABELS,
  PREVENTION_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  type LabelPair,
} from '../../report/labels';
import { disciplineTitle, tl, tv, tvOf, type Lang } from './eightD-text';

const EXTRA_CSS = `
.d-head { font-family: inherit; font-weight: 700; font-size: 10.5pt; background: #d9d9d9; border: 0.3mm solid #000; border-bottom: none; padding: 1mm 1.5mm; margin-top: 2mm; break-after: avoid; }
.d-head .en { font-weight: 400; font-size: 8pt; }
.d-sub { font-weight: 700; font-size: 9pt; margin: 1mm 0 0.5mm; break-after: avoid; }
table.grid tr.blank td { height: 7mm; }
table.grid td .why { display: block; }
.photos { display: flex; flex-wrap: wrap; gap: 2mm; margin: 0 0 2mm; }
.photo { width: calc(50% - 1mm); margin: 0; border: 0.3mm solid #000; padding: 1.5mm; break-inside: avoid; page-break-inside: avoid; text-align: center; }
.photo img { display: block; margin: 0 auto; max-width: 100%; max-height: 95mm; width: auto; height: auto; }
.photo figcaption { font-size: 8.5pt; margin-top: 1mm; overflow-wrap: anywhere; word-break: break-word; }
.files { font-size: 8.5pt; margin: 0 0 2mm; overflow-wrap: anywhere; }
`;

/** The footer 第 x 页 共 y 页 of layout/paper.ts in English, or in both languages. */
function pageNumberCss(o: Lang): string {
  if (o.bilingual) return '@page { @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页  Page " counter(page) " of " counter(pages); } }';
  if (o.language === 'en') return '@page { @bottom-center { content: "Page " counter(page) " of " counter(pages); } }';
  return '';
}

const num = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

/** A discipline's heading bar above its tables. */
function disciplineHead(o: Lang, pair: LabelPair): SafeHtml {
  if (o.bilingual) return html`<div class="d-head">${pair[0]} <span class="en">${pair[1]}</span></div>`;
  return html`<div class="d-head">${o.language === 'en' ? pair[1] : pair[0]}</div>`;
}

function subHead(o: Lang, pair: LabelPair): SafeHtml {
  return html`<div class="d-sub">${tv(o, pair)}</div>`;
}

/** A list table with a repeated header; an empty list prints blank rows to fill in by hand. */
function listTable(o: Lang, head: LabelPair[], widths: number[], rows: HtmlValue[][], numeric: number[] = [], foot: SafeHtml | '' = ''): SafeHtml {
  const body =
    rows.length > 0
      ? rows.map((r) => html`<tr>${r.map((v, i) => html`<td class="${numeric.includes(i) ? 'num' : 'text'}">${v}</td>`)}</tr>`)
      : [0, 1, 2].map(() => html`<tr class="blank">${head.map(() => html`<td></td>`)}</tr>`);
  return html`<table class="grid"><colgroup>${widths.map((w) => html`<col style="width:${w}%">`)}</colgroup><thead><tr>${head.map((h) => html`<th>${tl(o, h)}</th>`)}</tr></thead><tbody>${body}${foot}</tbody></table>`;
}

/**
 * Label/value pairs, `perRow` to a row, labels a little wider than layout.fieldGrid gives them
 * (English labels such as "Containment reply due" would otherwise break inside words).
 */
function infoGrid(pairs: [SafeHtml, HtmlValue][], perRow: number): SafeHtml {
  const labelShare = perRow === 3 ? 14 : 18;
  const valueShare = (100 - labelShare * perRow) / perRow;
  const rows: SafeHtml[] = [];
  for (let i = 0; i < pairs.length; i += perRow) {
    const cells = pairs.slice(i, i + perRow).map(([l, v]) => html`<th>${l}</th><td>${v}</td>`);
    const missing = perRow - cells.length;
    rows.push(html`<tr>${cells}${missing > 0 ? html`<td colspan="${String(missing * 2)}"></td>` : ''}</tr>`);
  }
  const cols = Array.from({ length: perRow }, () => html`<col style="width:${String(labelShare)}%"><col style="width:${valueShare.toFixed(2)}%">`);
  return html`<table class="grid"><colgroup>${cols}</colgroup><tbody>${rows}</tbody></table>`;
}

/** 编制 / 审核 / 批准: a heading, room to sign, and the date. */
function signatures(o: Lang): SafeHtml {
  const heads = [L.prepared, L.reviewed, L.approved];
  return html`<table class="grid sign"><colgroup>${heads.map(() => html`<col style="width:33.33%">`)}</colgroup><tbody><tr>${heads.map((h) => html`<th>${tl(o, h)}</th>`)}</tr><tr>${heads.map(() => html`<td style="height:14mm"></td>`)}</tr><tr>${heads.map(() => html`<td style="font-size:8pt">${tv(o, L.date)}:</td>`)}</tr></tbody></table>`;
}

/** Long text under a label, one row per piece so it can flow across pages (layout.longTextTable, in the chosen language). */
function textTable(o: Lang, pairs: [LabelPair, string][]): SafeHtml {
  const rows = pairs.flatMap(([pair, text]) =>
    splitLongText(text).map((part, i) =>
      i === 0 ? html`<tr><th>${tl(o, pair)}</th><td class="text">${part}</td></tr>` : html`<tr><th class="cont"></th><td class="text cont">${part}</td></tr>`,
    ),
  );
  return html`<table class="grid"><colgroup><col style="width:18%"><col style="width:82%"></colgroup><tbody>${rows}</tbody></table>`;
}

/** Photos of one discipline, two per row, each scaled to fit its box (aspect kept); files that are not a whole PNG/JPEG are listed by name. */
function photoBlock(o: Lang, photos: readonly EightDPhoto[], d: PhotoDiscipline): SafeHtml | '' {
  const mine = photos.filter((p) => p.discipline === d);
  if (mine.length === 0) return '';
  const figures: SafeHtml[] = [];
  const files: string[] = [];
  for (const p of mine) {
    // The type comes from the bytes, their structure checked: only a whole PNG/JPEG goes into the src.
    const type = imageMimeType(p.bytes);
    if (type === null) {
      files.push(p.caption && p.caption !== p.fileName ? `${p.fileName}（${p.caption}）` : p.fileName);
      continue;
    }
    const src = new SafeHtml(`data:${type};base64,${encodeBase64(p.bytes)}`);
    figures.push(html`<figure class="photo"><img src="${src}" alt="${p.fileName}"><figcaption>${p.caption || p.fileName}</figcaption></figure>`);
  }
  return html`${subHead(o, [`${d} ${L.photos[0]}`, `${d} ${L.photos[1]}`])}${figures.length > 0 ? html`<div class="photos">${figures}</div>` : ''}${files.length > 0 ? html`<div class="files">${tv(o, L.notEmbedded)}: ${files.join('、')}</div>` : ''}`;
}

/** Causes in fishbone order: occurrence before escape, then 5M1E order, then as entered; numbered C1, C2 … for the corrective actions. */
function orderedCauses(causes: readonly EightDCause[]): EightDCause[] {
  const rank = (c: EightDCause) => CAUSE_ANALYSES.indexOf(c.analysis) * 10 + CAUSE_CATEGORIES.indexOf(c.category);
  return causes.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);
}

function fishbone(o: Lang, causes: readonly EightDCause[], code: Map<string, string>): SafeHtml {
  const cell = (list: EightDCause[]) => list.map((c) => html`<span class="why">${code.get(c.id)} ${c.description}${c.isRootCause ? html` ★${tv(o, L.rootCause)}` : ''}</span>`);
  const rows = CAUSE_CATEGORIES.map((cat) => [
    tvOf(o, CATEGORY_LABELS, cat),
    ...CAUSE_ANALYSES.map((a) => cell(causes.filter((c) => c.category === cat && c.analysis === a))),
  ]);
  return listTable(o, [L.category, L.occurrenceCauses, L.escapeCauses], [18, 41, 41], rows);
}

function whyChains(o: Lang, causes: readonly EightDCause[], code: Map<string, string>): SafeHtml {
  const rows = causes.map((c) => [
    code.get(c.id) ?? '',
    `${tvOf(o, ANALYSIS_LABELS, c.analysis)} / ${tvOf(o, CATEGORY_LABELS, c.category)}`,
    c.description,
    c.whys.map((w, i) => html`<span class="why">${tv(o, L.whyN)} ${String(i + 1)}: ${w}</span>`),
    c.isRootCause ? '✔' : '',
    c.verification,
  ]);
  return listTable(o, [L.index, L.analysis, L.cause, L.whyChain, L.rootCause, L.verification], [6, 14, 18, 38, 8, 16], rows);
}

function correctiveRows(o: Lang, list: readonly EightDCorrective[], code: Map<string, string>): { plan: HtmlValue[][]; check: HtmlValue[][] } {
  const plan = list.map((a, i) => [String(i + 1), a.causeId ? (code.get(a.causeId) ?? '') : tv(o, L.allCauses), a.description, a.owner, printDate(a.dueDate), tvOf(o, STATUS_LABELS, a.status), printDate(a.implementedOn)]);
  const check = list.map((a, i) => [String(i + 1), a.description, a.verificationResult, a.verifiedBy, printDate(a.verifiedOn), tvOf(o, STATUS_LABELS, a.status)]);
  return { plan, check };
}

/** The revision table (Rev.0 reads as the initial issue; the revision in work has no approval yet). */
function revisionTable(o: Lang, rows: readonly RevisionRow[]): SafeHtml | '' {
  if (rows.length === 0) return '';
  const body = rows.map((r) => [
    revisionLabel(r.revision),
    printDate(r.date),
    r.revision === 0 && r.reason === '' ? tv(o, L.initialIssue) : r.reason,
    r.by,
    r.approvedAt ? `${r.approvedBy} ${printDate(r.approvedAt)}`.trim() : tv(o, L.inWork),
  ]);
  return html`${subHead(o, L.revisionHistory)}${listTable(o, [L.revision, L.revisionDate, L.revisionReason, L.revisedBy, L.revisionApproved], [10, 14, 44, 14, 18], body)}`;
}

/** D7 举一反三 rows; an affected one cites its D3 action by number. */
function horizontalTable(o: Lang, checks: readonly EightDHorizontalCheck[], containment: readonly EightDContainment[]): SafeHtml | '' {
  if (checks.length === 0) return '';
  const rows = checks.map((c, i) => {
    const action = containmentNumber(c, containment);
    const result = c.result === '' ? tv(o, L.toCheck) : tvOf(o, HORIZONTAL_RESULT_LABELS, c.result);
    return [
      String(i + 1),
      tvOf(o, HORIZONTAL_KIND_LABELS, c.kind),
      c.subject,
      tvOf(o, HORIZONTAL_BASIS_LABELS, c.basis),
      c.scope,
      action !== null ? `${result}${o.language === 'en' && !o.bilingual ? ` (D3 #${action})` : `（D3 #${action}）`}` : result,
      [c.checkedBy, printDate(c.checkedOn)].filter(Boolean).join(' '),
      c.note,
    ];
  });
  return html`${subHead(o, L.horizontal)}${listTable(o, [L.index, L.checkKind, L.checkSubject, L.checkBasis, L.checkScope, L.checkResult, L.checkedBy, L.checkNote], [5, 8, 18, 10, 15, 16, 12, 16], rows, [0])}`;
}

export function renderEightDReport(d: EightDFormData, context: FormContext, paper: Paper): RenderedForm {
  const o: Lang = { language: d.language, bilingual: d.bilingual };
  const r = d.report;
  const e = r.eightD;
  const rep = e.report;
  const ctx: FormContext = { ...context, companyName: r.companyName || context.companyName, logoDataUrl: r.logoDataUrl || context.logoDataUrl };
  const causes = orderedCauses(e.causes);
  const code = new Map(causes.map((c, i) => [c.id, `C${i + 1}`]));
  const [titleMain, titleSub] = o.language === 'en' && !o.bilingual ? [L.title[1], 'Eight Disciplines Problem Solving'] : L.title;
  const inspected = e.containment.reduce((s, k) => s + k.quantityInspected, 0);
  const defective = e.containment.reduce((s, k) => s + k.quantityDefective, 0);
  const containmentFoot =
    e.containment.length > 0 ? html`<tr><th colspan="5" style="text-align:right">${tl(o, L.total)}</th><td class="num">${String(inspected)}</td><td class="num">${String(defective)}</td><td>${inspected > 0 ? `${((defective / inspected) * 100).toFixed(2)}%` : ''}</td></tr>` : '';
  const corrective = correctiveRows(o, e.correctives, code);

  return documentShell(ctx, paper, `8D ${rep.number} ${r.case.caseNumber}`, `${EXTRA_CSS}\n${pageNumberCss(o)}`, () => html`
${headerBlock(ctx, titleMain, titleSub, rep.number)}
${infoGrid(
  [
    [tl(o, L.eightDNumber), rep.number],
    [tl(o, L.caseNumber), r.case.caseNumber],
    [tl(o, L.customer), r.case.customerName],
    [tl(o, L.subject), rep.title],
    [tl(o, L.productModel), r.case.productModel],
    [tl(o, L.partNumber), r.case.partNumber],
    [tl(o, L.lotNumber), r.case.lotNumber],
    [tl(o, L.receivedAt), printDateTime(r.case.receivedAt)],
    [tl(o, L.quantities), `${num(r.case.quantityDefective)} / ${num(r.case.quantityDelivered)}`],
    [tl(o, L.opened), `${printDateTime(rep.openedAt)} ${rep.openedBy}`],
    [tl(o, L.containmentDue), printDateTime(rep.containmentDueAt)],
    [tl(o, L.containmentReplied), printDateTime(rep.containmentRepliedAt)],
    [tl(o, L.rootCauseDue), printDate(rep.rootCauseDueDate)],
    [tl(o, L.correctiveDue), printDate(rep.correctiveDueDate)],
    [tl(o, L.closureDue), printDate(rep.closureDueDate)],
    [tl(o, L.reportRevision), revisionLabel(currentRevision(rep))],
  ],
  3,
)}
${textTable(o, [[L.defectDescription, r.case.defectDescription]])}
${revisionTable(o, r.revisions)}
${disciplineHead(o, disciplineTitle('D1'))}
${listTable(
  o,
  [L.index, L.name, L.role, L.department, L.organisation, L.responsibility, L.contact],
  [5, 12, 12, 20, 12, 22, 17],
  e.members.map((m, i) => [String(i + 1), m.name, tvOf(o, ROLE_LABELS, m.role), m.department, tvOf(o, ORGANISATION_LABELS, m.organisation), m.responsibility, m.contact]),
  [0],
)}
${disciplineHead(o, disciplineTitle('D2'))}
${textTable(o, [[L.customerDescription, rep.customerDescription]])}
${infoGrid(
  [
    [tl(o, L.what), rep.what],
    [tl(o, L.where), rep.where],
    [tl(o, L.when), rep.when],
    [tl(o, L.who), rep.who],
    [tl(o, L.why), rep.why],
    [tl(o, L.how), rep.how],
    [tl(o, L.howMany), rep.howMany],
    [tl(o, L.occurrence), tvOf(o, OCCURRENCE_LABELS, rep.occurrence)],
    [tl(o, L.affectedLots), rep.affectedLots],
    [tl(o, L.affectedDateCodes), rep.affectedDateCodes],
  ],
  2,
)}
${photoBlock(o, r.photos, 'D2')}
${disciplineHead(o, disciplineTitle('D3'))}
${listTable(
  o,
  [L.index, L.action, L.location, L.owner, L.started, L.inspected, L.defective, L.result],
  [5, 20, 11, 10, 13, 10, 10, 21],
  e.containment.map((k, i) => [String(i + 1), k.description, tvOf(o, LOCATION_LABELS, k.location), k.owner, [printDate(k.startedOn), k.finishedOn ? ` – ${printDate(k.finishedOn)}` : ''].join(''), String(k.quantityInspected), String(k.quantityDefective), k.result]),
  [0, 5, 6],
  containmentFoot,
)}
${disciplineHead(o, disciplineTitle('D4'))}
${subHead(o, L.fishbone)}
${fishbone(o, causes, code)}
${subHead(o, L.fiveWhy)}
${whyChains(o, causes, code)}
${textTable(o, [
  [L.occurrenceRootCause, rep.occurrenceRootCause],
  [L.escapeRootCause, rep.escapeRootCause],
])}
${photoBlock(o, r.photos, 'D4')}
${disciplineHead(o, disciplineTitle('D5'))}
${listTable(o, [L.index, L.addressedCause, L.action, L.owner, L.due, L.status, L.implementedOn], [5, 10, 34, 12, 12, 14, 13], corrective.plan, [0])}
${disciplineHead(o, disciplineTitle('D6'))}
${listTable(o, [L.index, L.action, L.verificationResult, L.verifier, L.verifiedOn, L.status], [5, 26, 32, 11, 12, 14], corrective.check, [0])}
${photoBlock(o, r.photos, 'D6')}
${disciplineHead(o, disciplineTitle('D7'))}
${listTable(
  o,
  [L.index, L.kind, L.action, L.documentRef, L.owner, L.due, L.done],
  [6, 14, 32, 16, 11, 12, 9],
  e.prevention.map((p, i) => [String(i + 1), tvOf(o, PREVENTION_LABELS, p.kind), p.description, p.documentRef, p.owner, printDate(p.dueDate), p.done ? '✔' : '']),
  [0],
)}
${horizontalTable(o, e.checks ?? [], e.containment)}
${disciplineHead(o, disciplineTitle('D8'))}
${infoGrid(
  [
    [tl(o, L.approvedBy), rep.approvedBy],
    [tl(o, L.approvedAt), printDateTime(rep.approvedAt)],
    [tl(o, L.closedBy), rep.closedBy],
    [tl(o, L.closedAt), printDateTime(rep.closedAt)],
  ],
  2,
)}
${textTable(o, [
  [L.approvalComment, rep.approvalComment],
  [L.teamRecognition, rep.teamRecognition],
])}
${signatures(o)}
<div class="printed"><span>${tv(o, L.generated)}: ${printDateTime(r.generatedAt)} ${r.generatedBy}</span></div>
`);
}
