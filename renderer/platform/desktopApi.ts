/**
 * The one way the renderer reaches its host: the Electron preload's
 * `window.desktop` when present, otherwise the HTTP client of the web host.
 */
import type { DesktopApi } from '../../shared/ipc/contract';
import { wrapPreloadApi } from './electronClient';
import { webHostToken } from './token';
import { createWebClient } from './webClient';

let api: DesktopApi | null = null;

export function getDesktopApi(): DesktopApi {
  api ??= window.desktop ? wrapPreloadApi(window.desktop) : createWebClient(webHostToken);
  return api;
}
