/**
 * The docx building blocks every layout uses: runs (clean text, explicit
 * eastAsia fonts), paragraphs, headings and `gridTable`, a table on a fixed
 * column grid whose cells may span columns (gridSpan) and rows (vMerge), with
 * the grid (w:tblGrid) and every cell width written in DXA — WPS ignores auto
 * layout. Layout errors of the code (a row that does not fill the grid) throw.
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { cleanText } from './text';
import { CELL_PADDING, COLOR, CONTENT_WIDTH, FONT_BODY, FONT_HEADING, SIZE } from './theme';

export type Block = Paragraph | Table;
export type Align = 'left' | 'center' | 'right';

export interface RunStyle {
  bold?: boolean;
  heading?: boolean;
  size?: number;
  color?: string;
  italics?: boolean;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

export function run(text: string, style: RunStyle = {}): TextRun {
  // Only what differs from the defaults (black, upright, regular) is written: the document stays small and quick to pack.
  return new TextRun({
    text: cleanText(text),
    font: style.heading ? FONT_HEADING : FONT_BODY,
    size: style.size ?? SIZE.body,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.color && style.color !== COLOR.text ? { color: style.color } : {}),
  });
}

export interface ParaStyle extends RunStyle {
  align?: Align;
  before?: number;
  after?: number;
  keepNext?: boolean;
}

/** One paragraph per line of the text (an empty text still gives one, so cells keep their height). */
export function paragraphs(text: string, style: ParaStyle = {}): Paragraph[] {
  const lines = cleanText(text).split('\n');
  return lines.map((line) => para([run(line, style)], style));
}

export function para(children: ParagraphChild[], style: ParaStyle = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: ALIGN[style.align ?? 'left'],
    spacing: { before: style.before ?? 0, after: style.after ?? 0 },
    // Unset unless asked for: a table row's keepNext applies only to paragraphs that do not set their own.
    ...(style.keepNext ? { keepNext: true } : {}),
  });
}

/** A discipline heading (Heading 1: Microsoft YaHei, kept with what follows). */
export function heading(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: [run(text, { heading: true, bold: true, size: SIZE.heading, color: COLOR.accent })],
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOR.accent, space: 2 } },
  });
}

/** A smaller heading inside a discipline (e.g. "5-Why 分析"). */
export function subheading(text: string): Paragraph {
  return para([run(text, { heading: true, bold: true, size: SIZE.table + 2 })], { before: 160, after: 60, keepNext: true });
}

/** A muted line such as "(not filled in)". */
export function note(text: string): Paragraph {
  return para([run(text, { size: SIZE.table, color: COLOR.muted, italics: true })], { before: 40, after: 120 });
}

export function spacer(after = 120, keepNext = false): Paragraph {
  return new Paragraph({ children: [], spacing: { before: 0, after }, keepNext });
}

/** Integer widths in proportion to `weights` that add up to exactly `total`. */
export function scaleWidths(weights: readonly number[], total = CONTENT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/** head: column header; label: field name; band: discipline band; body: content. */
export type CellKind = 'head' | 'label' | 'band' | 'body';

export interface CellSpec {
  text?: string;
  /** Ready paragraphs (images, mixed runs) instead of text. */
  children?: Paragraph[];
  span?: number;
  rowSpan?: number;
  kind?: CellKind;
  align?: Align;
  bold?: boolean;
}

export interface GridTableOptions {
  /** Rows repeated at the top of every page the table runs onto. */
  headerRows?: number;
  borders?: 'grid' | 'none';
  /** Minimum row height (twips) of the body rows. */
  minRowHeight?: number;
  /** Each row is kept on the page of the next (a short table that must not break; its rows of long text still may). */
  keepTogether?: boolean;
  /** With keepTogether: the last row is kept with what follows the table too. */
  keepWithNext?: boolean;
}

/** Rows with less text than this are not split across pages. */
const SHORT_ROW_CHARS = 600;

const FILL: Record<CellKind, string | null> = { head: COLOR.headFill, label: COLOR.labelFill, band: COLOR.bandFill, body: null };

function cellParagraphs(spec: CellSpec): Paragraph[] {
  if (spec.children) return spec.children;
  const kind = spec.kind ?? 'body';
  const style: ParaStyle = {
    size: SIZE.table,
    heading: kind === 'head' || kind === 'band',
    bold: spec.bold ?? (kind !== 'body'),
    color: kind === 'band' ? COLOR.bandText : COLOR.text,
    align: spec.align ?? (kind === 'head' ? 'center' : 'left'),
  };
  return paragraphs(spec.text ?? '', style);
}

function makeCell(spec: CellSpec, width: number, borderless: boolean): TableCell {
  const fill = FILL[spec.kind ?? 'body'];
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new TableCell({
    children: cellParagraphs(spec),
    width: { size: width, type: WidthType.DXA },
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    ...(spec.rowSpan && spec.rowSpan > 1 ? { rowSpan: spec.rowSpan } : {}),
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
    verticalAlign: spec.kind === 'body' || spec.kind === undefined ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: CELL_PADDING / 2, right: CELL_PADDING / 2 },
    ...(borderless ? { borders: { top: none, bottom: none, left: none, right: none } } : {}),
  });
}

/**
 * A table on the grid `widths` (twips). Each row lists only the cells it
 * starts: columns covered by a cell spanning rows from above are skipped.
 */
export function gridTable(widths: readonly number[], rows: readonly CellSpec[][], options: GridTableOptions = {}): Table {
  const borderless = options.borders === 'none';
  const covered = widths.map(() => 0);
  const tableRows = rows.map((row, r) => {
    let col = 0;
    const cells = row.map((spec) => {
      while (col < widths.length && (covered[col] ?? 0) > 0) col++;
      const span = spec.span ?? 1;
      if (col + span > widths.length) throw new Error(`8D table row ${r + 1} has more columns than its grid of ${widths.length}`);
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      if ((spec.rowSpan ?? 1) > 1) for (let c = col; c < col + span; c++) covered[c] = spec.rowSpan ?? 1;
      col += span;
      return makeCell(spec, width, borderless);
    });
    while (col < widths.length && (covered[col] ?? 0) > 0) col++;
    if (col !== widths.length) throw new Error(`8D table row ${r + 1} fills ${col} of its ${widths.length} grid columns`);
    for (let c = 0; c < covered.length; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    const isHeader = r < (options.headerRows ?? 0);
    const keep = options.keepTogether === true && (r < rows.length - 1 || options.keepWithNext === true);
    return new TableRow({
      children: cells,
      tableHeader: isHeader,
      // A row of short texts (or photos) moves to the next page whole; a long text may run on.
      cantSplit: isHeader || row.reduce((n, c) => n + (c.text?.length ?? 0), 0) < SHORT_ROW_CHARS,
      ...(keep ? { keepNext: true } : {}),
      ...(!isHeader && options.minRowHeight ? { height: { value: options.minRowHeight, rule: 'atLeast' as const } } : {}),
    });
  });
  const line = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const side = borderless ? none : line;
  return new Table({
    rows: tableRows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: { top: side, bottom: side, left: side, right: side, insideHorizontal: side, insideVertical: side },
  });
}
