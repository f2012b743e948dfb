/** The office's printed reports: the monthly complaint report and the 品质履历表, as HTML (their PDFs: electron/services/print/reports-pdf.test.ts). */
import { describe, expect, it } from 'vitest';
import { FORM_TITLES, renderForm } from '../../../../shared/forms';
import { CTX, HOSTILE, visibleText } from './fixtures';
import { monthlyReport, NOVEMBER_CASES, qualityHistory } from './report-fixtures';

const LANDSCAPE = { kind: 'a4', orientation: 'landscape' } as const;
const ONE = { ...CTX, copies: [], formNumber: 'QR-033' };

describe('monthly complaint report', () => {
  const d = monthlyReport();
  const text = visibleText(renderForm('monthlyReport', d, ONE, LANDSCAPE).html);

  it('prints the key figures with their targets, marking the missed ones', () => {
    const figure = (label: string) => d.figures.find((f) => f.label === label)!;
    expect(figure('客诉件数').value).toBe('9');
    expect(figure('7天无理由退货（另计）').value).toBe('2');
    // Closed in November: r1 r3 r12 r14 on time, r2 r4 r7 late.
    expect(figure('按期结案率')).toMatchObject({ value: '57.1%', target: '≥ 90.0%', missed: true });
    // November: 9 complaints ÷ 50 lots; 25 defective ÷ 100,000 shipped.
    expect(figure('客诉率（本期最后一月）')).toMatchObject({ value: '18.00%', target: '≤ 10.00%', missed: true });
    expect(figure('PPM（本期最后一月）')).toMatchObject({ value: '250', target: '≤ 200', missed: true });
    expect(figure('重复投诉').value).toBe('2 件 / 1 个问题');
    for (const s of [FORM_TITLES.monthlyReport, '2026年11月', '客诉统计-2026-11', 'QR-033', '57.1%', '▲', '编制', '审核', '批准', '李娜']) expect(text).toContain(s);
  });

  it('prints the breakdowns, the responsibility ratios and the month\'s 客诉率 / PPM', () => {
    const table = (title: string) => d.tables.find((t) => t.title === title)!;
    expect(table('按客户').rows).toEqual([['华为', '4', '44.4%'], ['美的', '3', '33.3%'], ['Acme GmbH', '2', '22.2%']]);
    expect(table('按客户').totals).toEqual(['合计', '9', '100.0%']);
    // The 6- and 12-month PPM: (40 + 25) ÷ (200,000 + 100,000) × 10⁶.
    expect(table('客诉率与 PPM（按月）').rows).toEqual([['2026-11', '9', '25', '100,000', '50', '18.00%', '250', '217', '217']]);
    const departments = table('按责任部门（按责任比例）');
    expect(departments.rows.map((r) => r[0])).toContain('生产/分厂');
    expect(text).toContain('按不良类别（柏拉图）');
  });

  it('lists the cases open at the end of the period, the overdue ones first, with their departments', () => {
    expect(d.openCases.title).toBe('期末未结 4 件，其中结案已逾期 3 件');
    expect(d.openCases.rows.map((r) => r[0])).toEqual(['2611-A-008', '2611-A-011', '2611-A-013', '2611-A-009']);
    expect(d.openCases.rows[1]).toEqual(['2611-A-011', '2026-11-10', '华为', 'KX-100', '2026-11-23', '7.6 天', '生产/分厂 100%', '']);
    expect(d.openCases.rows[3]![5]).toBe('');
  });

  it('embeds only image data: URLs as charts, and prints hostile names as text', () => {
    const hostileRows = NOVEMBER_CASES.map((r) => ({ ...r, customerId: '', customerName: HOSTILE }));
    const chart = { title: '柏拉图', dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' };
    const out = renderForm('monthlyReport', monthlyReport({ rows: hostileRows, charts: [chart, { title: 'x', dataUrl: 'javascript:alert(1)' }] }), ONE, LANDSCAPE).html;
    expect(out).toContain('<img src="data:image/svg+xml;base64,PHN2Zy8+"');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('<script>');
    expect(visibleText(out)).toContain('<script>alert("x")</script>');
  });
});

describe('品质履历表', () => {
  const d = qualityHistory('data:image/png;base64,iVBORw0KGgo=');
  const text = visibleText(renderForm('qualityHistory', d, { ...ONE, formNumber: 'QR-034' }, LANDSCAPE).html);

  it('prints each complaint in order with its causes, measures, 8D and effect check', () => {
    expect(d.lines.map((l) => [l.date, l.caseNumber, l.party, l.defect])).toEqual([
      ['2026-11-02', '2611-A-001', '华为', '外观/划伤：外壳划伤 12 台'],
      ['2026-11-18', '2611-A-014', '美的', '外观/划伤：再次划伤'],
    ]);
    expect(d.lines[0]).toMatchObject({ occurrenceCause: '模具温度过低', escapeCause: '出货检验未覆盖', temporaryMeasures: '库存挑选', permanentMeasures: '模温控制器加装报警', eightDNumbers: '8D20261123001-B', effect: '有效：连续 3 批无不良' });
    expect(d.lines[1]).toMatchObject({ occurrenceCause: '包装内衬不足', effect: '—' });
    expect(d.summary).toBe('共 2 件投诉；措施已验证有效 1 件，待验证 0 件');
    for (const s of [FORM_TITLES.qualityHistory, 'KX-100', '型号', '2611-A-014', '划伤.png', 'QR-034']) expect(text).toContain(s);
  });

  it('embeds the photo thumbnails it is given, and lists the others by name', () => {
    const out = renderForm('qualityHistory', d, ONE, LANDSCAPE).html;
    expect(out).toContain('<img src="data:image/png;base64,iVBORw0KGgo="');
    const without = renderForm('qualityHistory', qualityHistory(), ONE, LANDSCAPE).html;
    expect(without).not.toContain('<img');
    expect(visibleText(without)).toContain('划伤.png');
  });

  it('says so when there is no complaint', () => {
    expect(visibleText(renderForm('qualityHistory', { ...d, lines: [] }, ONE, LANDSCAPE).html)).toContain('没有投诉记录');
  });
});
