/**
 * Wraps the preload's `window.desktop`: contextBridge keeps only the message
 * of an error, so the preload encodes the IpcError into it and we turn it
 * back into a DesktopApiError with its code here.
 */
import { IPC_METHODS, type DesktopApi } from '../../shared/ipc/contract';
import { toDesktopApiError } from '../../shared/ipc/bridge-error';

type AnyCall = (args?: unknown) => Promise<unknown>;

export function wrapPreloadApi(bridge: DesktopApi): DesktopApi {
  const raw = bridge as unknown as Record<string, AnyCall>;
  const calls: Record<string, AnyCall> = {};
  for (const method of IPC_METHODS) {
    calls[method] = async (args) => {
      try {
        return await raw[method]!(args);
      } catch (error) {
        throw toDesktopApiError(error);
      }
    };
  }
  // One wrapper per contract method, same signature as the bridge's.
  return {
    ...(calls as unknown as Omit<DesktopApi, 'onMenuCommand' | 'onUpdateStatus'>),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onUpdateStatus: (listener) => bridge.onUpdateStatus(listener),
  };
}
