/**
 * buildEightDDocx: the 8D report as a Word (.docx) file — the chosen layout's
 * body in the A4 page frame (running header, 第 x 页 共 y 页 footer), the
 * document styles (SimSun / Microsoft YaHei by eastAsia font) and metadata,
 * packed to bytes. Runs in Node and in the browser (no Buffer, no node:*).
 */
import { Document, Packer } from 'docx';
import { createReportContext } from './context';
import { findEightDLayout } from './layouts';
import { pageFooter, pageHeader, pageProperties } from './page';
import { cleanText } from './text';
import { documentStyles } from './theme';
import type { EightDExportOptions, EightDReportData } from './types';

export async function buildEightDDocx(data: EightDReportData, options: EightDExportOptions): Promise<Uint8Array> {
  if (options.language !== 'zh-CN' && options.language !== 'en') throw new Error(`Unknown 8D report language "${String(options.language)}" (known: zh-CN, en)`);
  const layout = findEightDLayout(options.layout);
  const ctx = createReportContext(data, options);
  const report = data.eightD.report;
  const doc = new Document({
    creator: cleanText(data.generatedBy) || cleanText(data.companyName),
    title: cleanText(`8D ${report.number} ${report.title}`).trim(),
    description: cleanText(`${data.case.caseNumber} ${data.case.customerName}`).trim(),
    styles: documentStyles(),
    sections: [
      {
        properties: pageProperties(),
        headers: { default: pageHeader(ctx) },
        footers: { default: pageFooter(ctx) },
        children: layout.render(ctx),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
