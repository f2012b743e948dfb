/**
 * The ONE way a channel is registered with Electron's ipcMain: the sender is
 * checked first (one of our windows, showing our own renderer file), then the
 * call goes to the dispatcher, which validates and wraps everything. Takes an
 * ipcMain-like interface, not the real one, so it runs under plain Node tests.
 */
import type { Dispatch } from '../../services/dispatcher';
import { fail } from '../../../shared/ipc/result';
import type { IpcResult } from '../../../shared/ipc/result';
import { mainLog } from '../main-log';

/** The parts of Electron's IpcMainInvokeEvent the sender check looks at. */
export interface InvokeEventLike {
  sender: unknown;
  senderFrame: { url: string; parent?: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<IpcResult<unknown>>): void;
}

export type IsTrustedSender = (event: InvokeEventLike) => boolean;

export function handle(ipcMain: IpcMainLike, channelName: string, dispatch: Dispatch, isTrustedSender: IsTrustedSender): void {
  ipcMain.handle(channelName, async (event, ...args) => {
    let trusted: boolean;
    try {
      trusted = isTrustedSender(event);
    } catch {
      trusted = false;
    }
    if (!trusted) {
      mainLog.warn(`ipc ${channelName}: call from an untrusted sender (${event.senderFrame?.url ?? 'no frame'}) refused`);
      return fail('forbidden', `Calls to ${channelName} are only accepted from the application window`);
    }
    return dispatch(channelName, args[0]);
  });
}
