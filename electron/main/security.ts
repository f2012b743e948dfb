/**
 * Security handlers for everything that shows web content: no new windows
 * (https links go to the system browser), no navigation away from our own
 * renderer file, no <webview>, no permissions except notifications (and the
 * sanitized clipboard write behind "copy number" buttons), and a strict CSP
 * header on every response of the default session.
 */
import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../services/csp';
import { isOwnRendererUrl } from './ipc/trust';
import { mainLog } from './main-log';

const ALLOWED_PERMISSIONS = new Set(['notifications', 'clipboard-sanitized-write']);

function openIfHttps(url: string): void {
  try {
    if (new URL(url).protocol === 'https:') {
      shell.openExternal(url).catch((error: unknown) => mainLog.error('security: could not open link', error));
      return;
    }
  } catch {
    // not a URL: fall through
  }
  mainLog.warn(`security: blocked opening ${url.slice(0, 200)}`);
}

export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

/** Called for every WebContents the app creates (app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents, rendererIndexUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfHttps(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isOwnRendererUrl(url, rendererIndexUrl)) {
      event.preventDefault();
      openIfHttps(url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnRendererUrl(url, rendererIndexUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
