/**
 * Who may call IPC and where a window may navigate: only our own renderer,
 * i.e. app://desk/index.html (any #route or ?query of it, the app:// scheme
 * of app-protocol.ts), shown in the top frame of one of our windows. Pure
 * functions, no electron import.
 */
import type { InvokeEventLike, IsTrustedSender } from './handle';

/** The privileged scheme and host the renderer is served from (electron/main/app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const RENDERER_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function schemeHostPath(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password || parsed.port) return null;
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return null;
  }
}

/** True when `url` is our renderer's index.html (query and hash ignored). */
export function isOwnRendererUrl(url: string, rendererIndexUrl: string = RENDERER_INDEX_URL): boolean {
  const own = schemeHostPath(rendererIndexUrl);
  return own !== null && schemeHostPath(url) === own;
}

export function createSenderCheck(options: { rendererIndexUrl?: string; isOurWebContents: (sender: unknown) => boolean }): IsTrustedSender {
  return (event: InvokeEventLike) => {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (frame.parent !== null && frame.parent !== undefined) return false;
    return options.isOurWebContents(event.sender) && isOwnRendererUrl(frame.url, options.rendererIndexUrl);
  };
}
