import { describe, expect, it } from 'vitest';
import { FORM_KINDS, FORM_TITLES, renderForm, type EightDFormData } from '../../../../shared/forms';
import { defaultPrintSettings } from '../../../../shared/domain/print-settings';
import { MAX_PRINT_HTML_BYTES, printRenderPdfArgs } from '../../../../shared/ipc/print-contract';
import { utf8Length } from '../../../../shared/utf8';
import { DISCIPLINE_TITLES, LABELS, ORGANISATION_LABELS } from '../../../../shared/report/labels';
import type { EightDPhoto, EightDReportData } from '../../../../shared/report/types';
import { A4, CTX, HOSTILE, LONG, visibleText, withText } from './fixtures';
import { REPORT, TINY_PNG } from './eightd-fixture';

const ONE = { ...CTX, copies: [] };
const render = (report: EightDReportData, o: Partial<EightDFormData> = {}) => renderForm('eightD', { report, language: 'zh-CN', bilingual: true, ...o }, ONE, A4).html;

const squash = (t: string) => t.replace(/\s+/g, '');
const imgSources = (html: string) => [...html.matchAll(/<img src="([^"]*)"/g)].map((m) => m[1]!);

/**
 * n "photos" of `size` bytes each: whole PNGs by structure (IHDR, one IDAT of filler, IEND) that
 * are not decodable — the template checks the structure and embeds the bytes, it does not decode them.
 */
function bigPhotos(n: number, size: number): EightDPhoto[] {
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length);
    new DataView(out.buffer).setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 1600);
  new DataView(ihdr.buffer).setUint32(4, 1200);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const head = [TINY_PNG.subarray(0, 8), chunk('IHDR', ihdr)];
  const end = chunk('IEND', new Uint8Array());
  return Array.from({ length: n }, (_, i) => {
    const filler = Uint8Array.from({ length: size - 8 - 25 - 12 - 12 }, (_, k) => (k * 31 + i) & 255);
    const parts = [...head, chunk('IDAT', filler), end];
    const bytes = new Uint8Array(size);
    parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
    return { discipline: (['D2', 'D4', 'D6'] as const)[i % 3]!, fileName: `p${i + 1}.png`, mimeType: 'image/png', bytes, caption: `照片 ${i + 1}` };
  });
}

