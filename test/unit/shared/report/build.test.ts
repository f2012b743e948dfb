/**
 * buildEightDDocx: the .docx it writes, read back as XML — texts escaped and
 * cleaned, eastAsia fonts, fixed DXA grids whose cells add up, merged header
 * cells, the page-number fields, photos as media sized to fit, both layouts,
 * bilingual headings, clear errors for an unknown layout or language.
 */
import { describe, expect, it } from 'vitest';
import { buildEightDDocx, EIGHT_D_LAYOUTS, UnknownEightDLayoutError } from '../../../../shared/report';
import { CONTENT_WIDTH } from '../../../../shared/report/theme';
import type { EightDExportOptions, EightDReportData } from '../../../../shared/report/types';
import { openDocx, paragraphTexts, tables } from './docx-reader';
import { fullData, HOSTILE, HOSTILE_CLEAN, hostileData, jpegFixture, LONG, LONG_TAIL, makePng, minimalData, photo } from './fixtures';

const ZH: EightDExportOptions = { layout: 'standard', bilingual: false, language: 'zh-CN' };
const build = async (data: EightDReportData, options: Partial<EightDExportOptions> = {}) => openDocx(await buildEightDDocx(data, { ...ZH, ...options }));
const EMU_PER_TWIP = 635;
// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function expectFixedGrids(xml: string) {
  const all = tables(xml);
  expect(all.length).toBeGreaterThan(0);
  for (const t of all) {
    expect(t.widthType).toBe('dxa');
    expect(t.layout).toBe('fixed');
    expect(t.grid.reduce((a, b) => a + b, 0)).toBe(t.width);
    expect(t.width).toBeLessThanOrEqual(CONTENT_WIDTH);
    for (const row of t.rows) {
      expect(row.every((c) => c.type === 'dxa')).toBe(true);
      expect(row.reduce((a, c) => a + c.w, 0)).toBe(t.width);
      expect(row.reduce((a, c) => a + c.span, 0)).toBe(t.grid.length);
    }
  }
}

