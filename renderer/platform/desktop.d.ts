/**
 * The API the Electron preload exposes through contextBridge. Absent when the
 * renderer runs in a plain browser against the loopback web host.
 */
import type { DesktopApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    desktop?: DesktopApi;
  }
}

export {};
