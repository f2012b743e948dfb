/**
 * The loopback web host: serves the built renderer and the same handler table
 * as Electron (electron/services) over HTTP, for development, end-to-end tests
 * and demos on Linux. Electron and the web host differ only in transport.
 *
 * Safety, since any local program and any web page in the user's browser can
 * reach 127.0.0.1:
 * - listens on 127.0.0.1 only;
 * - POST /rpc/<channel> needs the random per-run token in `x-desk-token`
 *   (a custom header: a cross-site page cannot send it without a CORS
 *   preflight, which we never answer), the Host header must be our own
 *   address (DNS rebinding), and a foreign Origin is refused;
 * - static files only from the renderer folder, no traversal, with the same
 *   CSP as Electron and nosniff.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createDispatcher } from '../services/dispatcher';
import type { Dispatch } from '../services/dispatcher';
import { consoleLogger } from '../services/errors';
import type { Logger } from '../services/errors';
import { createHandlers } from '../services/handlers';
import { createFileLogger, LOG_DIR } from '../services/diagnostics/log-file';
import { openWithSystemViewer } from '../services/files/system-opener';
import { createChromiumPdfEngine } from '../services/print/chromium-engine';
import { RENDERER_SECURITY_HEADERS, resolveRendererFile } from '../services/renderer-files';
import { openSettingsStore } from '../services/settings-store';
import type { SettingsStore } from '../services/settings-store';
import { ipcContract } from '../../shared/ipc/contract';
import { MAX_ATTACHMENT_BASE64_CHARS } from '../../shared/ipc/files-contract';
import { MAX_PRINT_BODY_BYTES } from '../../shared/ipc/print-contract';
import { fail } from '../../shared/ipc/result';
import type { IpcResult } from '../../shared/ipc/result';

export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Channels that carry file bytes get a larger body limit (the JSON around the base64 included):
 * attachments, and the print documents (an 8D report embeds its photos).
 */
export const LARGE_BODY_CHANNELS: ReadonlyMap<string, number> = new Map([
  [ipcContract.openAttachment.name, MAX_ATTACHMENT_BASE64_CHARS + 64 * 1024],
  [ipcContract.printRenderPdf.name, MAX_PRINT_BODY_BYTES],
  [ipcContract.printPrint.name, MAX_PRINT_BODY_BYTES],
  [ipcContract.printSavePdf.name, MAX_PRINT_BODY_BYTES],
]);
export const TOKEN_HEADER = 'x-desk-token';


export interface WebHostOptions {
  profilePath: string;
  rendererDir: string;
  /** Folder of the shared drive; when given, written to settings.sharePath at start. */
  sharePath?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  version?: string;
  logger?: Logger;
  /** For tests: where the PC's log files go (defaults to <profile>/logs). */
  logDir?: string;
  /** For tests: the system viewer (defaults to xdg-open / open / Explorer). */
  openPath?: (path: string) => Promise<string>;
}

export interface WebHost {
  readonly port: number;
  readonly token: string;
  /** http://127.0.0.1:PORT/#token=TOKEN — what the browser opens. */
  readonly url: string;
  readonly settingsStore: SettingsStore;
  close(): Promise<void>;
}

function securityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(RENDERER_SECURITY_HEADERS)) res.setHeader(name, value);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolvePromise(Buffer.concat(chunks));
      }
    });
    req.on('error', (error) => {
      if (!done) {
        done = true;
        reject(error);
      }
    });
  });
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function createWebHost(options: WebHostOptions): Promise<WebHost> {
  // The web host's one clock; every service line also goes to this PC's rotating log file.
  const now = () => Date.now();
  const logDir = options.logDir ?? join(options.profilePath, LOG_DIR);
  const logger = createFileLogger({ dir: logDir, now, console: options.logger ?? consoleLogger });
  const rendererDir = await realpath(resolve(options.rendererDir));
  const settingsStore = await openSettingsStore({ profilePath: options.profilePath, logger, now });
  if (options.sharePath !== undefined) await settingsStore.update({ sharePath: resolve(options.sharePath) });

  // Forms to PDF in chromium (launched on the first print, closed with the host).
  const pdfEngine = createChromiumPdfEngine();
  const dispatch: Dispatch = createDispatcher(
    createHandlers({
      profilePath: options.profilePath,
      host: 'web',
      version: options.version ?? '0.0.0',
      settingsStore,
      now,
      logger,
      logDir,
      print: { engine: pdfEngine },
      // The web host has no way to show a file in its folder: an attachment the viewer cannot open is reported instead.
      openPath: options.openPath ?? ((path) => openWithSystemViewer(path)),
    }),
    logger,
  );
  const token = randomBytes(24).toString('base64url');
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function serveRpc(req: IncomingMessage, res: ServerResponse, channelName: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendJson(res, 405, fail('badArguments', 'Use POST for /rpc/<channel>'));
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      sendJson(res, 403, fail('forbidden', 'Requests from other origins are refused'));
      return;
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      sendJson(res, 403, fail('forbidden', `Missing or wrong ${TOKEN_HEADER} header`));
      return;
    }
    let body: Buffer;
    const limit = LARGE_BODY_CHANNELS.get(channelName) ?? MAX_BODY_BYTES;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        sendJson(res, 413, fail('badArguments', `Request body larger than ${limit} bytes`));
        req.resume();
        return;
      }
      throw error;
    }
    let args: unknown = undefined;
    const text = body.toString('utf8').trim();
    if (text !== '') {
      try {
        args = JSON.parse(text);
      } catch (error) {
        sendJson(res, 400, fail('badArguments', `Request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`));
        return;
      }
    }
    const result: IpcResult<unknown> = await dispatch(channelName, args);
    sendJson(res, 200, result);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed');
      return;
    }
    const file = await resolveRendererFile(rendererDir, pathname);
    if (!file) {
      sendText(res, 404, 'Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.size, 'Cache-Control': file.cacheControl });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file.path)
      .on('error', (error) => {
        logger.error('webhost: read failed', error);
        res.destroy();
      })
      .pipe(res);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    const host = req.headers.host;
    if (host === undefined || !allowedHosts().has(host.toLowerCase())) {
      sendJson(res, 403, fail('forbidden', 'Unexpected Host header'));
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      sendText(res, 400, 'Bad request');
      return;
    }
    if (pathname.startsWith('/rpc/')) {
      let channelName: string;
      try {
        channelName = decodeURIComponent(pathname.slice('/rpc/'.length));
      } catch {
        sendJson(res, 400, fail('badArguments', 'Bad channel name'));
        return;
      }
      await serveRpc(req, res, channelName);
      return;
    }
    await serveStatic(req, res, pathname);
  }

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      logger.error('webhost: request failed', error);
      if (!res.headersSent) sendJson(res, 500, fail('failed', 'Internal error'));
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    settingsStore,
    close: async () => {
      await new Promise<void>((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
        server.closeAllConnections();
      });
      await pdfEngine.close();
    },
  };
}
