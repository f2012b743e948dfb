/** Reading a 台账 workbook: values as typed, bad files refused whole with a code. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { LEDGER_IMPORT_MAX_BYTES, WorkbookRefused } from '../../../../../shared/workbook/ledger-import/guard';
import { readLedgerWorkbook } from '../../../../../shared/workbook/ledger-import/read';
import { OLE2, ole2 } from '../../files/samples';
import { excelDay, PNG, withManyRows, workbookOf } from './fixtures';

async function refusal(bytes: Uint8Array, options = {}): Promise<{ code: string; params: object }> {
  try {
    await readLedgerWorkbook(bytes, options);
  } catch (e) {
    if (e instanceof WorkbookRefused) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('not refused');
}

describe('reading a ledger workbook', () => {
  it('gives every sheet’s values: dates as typed, rich text joined, hyperlinks as their text, merged parents filled down', async () => {
    const bytes = await workbookOf([
      { name: '汇总', rows: [['合计', 3]] },
      {
        name: '7月',
        rows: [
          ['客户', '投诉日期', '料号', '链接'],
          ['华为', excelDay(2019, 7, 9), { richText: [{ text: 'A-' }, { text: '01', font: { bold: true } }] }, { text: '单据', hyperlink: 'https://example.com' }],
          [null, null, 'A-02'],
        ],
        merges: ['A2:A3', 'B2:B3'],
      },
    ]);
    const content = await readLedgerWorkbook(bytes);
    expect(content.sheetNames).toEqual(['汇总', '7月']);
    const july = content.sheets[1]!;
    expect(july.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(july.rows[1]!.cells).toEqual(['华为', excelDay(2019, 7, 9), 'A-01', '单据']);
    expect(july.rows[2]!.cells.slice(0, 3)).toEqual(['华为', excelDay(2019, 7, 9), 'A-02']);
    expect(july.rows[2]!.mergedFromAbove).toEqual([1, 2]);
    expect(content.warnings).toEqual([]);
    expect((await readLedgerWorkbook(bytes, { sheets: ['7月'] })).sheets.map((s) => s.name)).toEqual(['7月']);
  });

  it('takes a formula’s cached result, reports one without it per cell, and ignores pictures (drawn over the sheet, or in a cell as WPS keeps them) with a warning', async () => {
    const bytes = await workbookOf([{ name: '台账', rows: [['不良数', '交货数'], [{ formula: 'B2*0.1', result: 12 }, 120], [{ formula: 'B3*0.1' }, 50, { formula: '_xlfn.DISPIMG("ID_5F1A",1)', result: '=DISPIMG("ID_5F1A",1)' }], [{ error: '#N/A' }, 1]] }], (wb) => {
      const image = wb.addImage({ buffer: PNG as unknown as ArrayBuffer, extension: 'png' });
      wb.worksheets[0]!.addImage(image, 'C2:C2');
    });
    const content = await readLedgerWorkbook(bytes);
    const rows = content.sheets[0]!.rows;
    expect(rows[1]!.cells).toEqual([12, 120]);
    expect(rows[2]!.cells).toEqual([{ issue: 'formulaWithoutValue', text: '=B3*0.1' }, 50]);
    expect(content.warnings).toEqual([
      { code: 'formulaWithoutValue', sheet: '台账', row: 3, column: 1, params: { text: '=B3*0.1' } },
      { code: 'errorValue', sheet: '台账', row: 4, column: 1, params: { text: '#N/A' } },
      { code: 'imagesIgnored', sheet: '台账', params: { count: 2 } },
    ]);
  });

  it('refuses an .xls (save as .xlsx), a password-protected workbook, other files, a damaged zip and random bytes', async () => {
    expect(await refusal(OLE2.xls)).toEqual({ code: 'legacyXls', params: {} });
    expect(await refusal(ole2(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']))).toEqual({ code: 'encrypted', params: {} });
    expect((await refusal(OLE2.doc)).code).toBe('notWorkbook');
    expect((await refusal(new TextEncoder().encode('客户,投诉日期\n华为,2019-07-09'))).code).toBe('notWorkbook');
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect((await refusal(random)).code).toBe('notWorkbook');
    const good = await workbookOf([{ name: '台账', rows: [['客户']] }]);
    expect((await refusal(good.slice(0, good.length - 200))).code).toBe('damaged');
    const broken = good.slice();
    broken.fill(0x41, 60, 400); // inside the first entry's compressed bytes
    expect((await refusal(broken)).code).toBe('damaged');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).code).toBe('notWorkbook');
  });

  it('refuses a file over the size limit and a workbook with more rows than the limit before building them', async () => {
    expect(await refusal(new Uint8Array(LEDGER_IMPORT_MAX_BYTES + 1))).toEqual({ code: 'tooLarge', params: { maxMegabytes: 50 } });
    expect(await refusal(await withManyRows(1001), { maxRows: 1000 })).toEqual({ code: 'tooManyRows', params: { maxRows: 1000 } });
    expect((await readLedgerWorkbook(await withManyRows(1000), { maxRows: 1000 })).sheets[0]!.rows).toHaveLength(1000);
  });

  it('refuses a sheet of 1,048,576 rows (Excel’s most) at the default limit, before exceljs builds it', async () => {
    expect((await refusal(await withManyRows(1_048_576))).code).toBe('tooManyRows');
  }, 60_000);

  it('refuses picked sheets that are not there', async () => {
    expect((await refusal(await workbookOf([{ name: '台账', rows: [['客户']] }]), { sheets: ['8月'] })).code).toBe('noSheet');
  });
});
