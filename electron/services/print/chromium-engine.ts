/**
 * PdfEngine on playwright-core's chromium (Debian's /usr/bin/chromium or
 * CHROMIUM_PATH): launched once on first use and reused; every render gets a
 * fresh page in a context with scripts off and no network, and closes it.
 * close() ends the browser (web host shutdown, test teardown).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { paperSize } from '../../../shared/forms/paper';
import type { PdfEngine } from './pdf-engine';

export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
}

export function createChromiumPdfEngine(options: { executablePath?: string } = {}): PdfEngine {
  let launching: Promise<{ browser: Browser; context: BrowserContext }> | null = null;

  async function launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    const executablePath = options.executablePath ?? chromiumExecutable();
    const browser = await chromium.launch({ headless: true, ...(executablePath ? { executablePath } : {}), args: ['--disable-gpu', '--no-first-run'] });
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    // Nothing leaves the page: forms are self-contained (data: images, inline CSS).
    await context.route(/^(?!data:|about:)/, (route) => route.abort());
    browser.on('disconnected', () => {
      launching = null;
    });
    return { browser, context };
  }

  return {
    async renderPdf(html, paper) {
      launching ??= launch();
      let session: { browser: Browser; context: BrowserContext };
      try {
        session = await launching;
      } catch (error) {
        launching = null;
        throw error;
      }
      const page = await session.context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const { widthMm, heightMm } = paperSize(paper);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, width: `${widthMm}mm`, height: `${heightMm}mm` });
        return Buffer.from(pdf);
      } finally {
        await page.close();
      }
    },
    async close() {
      const current = launching;
      launching = null;
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
