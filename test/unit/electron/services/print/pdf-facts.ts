/**
 * Reading back a PDF printed by chromium, for the print tests: kept in
 * test-results/print-previews/ with PNG previews (pdftoppm -r 50), and read
 * with poppler — page size and count (pdfinfo), the text (pdftotext) and
 * the embedded images (pdfimages -list).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const PREVIEWS = join(process.cwd(), 'test-results', 'print-previews');
export const PT_PER_MM = 72 / 25.4;

export interface PdfFacts {
  /** Where the PDF was written. */
  file: string;
  pages: number;
  widthPt: number;
  heightPt: number;
  text: string;
  /** Pixel sizes of the embedded images (alpha masks left out). */
  images: { width: number; height: number }[];
}

/**
 * Writes the PDF as `name`.pdf (replacing the previews of an earlier run) and reads it back.
 * Text order: 'layout' keeps the columns of a form side by side; 'raw' follows the content
 * stream, which keeps a wrapped table cell together (-layout interleaves neighbouring cells line by line).
 */
export function readPdf(name: string, pdf: Uint8Array, textOrder: 'layout' | 'raw'): PdfFacts {
  mkdirSync(PREVIEWS, { recursive: true });
  for (const old of readdirSync(PREVIEWS)) if (new RegExp(`^${name}-\\d+\\.png$`).test(old)) rmSync(join(PREVIEWS, old));
  const file = join(PREVIEWS, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text = execFileSync('pdftotext', [`-${textOrder}`, file, '-'], { encoding: 'utf8' });
  // pdfimages -list: page num type width height … ; smask rows are the alpha channels, not images.
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/))
    .filter((c) => c.length > 5 && c[2] === 'image')
    .map((c) => ({ width: Number(c[3]), height: Number(c[4]) }));
  execFileSync('pdftoppm', ['-r', '50', '-png', file, join(PREVIEWS, name)]);
  return { file, pages, widthPt: Number(w), heightPt: Number(h), text, images };
}

/** The sheet is wMm × hMm; chromium rounds it to whole CSS pixels: within 1 pt. */
export function expectPageSize(f: PdfFacts, wMm: number, hMm: number): void {
  expect(Math.abs(f.widthPt - wMm * PT_PER_MM)).toBeLessThan(1);
  expect(Math.abs(f.heightPt - hMm * PT_PER_MM)).toBeLessThan(1);
}

/** Text without any white space (pdftotext breaks lines where the layout wraps). */
export const squash = (t: string): string => t.replace(/\s+/g, '');
