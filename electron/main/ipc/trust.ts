/**
 * Who may call IPC and where a window may navigate: only our own renderer,
 * i.e. the file URL of dist/renderer/index.html (any #route of it), shown in
 * the top frame of one of our windows. Pure functions, no electron import.
 */
import { fileURLToPath } from 'node:url';
import type { InvokeEventLike, IsTrustedSender } from './handle';

function normalisedFilePath(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return null;
    const path = fileURLToPath(new URL(`file://${parsed.pathname}`));
    return process.platform === 'win32' ? path.toLowerCase() : path;
  } catch {
    return null;
  }
}

/** True when `url` is our renderer's index.html (query and hash ignored). */
export function isOwnRendererUrl(url: string, rendererIndexUrl: string): boolean {
  const own = normalisedFilePath(rendererIndexUrl);
  return own !== null && normalisedFilePath(url) === own;
}

export function createSenderCheck(options: { rendererIndexUrl: string; isOurWebContents: (sender: unknown) => boolean }): IsTrustedSender {
  return (event: InvokeEventLike) => {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (frame.parent !== null && frame.parent !== undefined) return false;
    return options.isOurWebContents(event.sender) && isOwnRendererUrl(frame.url, options.rendererIndexUrl);
  };
}
