/** Test helper: opens a produced .docx (a zip, read with fflate — docx's own dependency) and reads its XML parts and text. */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParts {
  files: Record<string, Uint8Array>;
  xml(path: string): string;
  document: string;
  media: string[];
}

export function openDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const xml = (path: string) => {
    const f = files[path];
    if (!f) throw new Error(`${path} is not in the docx (has: ${Object.keys(files).join(', ')})`);
    return strFromU8(f);
  };
  return { files, xml, document: xml('word/document.xml'), media: Object.keys(files).filter((p) => p.startsWith('word/media/')) };
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const unescape = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e] ?? e);

/** The text of each paragraph (its w:t runs joined, entities decoded), in document order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1] ?? '')).join(''));
}

export interface TableFacts {
  width: number;
  widthType: string;
  layout: string | null;
  grid: number[];
  /** Per row, the tcW of each cell (type, width). */
  rows: { type: string; w: number; span: number }[][];
}

/** The top-level tables of a document part with their grid and cell widths. */
export function tables(xml: string): TableFacts[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const body = t[1] ?? '';
    const tblW = /<w:tblW w:type="(\w+)" w:w="(\d+)"\/>/.exec(body);
    return {
      width: Number(tblW?.[2]),
      widthType: tblW?.[1] ?? '',
      layout: /<w:tblLayout w:type="(\w+)"\/>/.exec(body)?.[1] ?? null,
      grid: [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
      rows: [...body.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) =>
        [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => {
          const w = /<w:tcW w:type="(\w+)" w:w="(\d+)"\/>/.exec(c[0]);
          return { type: w?.[1] ?? '', w: Number(w?.[2]), span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c[0])?.[1] ?? 1) };
        }),
      ),
    };
  });
}
