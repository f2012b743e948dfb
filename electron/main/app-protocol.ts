/**
 * The renderer is served from app://desk/… (Electron security checklist
 * item 18) instead of file://: a page loaded from file:// could read any
 * file the clerk can, and every file:// page shares one origin. Owns the
 * scheme's registration (standard, secure, before `ready`) and its handler,
 * which answers only GET for files inside dist/renderer
 * (electron/services/renderer-files.ts) with the strict CSP and nosniff.
 */
import { protocol } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { RENDERER_SECURITY_HEADERS, resolveRendererFile } from '../services/renderer-files';
import { APP_HOST, APP_SCHEME } from './ipc/trust';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...RENDERER_SECURITY_HEADERS } });
}

/** After 'ready': serves app://desk/<path> from `rendererDir`. */
export async function serveAppScheme(rendererDir: string): Promise<void> {
  const root = await realpath(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    const file = await resolveRendererFile(root, url.pathname);
    if (!file) return notFound();
    const body = request.method === 'HEAD' ? null : await readFile(file.path);
    return new Response(body, { status: 200, headers: { 'Content-Type': file.contentType, 'Cache-Control': file.cacheControl, ...RENDERER_SECURITY_HEADERS } });
  });
}
