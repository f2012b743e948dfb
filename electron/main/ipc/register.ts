/**
 * Registers every channel of the contract (shared/ipc/contract.ts) with
 * ipcMain through handle(): nothing is registered any other way.
 */
import { CHANNEL_NAMES } from '../../services/dispatcher';
import type { Dispatch } from '../../services/dispatcher';
import { handle } from './handle';
import type { IpcMainLike, IsTrustedSender } from './handle';

export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: IsTrustedSender): void {
  for (const channelName of CHANNEL_NAMES) handle(ipcMain, channelName, dispatch, isTrustedSender);
}
