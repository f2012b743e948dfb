/**
 * The look of the 8D Word document: A4 page and margins, fonts (SimSun body,
 * Microsoft YaHei headings, set for ascii, hAnsi, eastAsia and cs so Word and
 * WPS both use them), sizes, colours, and the document's default styles.
 * Lengths in twips (DXA, 1/20 pt) unless named otherwise.
 */
import { LineRuleType, type IStylesOptions } from 'docx';

export const FONT_BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' } as const;
export const FONT_HEADING = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Microsoft YaHei', cs: 'Arial' } as const;

/** Half-points: 五号 10.5 pt body, 小五 9 pt tables, 四号 14 pt headings, 小二 18 pt title. */
export const SIZE = { body: 21, table: 18, small: 16, heading: 26, title: 36 } as const;

export const COLOR = {
  text: '000000',
  muted: '595959',
  border: '404040',
  /** Column headers. */
  headFill: 'DCE6F2',
  /** Field names of key/value tables. */
  labelFill: 'F2F2F2',
  /** Discipline bands of the one-table form. */
  bandFill: '1F3864',
  bandText: 'FFFFFF',
  accent: '1F3864',
} as const;

export const PAGE = { width: 11906, height: 16838, margin: 1134, header: 567, footer: 567 } as const;
/** Width between the margins: 17 cm. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Left + right padding of a table cell. */
export const CELL_PADDING = 80;

/** Twips to the pixels (96 per inch) docx's ImageRun sizes are given in. */
export function twipsToPixels(twips: number): number {
  return Math.floor((twips * 96) / 1440);
}

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT_BODY, size: SIZE.body }, paragraph: { spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO } } },
      heading1: {
        run: { font: FONT_HEADING, size: SIZE.heading, bold: true, color: COLOR.accent },
        paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true },
      },
      title: { run: { font: FONT_HEADING, size: SIZE.title, bold: true, color: COLOR.text }, paragraph: { spacing: { before: 0, after: 60 } } },
    },
  };
}
