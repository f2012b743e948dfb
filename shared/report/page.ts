/**
 * The page frame of the 8D document: A4 portrait with its margins, the
 * running header (company, 8D number) and the footer with the generation
 * stamp and 第 x 页 共 y 页 / Page x of y as PAGE and NUMPAGES fields.
 */
import { BorderStyle, Footer, Header, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { ReportContext } from './context';
import { run } from './kit';
import { cleanText, formatDateTime } from './text';
import { COLOR, CONTENT_WIDTH, FONT_BODY, PAGE, SIZE } from './theme';

export function pageProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
      margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: PAGE.header, footer: PAGE.footer },
    },
  };
}

const small = { size: SIZE.small, color: COLOR.muted };

export function pageHeader(ctx: ReportContext): Header {
  const { data, t } = ctx;
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.muted, space: 2 } },
        children: [run(`${data.companyName}  ${t.heading('title')}`, small), new TextRun({ text: '\t', ...small }), run(`${t.word('eightDNumber')} ${data.eightD.report.number}`, small)],
      }),
    ],
  });
}

/** "第 {PAGE} 页 共 {NUMPAGES} 页" or "Page {PAGE} of {NUMPAGES}" (both, zh first, when bilingual). */
function pageNumberRuns(ctx: ReportContext): TextRun[] {
  const field = (parts: string[]) =>
    new TextRun({ children: parts, font: FONT_BODY, ...small });
  const zh = field(['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页']);
  const en = field(['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]);
  if (ctx.t.bilingual) return [zh, new TextRun({ text: ' / ', ...small }), en];
  return [ctx.t.language === 'en' ? en : zh];
}

export function pageFooter(ctx: ReportContext): Footer {
  const { data, t } = ctx;
  const stamp = `${t.word('generated')} ${formatDateTime(data.generatedAt)} ${cleanText(data.generatedBy)}`.trim();
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [run(`${data.eightD.report.number}  ${stamp}`, small), new TextRun({ text: '\t', ...small }), ...pageNumberRuns(ctx)],
      }),
    ],
  });
}
