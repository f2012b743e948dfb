import { describe, expect, it } from 'vitest';
import { eightDPhotoOwner } from '../../../../shared/domain/eightd/records';
import { eightDPhotos, eightDReportData, EightDReportDataError, type EightDReportSource } from '../../../../shared/report/data';
import { attachment, BUNDLE, CASE, TINY_PNG } from '../forms/eightd-fixture';
import { jpegFixture } from './fixtures';

const source = (extra: Partial<EightDReportSource> = {}): EightDReportSource => ({
  case: CASE,
  bundle: BUNDLE,
  revisions: [],
  photos: [],
  companyName: '东莞市华信精密电子有限公司',
  logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  now: '2026-12-16T10:00:00+08:00',
  user: '李娜',
  ...extra,
});

describe('eightDReportData', () => {
  it('takes the header from the case, the company and logo from the settings, now and the user', () => {
    const d = eightDReportData(source());
    expect(d.case).toEqual({
      caseNumber: '2611-B-007',
      customerName: '深圳市宏达电器有限公司',
      productModel: 'HX-2200A',
      partNumber: 'P-220-001',
      lotNumber: 'L2610-03',
      receivedAt: '2026-11-20T09:30:00+08:00',
      quantityDelivered: 5000,
      quantityDefective: 12,
      defectDescription: '外壳划伤，指示灯不亮，12 台不良。',
    });
    expect(d.companyName).toBe('东莞市华信精密电子有限公司');
    expect(d.logoDataUrl).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(d.generatedAt).toBe('2026-12-16T10:00:00+08:00');
    expect(d.generatedBy).toBe('李娜');
    expect(d.eightD).toEqual(BUNDLE);
  });

  it('leaves out tombstoned children and children of another report', () => {
    const bundle = {
      ...BUNDLE,
      members: [...BUNDLE.members, { ...BUNDLE.members[0]!, id: 'm-x', deleted: true }],
      causes: [...BUNDLE.causes, { ...BUNDLE.causes[0]!, id: 'c-x', reportId: 'r-other' }],
      correctives: [...BUNDLE.correctives, { ...BUNDLE.correctives[0]!, id: 'a-x', deleted: true }],
      containment: [{ ...BUNDLE.containment[0]!, id: 'k-x', reportId: 'r-other' }, ...BUNDLE.containment],
      prevention: [...BUNDLE.prevention, { ...BUNDLE.prevention[0]!, id: 'p-x', deleted: true }],
    };
    const d = eightDReportData(source({ bundle }));
    expect(d.eightD.members.map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-3', 'm-4']);
    expect(d.eightD.causes.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
    expect(d.eightD.correctives.map((c) => c.id)).toEqual(['a-1', 'a-2']);
    expect(d.eightD.containment.map((c) => c.id)).toEqual(['k-1', 'k-2']);
    expect(d.eightD.prevention.map((c) => c.id)).toEqual(['p-1', 'p-2']);
  });

  it('refuses a report of another case with a clear error', () => {
    const bundle = { ...BUNDLE, report: { ...BUNDLE.report, caseId: 'case-2' } };
    expect(() => eightDReportData(source({ bundle }))).toThrow(EightDReportDataError);
    expect(() => eightDReportData(source({ bundle }))).toThrow(/8D20261120001.*another case.*2611-B-007/);
  });

  it('an empty report maps to empty lists and no photos', () => {
    const bundle = { report: BUNDLE.report, members: [], containment: [], causes: [], correctives: [], prevention: [], checks: [] };
    const d = eightDReportData(source({ bundle }));
    expect(d.photos).toEqual([]);
    expect(d.eightD.members).toEqual([]);
  });
});

describe('eightDPhotos', () => {
  it('picks the photos of this report by owner, orders them D2, D4, D6 then by time added, and captions them by file name', () => {
    const photos = eightDReportData(
      source({
        photos: [
          { attachment: attachment('f-6', 'D6', '跌落试验.png', '2026-12-05T10:00:00+08:00'), bytes: TINY_PNG },
          { attachment: attachment('f-2b', 'D2', 'b.test.png', '2026-11-20T12:00:00+08:00'), bytes: TINY_PNG, caption: '近照' },
          { attachment: attachment('f-2a', 'D2', 'a.png', '2026-11-20T11:00:00+08:00'), bytes: TINY_PNG },
          { attachment: attachment('f-4', 'D4', '切片', '2026-11-25T10:00:00+08:00'), bytes: TINY_PNG },
        ],
      }),
    ).photos;
    expect(photos.map((p) => [p.discipline, p.fileName, p.caption])).toEqual([
      ['D2', 'a.png', 'a'],
      ['D2', 'b.test.png', '近照'],
      ['D4', '切片', '切片'],
      ['D6', '跌落试验.png', '跌落试验'],
    ]);
    expect(photos[0]!.bytes).toBe(TINY_PNG);
  });

  it('leaves out deleted attachments, other cases, other owners, other reports and duplicates', () => {
    const at = '2026-11-20T11:00:00+08:00';
    const photos = eightDPhotos('case-1', 'r-1', [
      { attachment: attachment('ok', 'D2', 'ok.png', at), bytes: TINY_PNG },
      { attachment: attachment('ok', 'D2', 'ok.png', at), bytes: TINY_PNG },
      { attachment: attachment('del', 'D2', 'del.png', at, { deleted: true }), bytes: TINY_PNG },
      { attachment: attachment('other-case', 'D2', 'x.png', at, { caseId: 'case-2' }), bytes: TINY_PNG },
      { attachment: attachment('case-photo', 'D2', 'case.png', at, { ownerId: 'case-1' }), bytes: TINY_PNG },
      { attachment: attachment('other-report', 'D2', 'r2.png', at, { ownerId: eightDPhotoOwner('r-2', 'D2') }), bytes: TINY_PNG },
      { attachment: attachment('d3', 'D2', 'd3.png', at, { ownerId: 'r-1/D3' }), bytes: TINY_PNG },
    ]);
    expect(photos.map((p) => p.fileName)).toEqual(['ok.png']);
  });

  it('takes the image type from the bytes (a JPEG thumbnail of a PNG), else keeps the stored type', () => {
    const at = '2026-11-20T11:00:00+08:00';
    const photos = eightDPhotos('case-1', 'r-1', [
      { attachment: attachment('a', 'D2', 'a.png', at, { mimeType: 'image/png' }), bytes: jpegFixture() },
      { attachment: attachment('b', 'D2', 'b.jpg', at, { mimeType: 'image/jpeg' }), bytes: TINY_PNG },
      { attachment: attachment('c', 'D2', 'c.heic', at, { mimeType: 'image/heic' }), bytes: Uint8Array.from([1, 2, 3, 4]) },
      // A JPEG signature on a cut-off file is not taken for a JPEG.
      { attachment: attachment('d', 'D2', 'd.bin', at, { mimeType: 'application/octet-stream' }), bytes: jpegFixture().subarray(0, 200) },
    ]);
    expect(photos.map((p) => p.mimeType)).toEqual(['image/jpeg', 'image/png', 'image/heic', 'application/octet-stream']);
  });
});
