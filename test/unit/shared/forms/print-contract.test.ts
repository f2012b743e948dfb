import { describe, expect, it } from 'vitest';
import { MAX_PRINT_HTML_BYTES, printRenderPdfArgs, printSavePdfArgs } from '../../../../shared/ipc/print-contract';
import { utf8Length } from '../../../../shared/utf8';
import { renderForm } from '../../../../shared/forms';
import { A4, CTX, DATA } from './fixtures';

describe('print channel arguments', () => {
  it('accepts a rendered form and rejects other text, unknown keys and oversize documents', () => {
    const html = renderForm('complaint', DATA.complaint, CTX, A4).html;
    expect(printRenderPdfArgs.safeParse({ html, paper: A4 }).success).toBe(true);
    expect(printRenderPdfArgs.safeParse({ html: '<script>alert(1)</script>', paper: A4 }).success).toBe(false);
    expect(printRenderPdfArgs.safeParse({ html, paper: A4, extra: 1 }).success).toBe(false);
    expect(printRenderPdfArgs.safeParse({ html, paper: { kind: 'custom', orientation: 'portrait', widthMm: 5000 } }).success).toBe(false);
    const big = `<!DOCTYPE html>${'客'.repeat(Math.ceil(MAX_PRINT_HTML_BYTES / 3))}`;
    expect(big.length).toBeLessThan(MAX_PRINT_HTML_BYTES);
    expect(printRenderPdfArgs.safeParse({ html: big, paper: A4 }).success).toBe(false);
  });
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('客诉')).toBe(6);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('😀')).toBe(4);
  });
  it('only takes PDF file names without path characters', () => {
    const html = '<!DOCTYPE html>';
    expect(printSavePdfArgs.safeParse({ html, paper: A4, fileName: '客户投诉处理单-2611-B-007.pdf' }).success).toBe(true);
    expect(printSavePdfArgs.safeParse({ html, paper: A4, fileName: '../x.pdf' }).success).toBe(false);
    expect(printSavePdfArgs.safeParse({ html, paper: A4, fileName: 'x.exe' }).success).toBe(false);
  });
});
