/** Dates and counts as offices type them in a 台账, against a small reference (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateCell, parseNumberCell, parseTextCell, splitValues, yearInText } from '../../../../../shared/workbook/ledger-import/values';
import { excelDay } from './fixtures';

const day = (date: string, time: string | null = null) => ({ ok: true, value: { date, time } });
const fullWidth = (text: string) => text.replace(/[-0-9,/.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('dates in a ledger', () => {
  it('reads every style offices type, the year of 7/9 from the sheet or workbook', () => {
    for (const text of ['2019.07.09', '2019/7/9', '2019-07-09', '2019年7月9日', '2019 年 7 月 9 号', '20190709', '２０１９／７／９']) expect(parseDateCell(text)).toEqual(day('2019-07-09'));
    expect(parseDateCell('7/9', 2019)).toEqual(day('2019-07-09'));
    expect(parseDateCell('7月9日', 2019)).toEqual(day('2019-07-09'));
    expect(parseDateCell('7/9')).toEqual({ ok: false, code: 'yearUnknown' });
    expect(parseDateCell('2019/7/9 14:30')).toEqual(day('2019-07-09', '14:30:00'));
    expect(parseDateCell('2019-02-29')).toEqual({ ok: false, code: 'invalidDate' });
    expect(parseDateCell('下周')).toEqual({ ok: false, code: 'invalidDate' });
    expect(parseDateCell('  ')).toEqual({ ok: true, value: null });
    expect(parseDateCell({ issue: 'formulaWithoutValue', text: '=A1' })).toEqual({ ok: false, code: 'formulaWithoutValue' });
  });

  it('reads an Excel date as the day typed, whatever the time zone, and a bare serial as a date', () => {
    expect(parseDateCell(excelDay(2019, 7, 9))).toEqual(day('2019-07-09'));
    expect(parseDateCell(new Date(Date.UTC(2019, 6, 9, 23, 59, 59, 999)))).toEqual(day('2019-07-10')); // a serial's rounding error
    expect(parseDateCell(new Date(Date.UTC(2019, 6, 9, 8, 30)))).toEqual(day('2019-07-09', '08:30:00'));
    expect(parseDateCell(43655)).toEqual(day('2019-07-09'));
    expect(parseDateCell(43655.5)).toEqual(day('2019-07-09', '12:00:00'));
  });

  it('parses any real day written in any style back to that day (property)', () => {
    const styles = [
      (y: number, m: number, d: number) => `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`,
      (y: number, m: number, d: number) => `${y}/${m}/${d}`,
      (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
      (y: number, m: number, d: number) => fullWidth(`${y}/${m}/${d}`),
    ];
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), fc.nat(styles.length), (d, style) => {
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const reference = `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
        const typed = style === styles.length ? `${m}/${dd}` : styles[style]!(y, m, dd);
        expect(parseDateCell(typed, y)).toEqual(day(reference));
        expect(parseDateCell(excelDay(y, m, dd))).toEqual(day(reference));
      }),
    );
  });
});

describe('counts in a ledger', () => {
  it('reads thousands separators, full-width digits and a unit; refuses what is not a count', () => {
    expect(parseNumberCell('１２,３４５')).toEqual({ ok: true, value: 12345 });
    expect(parseNumberCell('1,200 pcs')).toEqual({ ok: true, value: 1200 });
    expect(parseNumberCell('30个')).toEqual({ ok: true, value: 30 });
    expect(parseNumberCell(5)).toEqual({ ok: true, value: 5 });
    expect(parseNumberCell('')).toEqual({ ok: true, value: null });
    expect(parseNumberCell('12,34')).toEqual({ ok: false, code: 'invalidNumber' });
    expect(parseNumberCell('约100')).toEqual({ ok: false, code: 'invalidNumber' });
    expect(parseNumberCell(excelDay(2019, 1, 1))).toEqual({ ok: false, code: 'invalidNumber' });
  });

  it('parses every whole number written plain, grouped, or full-width back to itself (property)', () => {
    const grouped = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), fc.constantFrom('plain', 'grouped', 'full', 'unit'), (n, style) => {
        const typed = { plain: String(n), grouped: grouped(n), full: fullWidth(grouped(n)), unit: `${grouped(n)} PCS` }[style];
        expect(parseNumberCell(typed)).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('texts and names in a ledger', () => {
  it('splits several values, reads text, and finds a year in a name', () => {
    expect(splitValues('品质部、生产部，工程部, 采购部;仓库；业务部\n计划科')).toEqual(['品质部', '生产部', '工程部', '采购部', '仓库', '业务部', '计划科']);
    expect(parseTextCell(123)).toEqual({ ok: true, value: '123' });
    expect(parseTextCell(' 划伤\r\n2 处 ')).toEqual({ ok: true, value: '划伤\n2 处' });
    expect(yearInText('2019年客诉台账.xlsx')).toBe(2019);
    expect(yearInText('客诉台账 (最新).xlsx')).toBeUndefined();
  });
});
