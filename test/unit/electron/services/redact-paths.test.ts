import { describe, expect, it } from 'vitest';
import { redactPaths } from '../../../../electron/services/redact-paths';

describe('redactPaths', () => {
  it.each([
    // Windows drive paths, folders with spaces and Chinese names
    ['could not save C:\\Users\\John Smith\\Documents\\8D report.docx: EPERM', 'could not save 8D report.docx: EPERM'],
    ['the journal in C:\\Users\\张三\\AppData\\Roaming\\客诉退货台\\journal cannot be opened', 'the journal in journal cannot be opened'],
    ['open D:/desk/profile/settings.json failed', 'open settings.json failed'],
    ['see \\\\?\\C:\\very\\long\\path\\file.txt now', 'see file.txt now'],
    ['root C:\\ only', 'root … only'],
    // UNC paths, both slash styles
    ['wrongShare: \\\\fileserver\\品质部\\客诉共享 holds another share', 'wrongShare: 客诉共享 holds another share'],
    ['segment \\\\srv\\q\\qsync\\log\\dev-1\\202611\\000001-000010.seg is damaged', 'segment 000001-000010.seg is damaged'],
    ['shareUnavailable: //nas/quality/desk cannot be read (offline?)', 'shareUnavailable: desk cannot be read (offline?)'],
    // POSIX paths, as Node reports them
    ["ENOENT: no such file or directory, open '/home/wang/.config/ComplaintReturnDesk/settings.json'", "ENOENT: no such file or directory, open 'settings.json'"],
    ['copy /a/b to /c/d', 'copy b to d'],
    ['EACCES (/tmp/desk-profile-x/journal/)', 'EACCES (journal)'],
    // file:// URLs, percent-decoded
    ['the viewer failed on file:///C:/Users/x/attachment-cache/ab12/%E8%B4%A8%E9%87%8F.pdf', 'the viewer failed on 质量.pdf'],
    ['at file:///home/u/app/dist/main.js?x=1', 'at main.js'],
  ])('%j → %j', (message, expected) => {
    expect(redactPaths(message)).toBe(expected);
  });

  it.each([
    'D1/D2 done, 3/5 ops, and/or https://example.com/a/b on 2026/11/23',
    'Unknown channel: sync:push',
    'Bad arguments for files:open-attachment: fileName: Too small',
    'segment 000001-000010.seg is damaged',
    'a / b',
  ])('leaves %j alone', (message) => {
    expect(redactPaths(message)).toBe(message);
  });
});
