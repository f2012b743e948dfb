/**
 * The desk's own XLSX writer read back by two real clients: exceljs (cells,
 * types, formats, styles, frozen rows, widths, autofilter) and LibreOffice
 * Calc headless (the file opens; text, numbers and dates as a spreadsheet
 * program shows them).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetters, XlsxWorkbook } from '../../../../shared/workbook/xlsx-writer';

/** 2026-11-23 10:30 at the factory, as excel-date.ts makes it (UTC fields = wall clock). */
const WALL = new Date(Date.UTC(2026, 10, 23, 10, 30));

async function sample(): Promise<Uint8Array> {
  const wb = new XlsxWorkbook();
  wb.creator = '客诉退货台';
  wb.title = '测试';
  wb.created = WALL;
  wb.modified = WALL;
  const ws = wb.addSheet('明细', [{ width: 16, style: { numFmt: '@' } }, { width: 10, style: { numFmt: '0' } }, { width: 17, style: { numFmt: 'yyyy-mm-dd hh:mm' } }, { width: 12, style: { numFmt: '0.00' } }], { frozenRows: 1 });
  ws.addRow(['案件编号', '不良数', '受理时间', '金额'], { bold: true, fill: 'FFE8EEF7', borderBottom: true, vertical: 'middle' });
  ws.addRow(['=1+1', 12, WALL, 1234.5]);
  ws.addRow(['<b>&"客户"</b>\u0007', Number.NaN, null, Infinity]);
  ws.addRow(['', 0, undefined, -0.25], { bold: true }, [undefined, undefined, undefined, { numFmt: '0.0%' }]);
  ws.autoFilter(4, 4);
  wb.addSheet('明细', [{ width: 8 }]).addRow(['同名']);
  wb.addSheet('a/b:c*?[x]', []).addRow([1]);
  return wb.toBytes();
}

describe('xlsx writer', () => {
  it('names columns like Excel', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('reads back in exceljs: typed cells, text kept as text, formats, styles, frozen header, widths, filter, sheet names', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sample()) as unknown as ArrayBuffer);
    expect(wb.creator).toBe('客诉退货台');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['明细', '明细 (2)', 'a_b_c___x_']);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:D4');
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([16, 10, 17, 12]);
    const header = ws.getRow(1);
    expect(header.getCell(1).value).toBe('案件编号');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(header.getCell(2).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } });
    expect(header.getCell(3).border?.bottom?.style).toBe('thin');
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe('=1+1'); // text, not a formula
    expect(row.getCell(1).numFmt).toBe('@');
    expect(row.getCell(2).value).toBe(12);
    expect(row.getCell(2).numFmt).toBe('0');
    expect((row.getCell(3).value as Date).toISOString()).toBe('2026-11-23T10:30:00.000Z');
    expect(row.getCell(3).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(row.getCell(4).value).toBe(1234.5);
    expect(row.getCell(4).numFmt).toBe('0.00');
    const odd = ws.getRow(3);
    expect(odd.getCell(1).value).toBe('<b>&"客户"</b>\u0007');
    expect(odd.getCell(2).value).toBeNull(); // NaN: empty, never "NaN"
    expect(odd.getCell(4).value).toBeNull();
    const last = ws.getRow(4);
    expect(last.getCell(2).value).toBe(0);
    expect(last.getCell(2).font?.bold).toBe(true);
    expect(last.getCell(4).numFmt).toBe('0.0%');
  });

  it('opens in LibreOffice Calc, which shows the same text, numbers and dates', async () => {
    const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (probe.error) throw new Error(`soffice is needed to read the workbook with a real spreadsheet program (${probe.error.message}): on Debian, apt-get install libreoffice-calc-nogui`);
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-lo-'));
    const file = join(dir, 'sample.xlsx');
    writeFileSync(file, await sample());
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const csv = readFileSync(join(dir, 'sample.csv'), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('案件编号,不良数,受理时间,金额');
    expect(lines[1]).toBe('=1+1,12,2026-11-23 10:30,1234.50');
    expect(lines[3]).toBe(',0,,-25.0%');
  }, 150_000);
});
