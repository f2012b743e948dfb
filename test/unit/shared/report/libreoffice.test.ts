/**
 * A real client reads what we write: every kind of 8D .docx (both layouts,
 * full, minimal, hostile, 20,000 characters, 20 photos, English, bilingual)
 * converted to PDF by LibreOffice headless in one soffice call with a private
 * profile, then read back with poppler — the text (pdftotext), the page
 * count (pdfinfo) — and kept as PNG previews (pdftoppm -r 50) in
 * test-results/eightd-docx/ with the .docx and .pdf files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEightDDocx } from '../../../../shared/report';
import type { EightDExportOptions, EightDReportData } from '../../../../shared/report/types';
import { fullData, HOSTILE, hostileData, jpegFixture, LONG, LONG_TAIL, makePng, minimalData, photo } from './fixtures';

const OUT = join(process.cwd(), 'test-results', 'eightd-docx');
const TIMEOUT = 180_000;

function requireTool(command: string, args: string[], debianPackage: string): void {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${command} is needed to check the 8D Word files with a real client and was not found (${r.error.message}): install it, on Debian: apt-get install ${debianPackage}`);
}

interface Case {
  name: string;
  data: () => EightDReportData;
  options: EightDExportOptions;
}

const zh = (layout: string): EightDExportOptions => ({ layout, bilingual: false, language: 'zh-CN' });
const twentyPhotos = (): EightDReportData => {
  const d = fullData();
  d.photos = Array.from({ length: 20 }, (_, i) =>
    i === 0 ? photo('D2', 'jpeg.jpg', jpegFixture(), '照片 1') : photo((['D2', 'D4', 'D6'] as const)[i % 3] ?? 'D2', `p${i + 1}.png`, makePng(320 + i * 20, 200 + ((i * 47) % 260), i + 1), `照片 ${i + 1}`),
  );
  return d;
};
const long = (): EightDReportData => {
  const d = fullData();
  d.eightD.report.customerDescription = LONG;
  d.eightD.report.teamRecognition = `${LONG.slice(0, 5000)}D8尾`;
  return d;
};

const CASES: Case[] = [
  { name: 'full-standard', data: fullData, options: zh('standard') },
  { name: 'full-customer-form-bilingual', data: fullData, options: { layout: 'customer-form', bilingual: true, language: 'zh-CN' } },
  { name: 'full-standard-en', data: fullData, options: { layout: 'standard', bilingual: false, language: 'en' } },
  { name: 'minimal-standard', data: minimalData, options: zh('standard') },
  { name: 'minimal-customer-form', data: minimalData, options: zh('customer-form') },
  { name: 'hostile-standard', data: () => hostileData(HOSTILE), options: zh('standard') },
  { name: 'long-standard', data: long, options: zh('standard') },
  { name: 'photos20-standard', data: twentyPhotos, options: zh('standard') },
  { name: 'photos20-customer-form', data: twentyPhotos, options: zh('customer-form') },
];

interface PdfFacts {
  pages: number;
  /** pdftotext output without any white space (lines are broken where the layout wraps). */
  text: string;
}
const facts = new Map<string, PdfFacts>();
const squash = (s: string) => s.replace(/\s+/g, '');

describe('8D Word files read by LibreOffice', () => {
  beforeAll(async () => {
    requireTool('soffice', ['--version'], 'libreoffice-writer-nogui');
    requireTool('pdftotext', ['-v'], 'poppler-utils');
    mkdirSync(OUT, { recursive: true });
    for (const f of readdirSync(OUT)) rmSync(join(OUT, f), { force: true });
    const files: string[] = [];
    for (const c of CASES) {
      const file = join(OUT, `${c.name}.docx`);
      writeFileSync(file, await buildEightDDocx(c.data(), c.options));
      files.push(file);
    }
    const profile = mkdtempSync(join(tmpdir(), 'eightd-lo-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ...files], { stdio: 'pipe', timeout: TIMEOUT - 20_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    for (const c of CASES) {
      const pdf = join(OUT, `${c.name}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(OUT, c.name)]);
      facts.set(c.name, { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text: squash(text) });
    }
  }, TIMEOUT);

  const get = (name: string): PdfFacts => {
    const f = facts.get(name);
    if (!f) throw new Error(`${name} was not converted`);
    return f;
  };

  it('keeps the header facts and the Chinese headings (standard, customer form)', () => {
    for (const name of ['full-standard', 'full-customer-form-bilingual']) {
      const { text } = get(name);
      for (const s of ['8D20261123001', '2611-B-007', '深圳市宏达电器有限公司', '东莞市华信精密电子有限公司', 'D1成立小组', 'D2问题描述', 'D3临时围堵措施', 'D4根本原因分析', 'D7预防再发生', '内衬加厚至5mm', 'PFMEA-HX220Rev.C']) {
        expect(text, `${name}: ${s}`).toContain(s);
      }
    }
    expect(get('full-customer-form-bilingual').text).toContain('D1成立小组/Team');
    expect(get('full-standard').text).toMatch(/第1页共\d页/);
  });

  it('English: headings and Page x of y', () => {
    const { text, pages } = get('full-standard-en');
    for (const s of ['8DReport', 'D1Team', 'D4RootCauseAnalysis', 'Fishbone(5M1E)', `Page1of${pages}`]) expect(text, s).toContain(s);
  });

  it('page counts are plausible', () => {
    expect(get('minimal-standard').pages).toBeGreaterThanOrEqual(1);
    expect(get('minimal-standard').pages).toBeLessThanOrEqual(2);
    expect(get('minimal-customer-form').pages).toBeLessThanOrEqual(2);
    expect(get('full-standard').pages).toBeGreaterThanOrEqual(3);
    expect(get('full-standard').pages).toBeLessThanOrEqual(7);
    expect(get('long-standard').pages).toBeGreaterThan(get('full-standard').pages + 3);
    expect(get('photos20-standard').pages).toBeGreaterThanOrEqual(get('full-standard').pages + 2);
    expect(get('photos20-customer-form').pages).toBeGreaterThanOrEqual(5);
  });

  it('the XML special characters arrive as text, the 20,000-character text to its end', () => {
    expect(get('hostile-standard').text).toContain(squash(`<w:t>&amp; "dq" 'sq' </w:p>`));
    expect(get('long-standard').text).toContain(LONG_TAIL);
    expect(get('long-standard').text).toContain('D8尾');
    expect(get('minimal-standard').text).toContain('（未填写）');
  });

  it('every figure caption of the 20 photos is there (the images were laid out)', () => {
    for (const name of ['photos20-standard', 'photos20-customer-form']) {
      for (let i = 1; i <= 20; i++) expect(get(name).text, `${name} 图 ${i}`).toContain(`图${i}[D`);
    }
  });
});
