import { describe, expect, it } from 'vitest';
import { isPlainText } from '../../../../shared/files/plain-text';
import { sniffFile } from '../../../../shared/files/sniff';
import { zipEntryNames } from '../../../../shared/files/zip-entries';
import { ole2Directory } from '../../../../shared/files/ole2';
import { bytesOf, OLE2, ole2, SAMPLES } from './samples';

describe('sniffFile: viewable types by content', () => {
  it.each([
    ['jpeg', SAMPLES.jpeg],
    ['png', SAMPLES.png],
    ['gif', SAMPLES.gif],
    ['webp', SAMPLES.webp],
    ['bmp', SAMPLES.bmp],
    ['tiff', SAMPLES.tiff],
    ['tiff', SAMPLES.tiffBigEndian],
    ['heic', SAMPLES.heic],
    ['mp4', SAMPLES.mp4],
    ['mov', SAMPLES.mov],
    ['avi', SAMPLES.avi],
    ['webm', SAMPLES.webm],
    ['mkv', SAMPLES.mkv],
    ['pdf', SAMPLES.pdf],
    ['docx', SAMPLES.docx],
    ['xlsx', SAMPLES.xlsx],
    ['pptx', SAMPLES.pptx],
    ['text', SAMPLES.utf8Text],
    ['text', SAMPLES.csv],
    ['text', SAMPLES.gb18030Text],
    ['text', SAMPLES.batch],
    ['text', SAMPLES.hta],
    ['text', SAMPLES.desktopEntry],
    ['text', new Uint8Array(0)],
  ])('%s', (type, bytes) => {
    expect(sniffFile(bytes)).toMatchObject({ type });
  });

  it('legacy Office files are recognised by their streams and must be named as such', () => {
    expect(sniffFile(OLE2.doc)).toEqual({ type: 'doc', nameMustMatch: true });
    expect(sniffFile(OLE2.xls)).toEqual({ type: 'xls', nameMustMatch: true });
    expect(sniffFile(OLE2.ppt)).toEqual({ type: 'ppt', nameMustMatch: true });
  });
});

describe('sniffFile: refused', () => {
  it.each([
    ['program', SAMPLES.exe],
    ['program', SAMPLES.elf],
    ['program', SAMPLES.machO],
    ['program', SAMPLES.lnk],
    ['program', SAMPLES.shellScript],
    ['program', OLE2.msi],
    ['program', OLE2.msiDisguised],
    ['macros', SAMPLES.docm],
    ['macros', OLE2.docWithMacros],
    ['unknownType', SAMPLES.plainZip],
    ['unknownType', SAMPLES.jar],
    ['unknownType', SAMPLES.wav],
    ['unknownType', SAMPLES.binary],
    ['unknownType', SAMPLES.escapes],
    ['unknownType', OLE2.msg],
    ['unknownType', bytesOf([0x50, 0x4b, 0x03, 0x04], 'truncated zip')],
    ['unknownType', OLE2.doc.subarray(0, 700)],
  ])('%s', (refused, bytes) => {
    expect(sniffFile(bytes)).toMatchObject({ refused });
  });

  it('a PDF polyglot that starts as a program is a program', () => {
    expect(sniffFile(bytesOf('MZ', SAMPLES.pdf))).toMatchObject({ refused: 'program' });
  });
});

describe('zipEntryNames / ole2Directory', () => {
  it('lists a zip directory, and gives null for a damaged one', () => {
    expect(zipEntryNames(SAMPLES.docx)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(zipEntryNames(SAMPLES.docx.subarray(0, SAMPLES.docx.length - 30))).toBeNull();
  });

  it('follows a directory over several sectors and refuses a cycle', () => {
    const many = ['WordDocument', ...Array.from({ length: 9 }, (_, i) => `s${i}`)];
    const file = ole2(many);
    expect(ole2Directory(file)?.names).toEqual(['Root Entry', ...many]);
    const looped = Uint8Array.from(file);
    looped.set([1, 0, 0, 0], 512 + 4 * 3); // the last directory sector points back to the first
    expect(ole2Directory(looped)).toBeNull();
  });
});

describe('isPlainText', () => {
  it.each([
    ['UTF-8 with a BOM', SAMPLES.utf8Text, true],
    ['GB18030', SAMPLES.gb18030Text, true],
    ['a NUL', bytesOf('abc\u0000def'), false],
    ['an escape sequence', SAMPLES.escapes, false],
    ['DEL', bytesOf('a\u007f'), false],
    ['a lone 0x80', bytesOf([0x61, 0x80]), false],
    ['a truncated GB18030 pair', bytesOf([0x61, 0xd6]), false],
    ['a lead byte at the end', bytesOf([0x61, 0xe4]), false],
    ['GB18030 bytes that are not UTF-8 (E4 B8 alone)', bytesOf([0xe4, 0xb8]), true],
  ])('%s → %s', (_label, bytes, expected) => {
    expect(isPlainText(bytes)).toBe(expected);
  });
});
