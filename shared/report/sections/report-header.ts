/** The top of the 8D document: logo and company, title, and the header facts (8D and case numbers, customer, part, lot, dates). */
import { ImageRun, type Paragraph } from 'docx';
import type { ReportContext } from '../context';
import { imageBytesFromDataUrl } from '../data-url';
import { fitImage, readImageInfo } from '../image-size';
import { para, run, spacer, type Block } from '../kit';
import { headerFields } from '../rows';
import { COLOR, SIZE } from '../theme';
import { fieldTable } from './fields';

/** The logo, at most 4 cm × 1.5 cm, or nothing when there is none or it is unreadable. */
function logo(ctx: ReportContext): Paragraph | null {
  const bytes = imageBytesFromDataUrl(ctx.data.logoDataUrl);
  const info = bytes ? readImageInfo(bytes) : null;
  if (!bytes || !info) return null;
  return para([new ImageRun({ type: info.type, data: bytes, transformation: fitImage(info.width, info.height, 151, 57), altText: { name: 'logo', title: 'logo', description: ctx.data.companyName } })], {
    align: 'center',
  });
}

export function titleBlock(ctx: ReportContext): Block[] {
  const { t, data } = ctx;
  const blocks: Block[] = [];
  const image = logo(ctx);
  if (image) blocks.push(image);
  if (data.companyName.trim()) blocks.push(para([run(data.companyName, { heading: true, bold: true, size: SIZE.heading })], { align: 'center', after: 60 }));
  blocks.push(para([run(t.heading('title'), { heading: true, bold: true, size: SIZE.title })], { align: 'center' }));
  blocks.push(para([run(t.heading('subtitle'), { heading: true, size: SIZE.table, color: COLOR.muted })], { align: 'center', after: 160 }));
  return blocks;
}

export function reportHeader(ctx: ReportContext): Block[] {
  const c = ctx.data.case;
  return [...titleBlock(ctx), fieldTable(ctx, headerFields(ctx), [['defectDescription', c.defectDescription]]), spacer()];
}
