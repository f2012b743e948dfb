// The one rule for attachments: content decides, the name only supplies the
// stem. Every hostile name of issue 12 is here, with benign and hostile bytes.
import { describe, expect, it } from 'vitest';
import { checkAttachment } from '../../../../shared/files/attachment-policy';
import { attachmentFileName, lastExtension, safeFileName } from '../../../../shared/files/file-name';
import { OLE2, SAMPLES } from './samples';

describe('checkAttachment: hostile names', () => {
  it.each([
    // [name, bytes, name written to disk]
    ['质量报告.pdf.exe', SAMPLES.pdf, '质量报告.pdf'],
    ['照片.jpg      .hta', SAMPLES.jpeg, '照片.jpg'],
    ['照片.jpg      .hta', SAMPLES.hta, '照片.txt'],
    ['x.bat', SAMPLES.batch, 'x.txt'],
    ['x.hta', SAMPLES.hta, 'x.txt'],
    ['.desktop', SAMPLES.desktopEntry, 'desktop.txt'],
    ['x.lnk', SAMPLES.jpeg, 'x.jpg'],
    ['x.sh', SAMPLES.pdf, 'x.pdf'],
    ['report.pdf:evil.exe', SAMPLES.pdf, 'report.pdf'],
    ['report.pdf::$DATA', SAMPLES.pdf, 'report.pdf'],
    ['scan. . .', SAMPLES.tiff, 'scan.tif'],
    ['scan .tif .', SAMPLES.tiff, 'scan.tif'],
    ['photo\u202egpj.exe', SAMPLES.jpeg, 'photogpj.jpg'],
    ['..\\..\\Startup\\run.cmd', SAMPLES.png, 'run.png'],
    ['CON.jpg', SAMPLES.jpeg, '_CON.jpg'],
    ['v1.2 终检.PDF', SAMPLES.pdf, 'v1_2 终检.pdf'],
    ['照片.JPEG', SAMPLES.jpeg, '照片.jpeg'],
    ['客户清单.csv', SAMPLES.csv, '客户清单.csv'],
    ['invoice.docx.scr', SAMPLES.docx, 'invoice.docx'],
    ['data.zip', SAMPLES.xlsx, 'data.xlsx'],
    ['报告.doc', OLE2.doc, '报告.doc'],
    ['报表.XLS', OLE2.xls, '报表.xls'],
    ['培训.ppt', OLE2.ppt, '培训.ppt'],
    ['video', SAMPLES.mp4, 'video.mp4'],
  ])('%j with %#: opened as %j', (name, bytes, written) => {
    expect(checkAttachment(bytes, name)).toMatchObject({ allowed: true, fileName: written });
  });

  it.each([
    ['质量报告.pdf.exe', SAMPLES.exe, 'program'],
    ['x.bat', SAMPLES.exe, 'program'],
    ['x.lnk', SAMPLES.lnk, 'program'],
    ['x.sh', SAMPLES.shellScript, 'program'],
    ['照片.jpg', SAMPLES.elf, 'program'],
    ['setup.msi', OLE2.msi, 'program'],
    ['报告.doc', OLE2.msiDisguised, 'program'],
    ['报告.docm', SAMPLES.docm, 'macros'],
    ['报告.doc', OLE2.docWithMacros, 'macros'],
    // Legacy Office must be named as the Office type its streams say.
    ['setup.msi', OLE2.doc, 'nameMismatch'],
    ['报告.doc.exe', OLE2.doc, 'nameMismatch'],
    ['报告', OLE2.xls, 'nameMismatch'],
    ['报表.doc', OLE2.xls, 'nameMismatch'],
    ['photos.zip', SAMPLES.plainZip, 'unknownType'],
    ['tool.jar', SAMPLES.jar, 'unknownType'],
    ['mail.msg', OLE2.msg, 'unknownType'],
    ['data.bin', SAMPLES.binary, 'unknownType'],
  ])('%j with %#: refused as %s', (name, bytes, reason) => {
    expect(checkAttachment(bytes, name)).toMatchObject({ allowed: false, reason });
  });
});

describe('attachment names', () => {
  it('always have exactly one extension, the type’s', () => {
    for (const name of ['a.b.c.d.pdf.exe', ' . .pdf. ', 'x..pdf', '\u200b.pdf\u200b.exe', '照片.jpg\u3000.hta']) {
      const written = attachmentFileName(name, 'pdf');
      expect(written.split('.')).toHaveLength(2);
      expect(written).toMatch(/^[^.\s][^.]*[^.\s]?\.pdf$/u);
    }
  });

  it('keep within 120 characters', () => {
    const written = attachmentFileName(`${'很长的文件名'.repeat(40)}.jpeg.exe`, 'jpeg');
    expect(written.length).toBeLessThanOrEqual(120);
    expect(written.endsWith('.jpeg')).toBe(true);
  });

  it('lastExtension is what the clerk sees, stream and padding removed', () => {
    expect(lastExtension('报告.DOC  ')).toBe('doc');
    expect(lastExtension('报告.doc:x.msi')).toBe('doc');
    expect(lastExtension('报告')).toBe('');
  });
});

describe('safeFileName', () => {
  it.each([
    ['检验报告.pdf', '检验报告.pdf'],
    ['8D v1.2.docx', '8D v1.2.docx'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Windows\\system32\\cmd.exe', 'cmd.exe'],
    ['a<b>c:d"e|f?g*.jpg', 'a_b_c_d_e_f_g_.jpg'],
    ['CON.txt', '_CON.txt'],
    ['', 'attachment'],
    ['..', 'attachment'],
    ['trailing dots. . ', 'trailing dots'],
    ['名字 .pdf . ', '名字.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('keeps long names within 120 characters with their extension', () => {
    const name = safeFileName(`${'很长的文件名'.repeat(40)}.jpeg`);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.jpeg')).toBe(true);
  });
});
