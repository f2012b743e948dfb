/**
 * The common frame of every printed form: the HTML document, fonts, the
 * header (logo, company, bilingual title, form number and revision), the
 * copy designation (第一联 …), field tables, long text split into rows and
 * sign-off boxes. Tables repeat their header on every page (thead) and never
 * cut a row in half (break-inside: avoid); long text is split into several
 * rows so it can flow onto the next page.
 */
import { FORM_CSP_META } from './csp';
import { html, SafeHtml, type HtmlValue } from './escape';
import { isLabelPaper, pageCss, type Paper } from '../domain/paper';
import type { ArchiveCopy, FormContext, RenderedForm } from './types';

export const FONT_STACK = '"SimSun", "宋体", "Microsoft YaHei", "微软雅黑", "Noto Serif CJK SC", "Noto Sans CJK SC", serif';
/**
 * Headings use the same family, bold: every CJK font in a PDF is subset and
 * embedded, and a second one (YaHei / Noto Sans CJK for headings) made a
 * form take ~50 % longer to render (benchmark: 548 → 353 ms).
 */
export const HEADING_STACK = FONT_STACK;

const BASE_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${FONT_STACK}; font-size: 10pt; color: #000; line-height: 1.35; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.copy { break-after: page; }
.copy:last-child { break-after: auto; }
.hdr { display: flex; align-items: center; gap: 4mm; border-bottom: 0.6mm solid #000; padding-bottom: 2mm; margin-bottom: 2mm; }
.hdr .logo { height: 12mm; width: 30mm; background: center / contain no-repeat; }
.hdr .titles { flex: 1; text-align: center; }
.hdr .company { font-size: 11pt; font-weight: 700; }
.hdr h1 { font-family: ${HEADING_STACK}; font-size: 16pt; margin: 1mm 0 0; letter-spacing: 0.1em; }
.hdr .en { font-size: 8.5pt; font-weight: 400; letter-spacing: 0; }
.hdr .meta { font-size: 8.5pt; text-align: right; white-space: nowrap; }
.designation { text-align: right; font-size: 9pt; font-weight: 700; margin-bottom: 1mm; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 2mm; }
table.grid th, table.grid td { border: 0.3mm solid #000; padding: 0.9mm 1.5mm; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
table.grid th { background: #eee; font-weight: 700; text-align: left; font-size: 9.5pt; }
table.grid .en, .sub .en { font-weight: 400; font-size: 7pt; color: #333; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid td.num { text-align: right; }
table.grid td.center, table.grid th.center { text-align: center; }
table.grid td.text { white-space: pre-wrap; }
table.grid td.cont { border-top: none; }
.section { font-family: ${HEADING_STACK}; font-weight: 700; font-size: 10pt; margin: 1.5mm 0 1mm; break-after: avoid; }
.sign td { height: 10mm; }
.sign th { text-align: center; }
.esign { font-size: 7.5pt; line-height: 1.25; white-space: pre-line; color: #1a3d8f; }
.archive-copy { font-size: 8.5pt; font-weight: 700; border: 0.3mm solid #000; padding: 0.5mm 1.5mm; margin-top: 2mm; }
.archive-copy .en { font-weight: 400; font-size: 7pt; }
.printed { font-size: 7.5pt; color: #444; margin-top: 2mm; display: flex; justify-content: space-between; }
.box { display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.3mm solid #000; vertical-align: -0.5mm; text-align: center; line-height: 3.2mm; font-size: 8pt; }
`;

export function headerBlock(ctx: FormContext, titleZh: string, titleEn: string, number: string): SafeHtml {
  // The logo itself is in the stylesheet once (logoCss), not repeated per copy: the document stays small.
  const logo = isImageDataUrl(ctx.logoDataUrl) ? html`<div class="logo"></div>` : '';
  return html`<div class="hdr">${logo}<div class="titles">${ctx.companyName ? html`<div class="company">${ctx.companyName}</div>` : ''}<h1>${titleZh}<br><span class="en">${titleEn}</span></h1></div><div class="meta">表单编号 Form No.: ${ctx.formNumber}<br>版本 Rev.: ${ctx.revision}<br>NO.: ${number}</div></div>`;
}

/** Only image data URLs are used as the logo (a remote URL or javascript: never reaches the page). */
export function isImageDataUrl(url: string): boolean {
  return /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(url);
}

/** A bilingual heading cell label: 客户名称 <small>Customer</small>. */
export function label(zh: string, en?: string): SafeHtml {
  return en ? html`${zh}<br><span class="en">${en}</span>` : html`${zh}`;
}

/** Rows of label/value pairs, `perRow` pairs per row, in a 2·perRow column grid. */
export function fieldGrid(pairs: [SafeHtml | string, HtmlValue][], perRow = 2): SafeHtml {
  const rows: SafeHtml[] = [];
  for (let i = 0; i < pairs.length; i += perRow) {
    const cells = pairs.slice(i, i + perRow).map(([l, v]) => html`<th>${l}</th><td>${v}</td>`);
    const missing = perRow - (cells.length);
    const pad = missing > 0 ? html`<th></th><td${missing > 1 ? html` colspan="${missing * 2 - 1}"` : ''}></td>` : '';
    rows.push(html`<tr>${cells}${pad}</tr>`);
  }
  const cols = Array.from({ length: perRow }, () => html`<col style="width:${(32 / perRow).toFixed(2)}%"><col style="width:${(68 / perRow).toFixed(2)}%">`);
  return html`<table class="grid"><colgroup>${cols}</colgroup><tbody>${rows}</tbody></table>`;
}

const MM_PER_PT = 25.4 / 72;

/** Width of `text` in em: CJK and other full-width characters 1 em, the rest ~0.6 em (a generous estimate for Latin and digits). */
function widthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6;
  return em;
}

/**
 * A value that stays on one line in a cell `widthMm` wide (its inner width):
 * the font shrinks from `basePt` as far as `minPt` (6 pt: an 18-character name in the 3-per-row grid on A4 portrait) so a long Chinese company
 * name does not wrap (…有限公 / 司); text too long even then wraps as usual.
 */
export function oneLine(text: string, widthMm: number, basePt = 10, minPt = 6): SafeHtml {
  const pt = Math.floor((widthMm / (widthEm(text) * MM_PER_PT)) * 10) / 10;
  if (pt >= basePt) return html`<span style="white-space:nowrap">${text}</span>`;
  if (pt < minPt) return html`${text}`;
  return html`<span style="white-space:nowrap;font-size:${pt.toFixed(1)}pt">${text}</span>`;
}

/**
 * Splits long text into pieces that fit in one table row each (paragraphs,
 * then ~chunk characters at a sentence or comma), so a very long description
 * flows across pages row by row instead of a row being cut or overflowing.
 */
export function splitLongText(text: string, chunk = 360): string[] {
  const out: string[] = [];
  for (const para of text.replace(/\r\n?/g, '\n').split(/\n{1,}/)) {
    let rest = para;
    while (rest.length > chunk) {
      const window = rest.slice(0, chunk);
      const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('. '), window.lastIndexOf('，'), window.lastIndexOf(', '), window.lastIndexOf(' '));
      const at = cut > chunk / 2 ? cut + 1 : chunk;
      out.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    if (rest.trim() !== '' || out.length === 0) out.push(rest);
  }
  return out;
}

/** A labelled block of long text: the label on the first row, the text continuing in further rows. */
export function longTextTable(zh: string, en: string, text: string): SafeHtml {
  const parts = splitLongText(text);
  const rows = parts.map((part, i) =>
    i === 0
      ? html`<tr><th rowspan="1">${label(zh, en)}</th><td class="text">${part}</td></tr>`
      : html`<tr><th class="cont"></th><td class="text cont">${part}</td></tr>`,
  );
  return html`<table class="grid"><colgroup><col style="width:16%"><col style="width:84%"></colgroup><tbody>${rows}</tbody></table>`;
}

/** A row of sign-off boxes: heading on top, empty space to sign and date. */
export function signBoxes(titles: [string, string][], marks: readonly string[] = []): SafeHtml {
  const width = (100 / titles.length).toFixed(2);
  return html`<table class="grid sign"><colgroup>${titles.map(() => html`<col style="width:${width}%">`)}</colgroup><thead><tr>${titles.map(([zh, en]) => html`<th>${label(zh, en)}</th>`)}</tr></thead><tbody><tr>${titles.map((_, i) => html`<td>${esignMark(marks[i])}</td>`)}</tr><tr>${titles.map(() => html`<td style="height:auto;padding:0.3mm 1.5mm;font-size:7.5pt">日期 Date:</td>`)}</tr></tbody></table>`;
}

/** An electronic signature in its box (map.ts signatureMark), small enough to leave room for a hand signature; nothing when ''. */
function esignMark(mark: string | undefined): SafeHtml | '' {
  return mark ? html`<div class="esign">${mark}</div>` : '';
}

/** One compact row: 编制 [   ] 审核 [   ] 批准 [   ] — label cells beside the space to sign. */
export function signLine(titles: [string, string][], marks: readonly string[] = []): SafeHtml {
  const cols = titles.map(() => html`<col style="width:${(30 / titles.length).toFixed(2)}%"><col style="width:${(70 / titles.length).toFixed(2)}%">`);
  return html`<table class="grid sign-line"><colgroup>${cols}</colgroup><tbody><tr>${titles.map(([zh, en], i) => html`<th>${label(zh, en)}</th><td style="height:11mm">${esignMark(marks[i])}</td>`)}</tr></tbody></table>`;
}

/** A table with a repeated header row. */
export function dataTable(head: (SafeHtml | string)[], widths: number[], rows: HtmlValue[][], numericCols: number[] = []): SafeHtml {
  const body = rows.map((r) => html`<tr>${r.map((v, i) => html`<td class="${numericCols.includes(i) ? 'num' : 'text'}">${v}</td>`)}</tr>`);
  return html`<table class="grid"><colgroup>${widths.map((w) => html`<col style="width:${w}%">`)}</colgroup><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${body}</tbody></table>`;
}

export function section(zh: string, en: string): SafeHtml {
  return html`<div class="section">${zh} <span class="sub"><span class="en">${en}</span></span></div>`;
}

/** 归档副本 · qarc-B-20261203-101500.qarc · 归档于 2026-12-03: on every copy, label paper too, so a reprint is never taken for a live document. */
function archiveCopyLine(copy: ArchiveCopy): SafeHtml {
  return html`<div class="archive-copy">归档副本 · ${copy.fileName} · 归档于 ${copy.archivedOn} <span class="en">Reprint from the archive</span></div>`;
}

/**
 * The whole document: `body(designation)` is rendered once per copy (each
 * copy starts on a new sheet and carries its designation, 第一联 品质部存 …).
 */
export function documentShell(ctx: FormContext, paper: Paper, title: string, extraCss: string, body: (designation: string) => SafeHtml): RenderedForm {
  const designations = ctx.copies.length > 0 ? ctx.copies : [''];
  const label = isLabelPaper(paper);
  // A validated data: URL has only base64 characters: safe inside a CSS string.
  const logoCss = isImageDataUrl(ctx.logoDataUrl) ? `.hdr .logo { background-image: url("${ctx.logoDataUrl}"); }` : '';
  const css = `${pageCss(paper)}\n${BASE_CSS}\n${logoCss}\n${extraCss}`;
  const copies = designations.map(
    (d) =>
      html`<section class="copy">${d ? html`<div class="designation">${d}</div>` : ''}${body(d)}${ctx.archiveCopy ? archiveCopyLine(ctx.archiveCopy) : ''}${label ? '' : html`<div class="printed"><span>打印 Printed: ${ctx.printedAt} ${ctx.printedBy}</span><span>${ctx.formNumber} ${ctx.revision}</span></div>`}</section>`,
  );
  const doc = html`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${new SafeHtml(FORM_CSP_META)}<title>${title}</title><style>${new SafeHtml(css)}</style></head><body>${copies}</body></html>`;
  return { html: doc.value, css, paper };
}