describe('8D report form', () => {
  it('is a form kind with a title and print settings (one copy by default)', () => {
    expect(FORM_KINDS).toContain('eightD');
    expect(FORM_TITLES.eightD).toBe('8D 报告');
    expect(defaultPrintSettings().forms.eightD).toMatchObject({ formNumber: 'QR-032', copies: [], paper: { kind: 'a4', orientation: 'portrait' } });
  });

  it('prints the header, every discipline, the fishbone, the 5-Why chains, the quantities and the signatures', () => {
    const text = squash(visibleText(render(REPORT)));
    for (const s of [
      '8D20261120001',
      '2611-B-007',
      '深圳市宏达电器有限公司',
      '东莞市华信精密电子有限公司',
      'HX-2200A',
      'P-220-001',
      'L2610-03',
      '2026-11-2009:30',
      '12/5000',
      ...['D1成立小组', 'D2问题描述', 'D3临时围堵措施', 'D4根本原因分析', 'D5永久纠正措施', 'D6实施与效果验证', 'D7预防再发生', 'D8批准、表彰与结案'],
      '刘厂长倡导者Champion佛山包装材料厂供应商Supplier',
      'L2610-03,L2610-04',
      '首次发生Firsttime',
      '6800410.60%',
      '料MaterialC3包装内衬厚度不足★根本原因Rootcause',
      '为什么Why5:包装设计未做运输试验',
      'C3内衬加厚至5mm，增加隔板',
      '跌落试验20次无划伤张伟2026-12-05已验证Verified',
      'PFMEA-QX200Rev.C',
      '赵总监',
      '感谢团队在24小时内完成围堵。',
      '编制Preparedby',
      '审核Reviewedby',
      '批准Approvedby',
      'QR-025',
    ])
      expect(text).toContain(s);
    // The fishbone has all six 5M1E rows even where no cause is entered.
    for (const s of ['人Man', '机Machine', '料Material', '法Method', '测Measurement', '环Environment']) expect(text).toContain(s);
  });

  it('prints the revision, the revision table and the 举一反三 checklist under D7', () => {
    const text = squash(visibleText(render(REPORT, { bilingual: false })));
    for (const s of ['8D版本', 'Rev.1', '修订记录', 'Rev.0', '初版', '王部长2026-11-28', '补充QX-300举一反三结果', '修订中，未批准', '举一反三/水平展开', 'QX-300同款外壳', '同零件', '受影响→围堵（D3#1）', '发现3台划伤', '蓝色卡扣', '同供应商', '不涉及']) {
      expect(text, s).toContain(squash(s));
    }
    expect(text.indexOf('举一反三/水平展开')).toBeGreaterThan(text.indexOf('WI-QC-015Rev.B'));
    expect(text.indexOf('举一反三/水平展开')).toBeLessThan(text.indexOf('D8批准'));
    expect(text.indexOf('修订记录')).toBeLessThan(text.indexOf('D1成立小组'));
    const en = squash(visibleText(render(REPORT, { language: 'en', bilingual: false })));
    for (const s of ['Revisionhistory', 'Initialissue', 'Horizontaldeployment', 'Notaffected']) expect(en).toContain(s);
  });

  it('embeds PNG/JPEG photos as data: URLs under their discipline, scaled by CSS, and lists other files by name', () => {
    const html = render(REPORT);
    const srcs = imgSources(html);
    expect(srcs).toHaveLength(3);
    for (const src of srcs) expect(src).toBe(`data:image/png;base64,${Buffer.from(TINY_PNG).toString('base64')}`);
    expect(html).toMatch(/\.photo img \{[^}]*max-width: 100%; max-height: 95mm; width: auto; height: auto;/);
    const text = visibleText(html);
    expect(text.indexOf('外壳划伤')).toBeLessThan(text.indexOf('D3 临时围堵措施'));
    expect(text.indexOf('焊点切片')).toBeGreaterThan(text.indexOf('D4 根本原因分析'));
    expect(text.indexOf('跌落试验 ')).toBeGreaterThan(text.indexOf('D6 实施与效果验证'));
    expect(text).toContain('以下文件无法嵌入（格式不支持或文件损坏） These files could not be embedded (unsupported format or damaged): 记录.pdf（试验记录）');
  });

  it('embeds only what really is PNG/JPEG: a photo claiming image/png with other bytes, or a cut-off PNG, is listed, not put into a src', () => {
    const fake: EightDPhoto = { discipline: 'D2', fileName: 'x.png', mimeType: 'image/png', bytes: new TextEncoder().encode('"><script>alert(1)</script>'), caption: 'x' };
    const cut: EightDPhoto = { discipline: 'D2', fileName: 'cut.png', mimeType: 'image/png', bytes: TINY_PNG.subarray(0, 40), caption: 'cut' };
    const html = render({ ...REPORT, photos: [fake, cut] });
    expect(imgSources(html)).toHaveLength(0);
    expect(html).not.toContain('<script>');
    expect(visibleText(html)).toContain('x.png');
    expect(visibleText(html)).toContain('cut.png');
  });

  it('prints hostile text as text everywhere (nested records, 5 Whys, photo names and captions)', () => {
    const d = withText('eightD', HOSTILE);
    const hostilePhoto: EightDPhoto = { discipline: 'D6', fileName: `${HOSTILE}.png`, mimeType: 'image/png', bytes: TINY_PNG, caption: HOSTILE };
    const html = renderForm('eightD', { ...d, report: { ...d.report, photos: [...d.report.photos, hostilePhoto] } }, CTX, A4).html;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/alt="[^"]*"[^>]*onerror/);
    const text = visibleText(html);
    expect(text.split('<script>alert("x")</script></td></tr></table>').length).toBeGreaterThan(40);
    expect((html.match(/<td[\s>]/g) ?? []).length).toBe((html.match(/<\/td>/g) ?? []).length);
    expect((html.match(/<tr[\s>]/g) ?? []).length).toBe((html.match(/<\/tr>/g) ?? []).length);
  });

  it('keeps emoji and very long text whole (long text split into rows that can flow across pages)', () => {
    const rep = REPORT.eightD.report;
    const report = { ...REPORT, eightD: { ...REPORT.eightD, report: { ...rep, customerDescription: LONG, what: '划伤 😀🏭👍🏽 👨‍👩‍👧', approvalComment: LONG } } };
    const html = render(report);
    const text = squash(visibleText(html));
    expect(text).toContain('划伤😀🏭👍🏽👨‍👩‍👧');
    expect(text.split(squash(LONG)).length).toBe(3);
    expect((html.match(/class="text cont"/g) ?? []).length).toBeGreaterThan(10);
  });

  it('an empty report prints the blank form: every heading, blank rows to fill in, no photos', () => {
    const rep = REPORT.eightD.report;
    const blankReport = { ...rep, title: '', customerDescription: '', occurrence: '' as const, approvedBy: '', approvedAt: null, closedAt: null, containmentRepliedAt: null };
    const html = render({ ...REPORT, photos: [], eightD: { report: blankReport, members: [], containment: [], causes: [], correctives: [], prevention: [], checks: [] } });
    const text = visibleText(html);
    for (const d of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']) expect(text).toContain(`${d} `);
    // D1, D3, 5-Why, D5, D6, D7: three blank rows each.
    expect((html.match(/<tr class="blank">/g) ?? []).length).toBe(18);
    expect(html).not.toContain('<img');
    expect(text).not.toContain('合计');
  });

  it('20 photos: all embedded in order, within the print document limit even at 1.7 MB each', () => {
    const photos = bigPhotos(20, 1_700_000);
    const html = render({ ...REPORT, photos });
    const srcs = imgSources(html);
    expect(srcs).toHaveLength(20);
    // D2 photos first (1, 4, 7 …), then D4, then D6; each decodes back to its bytes.
    const order = [...photos.filter((p) => p.discipline === 'D2'), ...photos.filter((p) => p.discipline === 'D4'), ...photos.filter((p) => p.discipline === 'D6')];
    srcs.forEach((src, i) => expect(Buffer.from(src.slice('data:image/png;base64,'.length), 'base64').equals(Buffer.from(order[i]!.bytes))).toBe(true));
    expect(utf8Length(html)).toBeGreaterThan(40_000_000);
    expect(utf8Length(html)).toBeLessThan(MAX_PRINT_HTML_BYTES);
    expect(printRenderPdfArgs.safeParse({ html, paper: A4 }).success).toBe(true);
  });

  it('English only, 中文 only, or both', () => {
    const en = visibleText(render(REPORT, { language: 'en', bilingual: false }));
    for (const s of ['8D Report', 'D1 Team', 'D3 Containment Actions', 'Leader', 'Customer', 'At customer', 'Material', 'Verified', 'Work instruction', 'Prepared by', 'First time']) expect(en).toContain(s);
    for (const s of ['成立小组', '组长', '已验证', '编制']) expect(en).not.toContain(s);
    const enHtml = render(REPORT, { language: 'en', bilingual: false });
    expect(enHtml).toContain('content: "Page " counter(page) " of " counter(pages)');

    const zhHtml = render(REPORT, { language: 'zh-CN', bilingual: false });
    const zh = visibleText(zhHtml);
    for (const s of ['8D 报告', 'D1 成立小组', '组长', '已验证', '编制', '首次发生']) expect(zh).toContain(s);
    for (const s of ['D1 Team', 'Leader', 'Prepared by', 'Verified']) expect(zh).not.toContain(s);
    expect(zhHtml).not.toContain('" of "');
    expect(zhHtml).toContain('content: "第 " counter(page) " 页 共 " counter(pages) " 页"');

    const both = visibleText(render(REPORT));
    for (const s of ['D1 成立小组', 'D1 Team', '组长 Leader', '编制', 'Prepared by']) expect(both).toContain(s);
  });

  it('prints the words of the Word export (one table, shared/report/labels.ts), in 中文 and in English', () => {
    const keys = ['defectDescription', 'receivedAt', 'rootCauseDue', 'department', 'organisation', 'location', 'inspected', 'whyChain', 'addressedCause', 'kind', 'approvedBy', 'teamRecognition'] as const;
    const zh = visibleText(render(REPORT, { language: 'zh-CN', bilingual: false }));
    const en = visibleText(render(REPORT, { language: 'en', bilingual: false }));
    for (const k of keys) {
      expect(zh, k).toContain(LABELS[k][0]);
      expect(en, k).toContain(LABELS[k][1]);
    }
    for (const d of ['D1', 'D8'] as const) expect(zh).toContain(`${d} ${DISCIPLINE_TITLES[d][0]}`);
    expect(zh).toContain(ORGANISATION_LABELS.internal[0]);
  });

  it('takes the company and logo of the report data, falling back to the print context', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const own = render({ ...REPORT, companyName: '华信（香港）有限公司', logoDataUrl: png });
    expect(visibleText(own)).toContain('华信（香港）有限公司');
    expect(own).toContain(`url("${png}")`);
    const fallback = render({ ...REPORT, companyName: '', logoDataUrl: '' });
    expect(visibleText(fallback)).toContain(CTX.companyName);
    expect(render({ ...REPORT, logoDataUrl: 'javascript:alert(1)' })).not.toContain('javascript:');
  });
});
