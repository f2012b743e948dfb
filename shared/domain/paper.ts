/**
 * Paper sizes of the printed forms: A4 portrait/landscape, label stock
 * 100×150 mm and 4×6 in, and a custom size. The CSS `@page` rule (size,
 * margins, page numbers 第 x 页 共 y 页 in a margin box) is made here so the
 * PDF engine and the printer get the size from the document itself
 * (preferCSSPageSize).
 */
export const PAPER_KINDS = ['a4', 'label100x150', 'label4x6', 'custom'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];
export const ORIENTATIONS = ['portrait', 'landscape'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export interface Paper {
  kind: PaperKind;
  orientation: Orientation;
  /** Custom size only (mm). */
  widthMm?: number;
  heightMm?: number;
}

export interface PaperSize {
  widthMm: number;
  heightMm: number;
}

const BASE: Record<Exclude<PaperKind, 'custom'>, PaperSize> = {
  a4: { widthMm: 210, heightMm: 297 },
  label100x150: { widthMm: 100, heightMm: 150 },
  label4x6: { widthMm: 101.6, heightMm: 152.4 },
};

export const CUSTOM_MIN_MM = 20;
export const CUSTOM_MAX_MM = 1000;

/** Width and height of the sheet as it comes out of the printer (orientation applied). */
export function paperSize(paper: Paper): PaperSize {
  let size: PaperSize;
  if (paper.kind === 'custom') {
    const clamp = (n: number | undefined) => Math.min(CUSTOM_MAX_MM, Math.max(CUSTOM_MIN_MM, Number.isFinite(n) ? (n as number) : 100));
    size = { widthMm: clamp(paper.widthMm), heightMm: clamp(paper.heightMm) };
  } else {
    size = BASE[paper.kind];
  }
  const landscape = paper.orientation === 'landscape';
  const long = Math.max(size.widthMm, size.heightMm);
  const short = Math.min(size.widthMm, size.heightMm);
  return paper.kind === 'custom' ? size : landscape ? { widthMm: long, heightMm: short } : { widthMm: short, heightMm: long };
}

/** Labels are small: narrow margins and no page footer. */
export function isLabelPaper(paper: Paper): boolean {
  return paper.kind !== 'a4' && paperSize(paper).widthMm < 180;
}

export const A4_PORTRAIT: Paper = { kind: 'a4', orientation: 'portrait' };
export const A4_LANDSCAPE: Paper = { kind: 'a4', orientation: 'landscape' };
export const LABEL_100x150: Paper = { kind: 'label100x150', orientation: 'portrait' };

function mm(n: number): string {
  return `${Math.round(n * 100) / 100}mm`;
}

/** The @page rule: size, margins and, on sheets, 第 x 页 共 y 页 in the bottom margin (Chromium ≥ 131 margin boxes). */
export function pageCss(paper: Paper): string {
  const { widthMm, heightMm } = paperSize(paper);
  if (isLabelPaper(paper)) {
    return `@page { size: ${mm(widthMm)} ${mm(heightMm)}; margin: 3mm; }`;
  }
  return [
    `@page { size: ${mm(widthMm)} ${mm(heightMm)}; margin: 12mm 12mm 14mm 12mm;`,
    `  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; color: #333; font-family: "SimSun", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; }`,
    `}`,
  ].join('\n');
}
