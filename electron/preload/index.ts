/**
 * The preload: builds window.desktop (DesktopApi) from the contract — one
 * named function per channel, each an ipcRenderer.invoke that unwraps the
 * IpcResult — plus onMenuCommand(). ipcRenderer itself is never exposed.
 * Bundled to CommonJS because the preload of a sandboxed window can only
 * require('electron').
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { encodeBridgeError } from '../../shared/ipc/bridge-error';
import { IPC_METHODS, ipcContract, ipcEvents } from '../../shared/ipc/contract';
import type { DesktopApi, MenuCommand } from '../../shared/ipc/contract';
import type { UpdateStatus } from '../../shared/ipc/update-contract';
import { DesktopApiError } from '../../shared/ipc/result';
import type { IpcResult } from '../../shared/ipc/result';

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const result = value as { ok: unknown; error?: unknown };
  return result.ok === true || (result.ok === false && typeof result.error === 'object' && result.error !== null);
}

/** unwrap() for the bridge: the error's message carries the whole IpcError (see shared/ipc/bridge-error.ts). */
function unwrapForBridge(result: unknown): unknown {
  if (!isIpcResult(result)) {
    const error = { code: 'failed' as const, message: 'Malformed reply from the main process' };
    throw Object.assign(new DesktopApiError(error), { message: encodeBridgeError(error) });
  }
  if (result.ok) return result.value;
  throw Object.assign(new DesktopApiError(result.error), { message: encodeBridgeError(result.error) });
}

function call(channelName: string) {
  return async (args?: unknown) => unwrapForBridge(await ipcRenderer.invoke(channelName, args ?? {}));
}

type EventName = keyof typeof ipcEvents;
type EventPayload<E extends EventName> = ReturnType<(typeof ipcEvents)[E]['payload']['parse']>;

/** Subscribes to one main→renderer event; payloads that do not match the contract are dropped. */
function subscribe<E extends EventName>(event: E, what: string, listener: (payload: EventPayload<E>) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError(`${what} needs a function`);
  const { name, payload: schema } = ipcEvents[event];
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) listener(parsed.data as EventPayload<E>);
  };
  ipcRenderer.on(name, wrapped);
  return () => {
    ipcRenderer.removeListener(name, wrapped);
  };
}

const onMenuCommand = (listener: (command: MenuCommand) => void) => subscribe('menuCommand', 'onMenuCommand', listener);
const onUpdateStatus = (listener: (status: UpdateStatus) => void) => subscribe('updateStatus', 'onUpdateStatus', listener);

// The contract guarantees each channel's value type; the cast only ties the generic loop to DesktopApi.
const calls = Object.fromEntries(IPC_METHODS.map((method) => [method, call(ipcContract[method].name)])) as unknown as Omit<DesktopApi, 'onMenuCommand' | 'onUpdateStatus'>;
const api: DesktopApi = { ...calls, onMenuCommand, onUpdateStatus };

contextBridge.exposeInMainWorld('desktop', api);
