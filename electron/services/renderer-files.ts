/**
 * The renderer's own files (dist/renderer) as both hosts serve them: the web
 * host over loopback HTTP, Electron through its app:// protocol. Owns which
 * file a request path may name — only files inside the renderer folder,
 * links resolved first, no `..`, no NUL — their content types, and the
 * security headers every response carries.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Headers of every renderer file: the strict CSP, no sniffing, no referrer, not embeddable. */
export const RENDERER_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export interface RendererFile {
  path: string;
  size: number;
  contentType: string;
  cacheControl: string;
}

/**
 * The file a request path names inside `rendererDir` (its realpath), or
 * null when there is none or the path tries to leave the folder.
 * `pathname` is the URL's path, still percent-encoded.
 */
export async function resolveRendererFile(rendererDir: string, pathname: string): Promise<RendererFile | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' || pathname === '' ? '/index.html' : pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.split(/[\\/]/).includes('..')) return null;
  let path: string;
  try {
    path = await realpath(resolve(join(rendererDir, relative)));
  } catch {
    return null;
  }
  if (!path.startsWith(rendererDir + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  return {
    path,
    size: info.size,
    contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    cacheControl: extname(path) === '.html' ? 'no-store' : 'no-cache',
  };
}
