/**
 * PdfEngine on playwright-core's chromium (Debian's /usr/bin/chromium or
 * CHROMIUM_PATH): launched once on first use and reused, with one page in a
 * context with scripts off and no network (every request but data: is
 * aborted). Renders take turns on that page, each within the print time
 * limit (deadline.ts: a render past it closes the page and fails)
 * (setContent replaces the whole document; a new page per render costs
 * 50–150 ms more). close() ends the browser (web host shutdown, test teardown).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { paperSize } from '../../../shared/domain/paper';
import { PRINT_TIMEOUT_MS } from '../../../shared/ipc/print-contract';
import { withinDeadline } from './deadline';
import type { PdfEngine } from './pdf-engine';

export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
}

export function createChromiumPdfEngine(options: { executablePath?: string; timeoutMs?: number } = {}): PdfEngine {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  let launching: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  let page: Page | null = null;
  /** Renders run one after the other on the shared page. */
  let queue: Promise<unknown> = Promise.resolve();

  async function launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    const executablePath = options.executablePath ?? chromiumExecutable();
    const browser = await chromium.launch({ headless: true, ...(executablePath ? { executablePath } : {}), args: ['--disable-gpu', '--no-first-run'] });
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    // Nothing leaves the page: forms are self-contained (data: images, inline CSS).
    await context.route(/^(?!data:|about:)/, (route) => route.abort());
    browser.on('disconnected', () => {
      launching = null;
      page = null;
    });
    return { browser, context };
  }

  return {
    renderPdf(html, paper) {
      const run = async (): Promise<Buffer> => {
        launching ??= launch();
        let session: { browser: Browser; context: BrowserContext };
        try {
          session = await launching;
        } catch (error) {
          launching = null;
          throw error;
        }
        if (!page || page.isClosed()) page = await session.context.newPage();
        const current = page;
        const { widthMm, heightMm } = paperSize(paper);
        const render = async () => {
          await current.setContent(html, { waitUntil: 'load' });
          return current.pdf({ preferCSSPageSize: true, printBackground: true, width: `${widthMm}mm`, height: `${heightMm}mm` });
        };
        try {
          return Buffer.from(await withinDeadline(render(), timeoutMs, () => current.close()));
        } catch (error) {
          // A page in an unknown state is not reused.
          page = null;
          await current.close().catch(() => undefined);
          throw error;
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const current = launching;
      launching = null;
      page = null;
      if (!current) return;
      try {
        const { browser } = await current;
        await browser.close();
      } catch {
        // never launched or already gone
      }
    },
  };
}
