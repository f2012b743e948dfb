/**
 * Photos of a discipline as a borderless grid of figures (image scaled to
 * fit its column, aspect ratio kept, numbered caption under it), and the
 * files that are not readable PNG/JPEG listed by name instead of embedded.
 */
import { ImageRun, type Paragraph } from 'docx';
import type { ReportContext, PreparedPhoto } from './context';
import { fitImage } from './image-size';
import { gridTable, para, run, scaleWidths, spacer, type Block, type CellSpec } from './kit';
import { cleanText } from './text';
import { CELL_PADDING, COLOR, CONTENT_WIDTH, SIZE, twipsToPixels } from './theme';

/** Photos per row of the grid, and the tallest a photo may be (twips: 8 cm). */
const PER_ROW = 2;
const MAX_PHOTO_HEIGHT = 4536;

export function figureCaption(ctx: ReportContext, p: PreparedPhoto): string {
  const caption = cleanText(p.photo.caption).trim() || cleanText(p.photo.fileName);
  return `${ctx.t.word('photo')} ${p.figure} [${p.photo.discipline}] ${caption}`;
}

function figure(ctx: ReportContext, p: PreparedPhoto, columnWidth: number): Paragraph[] {
  if (!p.image) return [];
  const box = fitImage(p.image.width, p.image.height, twipsToPixels(columnWidth - CELL_PADDING - 40), twipsToPixels(MAX_PHOTO_HEIGHT));
  const name = cleanText(p.photo.fileName);
  return [
    para([new ImageRun({ type: p.image.type, data: p.photo.bytes, transformation: box, altText: { name, title: name, description: cleanText(p.photo.caption) } })], {
      align: 'center',
      before: 60,
    }),
    para([run(figureCaption(ctx, p), { size: SIZE.small, color: COLOR.muted })], { align: 'center', after: 60 }),
  ];
}

/** The figures of these photos, then the names of those that could not be embedded; nothing for no photos. */
export function photoBlocks(ctx: ReportContext, photos: readonly PreparedPhoto[], width = CONTENT_WIDTH): Block[] {
  const embedded = photos.filter((p) => p.image);
  const broken = photos.filter((p) => !p.image);
  if (photos.length === 0) return [];
  // A paragraph first: two tables with nothing between them are joined into one by Word and LibreOffice.
  const blocks: Block[] = [spacer(60)];
  if (embedded.length > 0) {
    const widths = scaleWidths(Array.from({ length: PER_ROW }, () => 1), width);
    const rows: CellSpec[][] = [];
    for (let i = 0; i < embedded.length; i += PER_ROW) {
      rows.push(widths.map((w, j) => {
        const p = embedded[i + j];
        return p ? { children: figure(ctx, p, w) } : { text: '' };
      }));
    }
    blocks.push(gridTable(widths, rows, { borders: 'none' }));
  }
  if (broken.length > 0) {
    blocks.push(para([run(ctx.t.heading('notEmbedded'), { size: SIZE.small, color: COLOR.muted })], { before: 60 }));
    for (const p of broken) blocks.push(para([run(`• ${p.photo.fileName} [${p.photo.mimeType || '?'}]`, { size: SIZE.small, color: COLOR.muted })]));
  }
  return blocks;
}
