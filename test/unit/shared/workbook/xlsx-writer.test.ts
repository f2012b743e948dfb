/**
 * The desk's own XLSX writer read back by exceljs: cells, types, formats,
 * styles, frozen rows, widths, autofilter, sheet names
 * (xlsx-writer-libreoffice.test.ts opens the same file in LibreOffice Calc).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { columnLetters } from '../../../../shared/workbook/xlsx-writer';
import { sample, WALL } from './xlsx-sample';

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
});

describe('xlsx writer bytes', () => {
  it('are the same whatever the wall clock says: entries carry the workbook’s time, no folder entries', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.UTC(2031, 0, 1, 0, 0, 0));
      const first = await sample();
      vi.setSystemTime(Date.UTC(2033, 6, 9, 13, 47, 11));
      expect(await sample()).toEqual(first);
      const zip = await JSZip.loadAsync(first);
      expect(Object.values(zip.files).filter((f) => f.dir)).toEqual([]);
      for (const file of Object.values(zip.files)) expect(file.date.getTime()).toBe(WALL.getTime());
    } finally {
      vi.useRealTimers();
    }
  });
});
