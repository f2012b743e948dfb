// Issue 12.2 — a printed document reaches nothing outside itself: the pure
// rules (which requests, which CSP), the time limit, and the web host's
// chromium engine against a local spy server that counts every request a
// hostile form tries to make (remote image, stylesheet, @import, font,
// frame, refresh) — none arrives, with or without the forms' own CSP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FORM_CSP_META } from '../../../../../shared/forms/csp';
import { A4_PORTRAIT } from '../../../../../shared/forms';
import { chromiumExecutable, createChromiumPdfEngine } from '../../../../../electron/services/print/chromium-engine';
import { withinDeadline } from '../../../../../electron/services/print/deadline';
import { createPrintService } from '../../../../../electron/services/print/print-service';
import { isAllowedPrintRequest, withPrintCsp } from '../../../../../electron/services/print/print-isolation';

describe('the rules', () => {
  it('only data: requests are allowed', () => {
    expect(isAllowedPrintRequest('data:text/html;charset=utf-8,%3Cp%3E')).toBe(true);
    expect(isAllowedPrintRequest('DATA:image/png;base64,AAAA')).toBe(true);
    for (const url of ['http://127.0.0.1/x.png', 'https://example.com/a.css', 'file:///C:/Windows/win.ini', 'file://server/share/x.png', 'blob:null/1', 'ftp://x/y', 'about:blank', ' data:x']) {
      expect(isAllowedPrintRequest(url), url).toBe(false);
    }
  });

  it('the CSP goes first into <head>, whatever the document looks like', () => {
    expect(withPrintCsp('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>')).toBe(`<!DOCTYPE html><html><head>${FORM_CSP_META}<title>x</title></head><body></body></html>`);
    expect(withPrintCsp('<html><HEAD lang="zh">x</HEAD></html>')).toBe(`<html><HEAD lang="zh">${FORM_CSP_META}x</HEAD></html>`);
    expect(withPrintCsp('<!doctype html><body><header>h</header></body>')).toBe(`<!doctype html><head>${FORM_CSP_META}</head><body><header>h</header></body>`);
    expect(withPrintCsp('<p>bare</p>')).toBe(`<head>${FORM_CSP_META}</head><p>bare</p>`);
  });
});

describe('the print time limit', () => {
  it('work that is still running at the limit is cancelled and fails with timedOut; finished work is not touched', async () => {
    vi.useFakeTimers();
    try {
      const cancel = vi.fn();
      const stuck = withinDeadline(new Promise<never>(() => undefined), 30_000, cancel);
      const outcome = stuck.then(
        () => 'resolved',
        (error: { code?: string; message: string }) => `${error.code}: ${error.message}`,
      );
      await vi.advanceTimersByTimeAsync(29_999);
      expect(cancel).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(await outcome).toBe('timedOut: the form was not rendered within 30 s; cancelled');
      expect(cancel).toHaveBeenCalledOnce();

      const quickCancel = vi.fn();
      expect(await withinDeadline(Promise.resolve('pdf'), 30_000, quickCancel)).toBe('pdf');
      await vi.advanceTimersByTimeAsync(60_000);
      expect(quickCancel).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

const hasChromium = chromiumExecutable() !== undefined;

describe.skipIf(!hasChromium)("the web host's chromium engine", () => {
  vi.setConfig({ testTimeout: 90_000 });
  const requests: string[] = [];
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': req.url?.endsWith('.css') ? 'text/css' : 'image/png' });
      res.end(req.url?.endsWith('.css') ? 'body { color: red }' : '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const hostile = () => `<!DOCTYPE html><html><head>
    <link rel="stylesheet" href="${origin}/link.css">
    <style>@import url("${origin}/import.css"); @font-face { font-family: x; src: url("${origin}/font.woff"); } body { background: url("${origin}/bg.png"); font-family: x; }</style>
    </head><body><p>客户投诉处理单</p>
    <img src="${origin}/img.png"><img srcset="${origin}/srcset.png 2x"><video poster="${origin}/poster.png"></video>
    <iframe src="${origin}/frame.png"></iframe><object data="${origin}/object.png"></object><embed src="${origin}/embed.png">
    <svg><image href="${origin}/svg.png" width="10" height="10"/></svg>
    <script>fetch("${origin}/script.png")</script>
    </body></html>`;

  it('a hostile form fetches nothing (the spy server sees no request), and still becomes a PDF', async () => {
    // The spy is reachable: a request from here is counted.
    await fetch(`${origin}/control.png`);
    expect(requests).toEqual(['/control.png']);
    requests.length = 0;

    const engine = createChromiumPdfEngine();
    try {
      const service = createPrintService({ engine });
      const viaService = await service.printRenderPdf({ html: hostile(), paper: A4_PORTRAIT });
      expect(Buffer.from(viaService.pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // A fresh engine alone, without the service's CSP (setContent keeps a document's CSP for the next one): its route still refuses everything.
      const bare = createChromiumPdfEngine();
      await bare.renderPdf(hostile(), A4_PORTRAIT).finally(() => bare.close());
      // A refresh to a remote page is refused too; the print then fails (chromium cannot print the error page) rather than fetch.
      const refresh = `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=${origin}/refresh.png"></head><body>x</body></html>`;
      await engine.renderPdf(refresh, A4_PORTRAIT).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, 500)); // a late load would have arrived by now
      expect(requests).toEqual([]);
    } finally {
      await engine.close();
    }
  });

  it('a render past the time limit is cancelled with timedOut, and the next form prints on the same engine', async () => {
    // 40,000 rows take minutes to lay out (a 2.5 MB table took 69 s); a small form takes well under the 10 s limit even on a busy PC.
    const engine = createChromiumPdfEngine({ timeoutMs: 10_000 });
    try {
      const rows = Array.from({ length: 40_000 }, (_, i) => `<tr><td>${i}</td><td>深圳市某某电子科技有限公司</td><td>不良现象描述 ${i}</td><td>${i * 3}</td></tr>`).join('');
      const huge = `<!DOCTYPE html><html><head></head><body><table>${rows}</table></body></html>`;
      await expect(engine.renderPdf(huge, A4_PORTRAIT)).rejects.toMatchObject({ code: 'timedOut' });
      const small = await engine.renderPdf('<!DOCTYPE html><html><head></head><body><p>下一张表单</p></body></html>', A4_PORTRAIT);
      expect(small.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await engine.close();
    }
  });
});