describe('buildEightDDocx', () => {
  it('returns the bytes of a .docx (a zip) as a Uint8Array', async () => {
    const bytes = await buildEightDDocx(fullData(), ZH);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('full report: header facts, every discipline, team with customer and supplier members, 5W2H, containment, fishbone, 5-Why, actions, prevention, approval', async () => {
    const d = fullData();
    const doc = await build(d);
    const text = paragraphTexts(doc.document).join('\n');
    for (const s of [
      '东莞市华信精密电子有限公司', '8D 报告', '8D20261123001', '2611-B-007', '深圳市宏达电器有限公司', 'HX-2200A', 'P-220-001', 'L2610-03', '12 / 5000',
      '2026-11-23 09:30', '2026-11-24 09:30', '2026-12-20',
      'D1 成立小组', 'D2 问题描述', 'D3 临时围堵措施', 'D4 根本原因分析', 'D5 永久纠正措施', 'D6 实施与效果验证', 'D7 预防再发生', 'D8 批准、表彰与结案',
      '王经理', '客户', '供应商', '组长', '倡导者', '5W2H', '客户 IQC 王工', '首次发生', 'L2610-03, L2610-04',
      '客户处库存全检，挑出不良品', '4800', '6000', '41', '10.5 小时 · 按时',
      '#1 新员工包装手法不规范', '#2 包装内衬厚度不足（3 mm） ★根本原因', '为什么 3：内衬太薄', '挤压试验复现',
      '内衬加厚至 5 mm 并在包装规格中规定', '#2 包装内衬厚度不足（3 mm）', '全部原因', '已验证', '挤压试验 20 箱无划伤',
      'FMEA', '控制计划', '作业指导书', 'PFMEA-HX220 Rev.C', '✔ 是',
      '刘品质', '措施有效，同意结案。', '感谢小组成员两周内完成分析与改善。', '编制', '审核', '批准',
    ]) expect(text, s).toContain(s);
    // The fishbone: 人机料法测环, one row each.
    expect(paragraphTexts(doc.document).filter((p) => /^[人机料法测环]$/.test(p)).slice(0, 6).join('')).toBe('人机料法测环');
    // Customer and supplier members are marked (bold name); internal ones are not.
    const boldRun = (name: string) => new RegExp(`<w:b/>(?:(?!</w:r>).)*<w:t xml:space="preserve">${name}</w:t>`).test(doc.document);
    expect(boldRun('王经理')).toBe(true);
    expect(boldRun('李厂长')).toBe(true);
    expect(boldRun('陈工')).toBe(false);
  });

  it('sets SimSun for the body and Microsoft YaHei for headings through eastAsia, in the defaults and on the runs', async () => {
    const doc = await build(fullData());
    const styles = doc.xml('word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="SimSun"/);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:eastAsia="Microsoft YaHei"/);
    expect(doc.document).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="SimSun" w:hAnsi="Times New Roman"\/>/);
    expect(doc.document).toMatch(/<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Microsoft YaHei" w:hAnsi="Arial"\/>/);
    const runs = [...doc.document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].filter((r) => r[1]?.includes('<w:t'));
    expect(runs.every((r) => r[1]?.includes('w:eastAsia='))).toBe(true);
  });

  it('writes every table on a fixed DXA grid whose cells add up, with merged header cells (gridSpan, vMerge)', async () => {
    for (const layout of EIGHT_D_LAYOUTS) {
      const doc = await build(fullData(), { layout: layout.id });
      expectFixedGrids(doc.document);
      expect(doc.document).toMatch(/<w:gridSpan w:val="[2-9]"\/>/);
    }
    const standard = await build(fullData());
    expect(standard.document).toContain('<w:vMerge w:val="restart"/>');
    expect(standard.document).toContain('<w:vMerge w:val="continue"/>');
    expect(standard.document).toContain('<w:tblHeader/>');
  });

  it('A4 portrait with 2 cm margins, a running header, and 第 x 页 共 y 页 from PAGE and NUMPAGES fields (Page x of y in English)', async () => {
    const doc = await build(fullData());
    expect(doc.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(doc.document).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
    const footer = doc.xml('word/footer1.xml');
    expect(footer).toMatch(/第 [\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]* 页 共 [\s\S]*<w:instrText xml:space="preserve">NUMPAGES<\/w:instrText>[\s\S]* 页/);
    expect(paragraphTexts(doc.xml('word/header1.xml')).join('')).toContain('8D20261123001');
    const en = await build(fullData(), { language: 'en' });
    const enFooter = en.xml('word/footer1.xml');
    expect(enFooter).toMatch(/Page [\s\S]*PAGE<\/w:instrText>[\s\S]* of [\s\S]*NUMPAGES<\/w:instrText>/);
    expect(enFooter).not.toContain('页');
  });

  it('embeds PNG and JPEG photos as media, fitted to their column with the aspect ratio kept; lists the others by file name', async () => {
    const doc = await build(fullData());
    expect(doc.media.filter((m) => m.endsWith('.png'))).toHaveLength(3);
    expect(doc.media.filter((m) => /\.jpe?g$/.test(m))).toHaveLength(1);
    const sizes = [...doc.document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>[\s\S]*?name="([^"]+)"/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]), name: m[3] ?? '' }));
    const ratio = { 'scratch-1.png': 800 / 600, 'led-off.jpg': 320 / 240, 'liner-3mm.png': 600 / 900, 'liner-5mm.png': 1200 / 400 } as Record<string, number>;
    expect(sizes.map((s) => s.name).sort()).toEqual(Object.keys(ratio).sort());
    for (const s of sizes) {
      expect(s.cx).toBeLessThanOrEqual((CONTENT_WIDTH / 2) * EMU_PER_TWIP);
      expect(Math.abs(s.cx / s.cy - (ratio[s.name] ?? 0)) / (ratio[s.name] ?? 1)).toBeLessThan(0.02);
    }
    const text = paragraphTexts(doc.document).join('\n');
    expect(text).toContain('• broken.png [image/png]');
    expect(text).toContain('• drawing.gif [image/gif]');
    expect(text).toContain('图 1 [D2] 外壳划伤（客户照片）');
  });

  it('prints the revision in the header, the revision table, and the 举一反三 checklist on D7 — in both layouts', async () => {
    for (const layout of EIGHT_D_LAYOUTS) {
      const doc = await build(fullData(), { layout: layout.id });
      const lines = paragraphTexts(doc.document);
      const text = lines.join('\n');
      for (const s of [
        '8D 版本', 'Rev.1', '修订记录', '修订原因', '修订人', 'Rev.0', '初版', '客户要求补充粉色、蓝色内衬的举一反三结果', '刘品质 2026-12-20',
        '举一反三 / 水平展开', '型号/批次/物料', 'HX-2300B', '同零件', '成品仓 1200 台', '已检查，无异常', '陈工', '2026-11-25',
        '内衬 PK-220 粉色款', '同供应商', '受影响 → 围堵（D3 #2）', 'L2610-05', '同工艺', '不涉及', '已换新内衬',
      ]) expect(text, `${layout.id}: ${s}`).toContain(s);
      // The checklist comes after the prevention items of D7 and before D8.
      expect(text.indexOf('举一反三 / 水平展开')).toBeGreaterThan(text.indexOf('PK-SPEC-220 Rev.A'));
      expect(text.indexOf('举一反三 / 水平展开')).toBeLessThan(text.indexOf('D8 批准、表彰与结案'));
      expect(text.indexOf('修订记录')).toBeLessThan(text.indexOf('D1 成立小组'));
      expectFixedGrids(doc.document);
    }
    const en = paragraphTexts((await build(fullData(), { language: 'en' })).document).join('\n');
    for (const s of ['Revision history', 'Initial issue', 'Horizontal deployment', 'Affected → contained (D3 #2)', 'Same supplier']) expect(en).toContain(s);
  });

  it('a revision in work prints as not approved in the table', async () => {
    const d = fullData();
    d.revisions = [d.revisions[0]!, { ...d.revisions[1]!, approvedAt: null, approvedBy: '' }];
    const text = paragraphTexts((await build(d)).document).join('\n');
    expect(text).toContain('修订中，未批准');
  });

  it('minimal report: only the header facts, each discipline "not filled in", the signature boxes, no media', async () => {
    const doc = await build(minimalData());
    const text = paragraphTexts(doc.document).join('\n');
    expect(text).toContain('8D20261123001');
    expect(text).toContain('深圳市宏达电器有限公司');
    expect(paragraphTexts(doc.document).filter((p) => p === '（未填写）').length).toBe(7);
    expect(text).toContain('未回复');
    expect(doc.media).toEqual([]);
    expectFixedGrids(doc.document);
    const form = await build(minimalData(), { layout: 'customer-form' });
    expectFixedGrids(form.document);
    expect(form.media).toEqual([]);
  });

  it('hostile text: XML specials escaped, forbidden control characters removed, emoji and RTL kept — in both layouts', async () => {
    for (const layout of EIGHT_D_LAYOUTS) {
      const doc = await build(hostileData(HOSTILE), { layout: layout.id });
      for (const [path, file] of Object.entries(doc.files)) if (/\.(xml|rels)$/.test(path)) expect(ILLEGAL_XML.test(new TextDecoder().decode(file)), path).toBe(false);
      expect(doc.document).not.toContain('<w:t>&amp;');
      expect(doc.document).toContain('&lt;w:t&gt;&amp;amp;');
      const texts = paragraphTexts(doc.document);
      expect(texts.filter((p) => p.includes(HOSTILE_CLEAN)).length).toBeGreaterThan(20);
      expect(texts.join('\n')).toContain('😀🔧 مرحبا بالعالم עברית');
      expectFixedGrids(doc.document);
    }
  });

  it('very long text (20,000 characters) is kept whole', async () => {
    const d = fullData();
    d.eightD.report.customerDescription = LONG;
    d.eightD.report.approvalComment = `${LONG}\n第二行`;
    const doc = await build(d);
    const texts = paragraphTexts(doc.document);
    expect(texts.filter((p) => p === LONG)).toHaveLength(2);
    expect(texts).toContain('第二行');
    expect(texts.join('')).toContain(LONG_TAIL);
  });

  it('20 photos: 20 media files, each fitted', async () => {
    const d = fullData();
    d.photos = Array.from({ length: 20 }, (_, i) =>
      i === 7 ? photo('D4', 'jpeg-7.jpg', jpegFixture(), `照片 ${i + 1}`) : photo((['D2', 'D4', 'D6'] as const)[i % 3] ?? 'D2', `p${i + 1}.png`, makePng(200 + i * 37, 120 + ((i * 53) % 300), i + 1), `照片 ${i + 1}`),
    );
    for (const layout of EIGHT_D_LAYOUTS) {
      const doc = await build(d, { layout: layout.id });
      expect(doc.media).toHaveLength(20);
      const extents = [...doc.document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      expect(extents).toHaveLength(20);
      for (const [cx, cy] of extents) {
        expect(cx).toBeLessThanOrEqual((CONTENT_WIDTH / 2) * EMU_PER_TWIP);
        expect(cy).toBeLessThanOrEqual(4536 * EMU_PER_TWIP);
      }
      const captions = paragraphTexts(doc.document).filter((p) => /^图 \d+ \[D[246]\] 照片 \d+$/.test(p));
      expect(captions).toHaveLength(20);
    }
  });

  it('layouts: standard has a section per discipline; customer-form is one grid with a band per discipline and the photos in an appendix', async () => {
    const standard = await build(fullData());
    expect(standard.document.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(8);
    const form = await build(fullData(), { layout: 'customer-form' });
    const formText = paragraphTexts(form.document);
    expect(tables(form.document).filter((t) => t.grid.length === 24)).toHaveLength(1);
    expect(formText).toContain('D1 成立小组');
    expect(formText).toContain('D5 永久纠正措施  ·  D6 实施与效果验证');
    expect(formText).toContain('附录：照片');
    expect(formText.join('\n')).toContain('见附录：图 1, 图 2');
    expect(form.document).toContain('<w:br w:type="page"/>');
    expect(form.media).toHaveLength(4);
  });

  it('bilingual headings "中文 / English" on and off, and English alone', async () => {
    const bi = paragraphTexts((await build(fullData(), { bilingual: true })).document);
    expect(bi).toContain('D1 成立小组 / Team');
    expect(bi).toContain('8D 报告 / 8D Report');
    expect(bi.join('\n')).toContain('客户\nCustomer');
    const zh = paragraphTexts((await build(fullData())).document);
    expect(zh).toContain('D1 成立小组');
    expect(zh.join('\n')).not.toContain('Team');
    const en = paragraphTexts((await build(fullData(), { language: 'en' })).document);
    expect(en).toContain('D1 Team');
    expect(en).toContain('Fishbone (5M1E)');
    expect(en).toContain('Man');
    expect(en.join('\n')).not.toMatch(/成立小组|根本原因分析/);
  });

  it('runs without Buffer (as in the browser)', async () => {
    const d = fullData();
    const saved = globalThis.Buffer;
    // @ts-expect-error — removed for this test only, as the renderer has none
    delete globalThis.Buffer;
    try {
      const bytes = await buildEightDDocx(d, ZH);
      expect(bytes.length).toBeGreaterThan(1000);
    } finally {
      globalThis.Buffer = saved;
    }
  });

  it('refuses an unknown layout or language with a clear error', async () => {
    await expect(buildEightDDocx(fullData(), { ...ZH, layout: 'fancy' })).rejects.toThrow(UnknownEightDLayoutError);
    await expect(buildEightDDocx(fullData(), { ...ZH, layout: 'fancy' })).rejects.toThrow('Unknown 8D layout "fancy" (known: standard, customer-form)');
    await expect(buildEightDDocx(fullData(), { ...ZH, language: 'fr' as never })).rejects.toThrow('Unknown 8D report language "fr"');
  });

  it('registers layouts with unique ids and both names', () => {
    expect(new Set(EIGHT_D_LAYOUTS.map((l) => l.id)).size).toBe(EIGHT_D_LAYOUTS.length);
    expect(EIGHT_D_LAYOUTS.map((l) => l.id)).toContain('standard');
    for (const l of EIGHT_D_LAYOUTS) {
      expect(l.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(l.name['zh-CN'] && l.name.en && l.description['zh-CN'] && l.description.en).toBeTruthy();
    }
  });

  it('keeps a HOSTILE file name harmless in the photo alt text', async () => {
    const d = fullData();
    d.photos = [photo('D2', `${HOSTILE}.png`, makePng(40, 30), HOSTILE)];
    const doc = await build(d);
    expect(ILLEGAL_XML.test(doc.document)).toBe(false);
    expect(doc.document).toMatch(/<wp:docPr id="\d+" name="&lt;w:t&gt;&amp;amp;/);
  });
});
