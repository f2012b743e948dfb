/**
 * The DesktopApi over HTTP, for the renderer served by the loopback web host
 * (dev, tests, Linux demo). Every contract method POSTs its arguments as JSON
 * to `rpc/<channel>` (relative, so it works under any base path) with the
 * run token, and unwraps the `IpcResult` the host sends back.
 */
import { ipcContract, IPC_METHODS, type DesktopApi, type IpcMethod } from '../../shared/ipc/contract';
import { DesktopApiError, unwrap, type IpcResult } from '../../shared/ipc/result';

type AnyCall = (args?: unknown) => Promise<unknown>;

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

async function post(channel: string, args: unknown, token: string | null): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`rpc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { 'x-desk-token': token } : {}) },
      body: JSON.stringify(args ?? {}),
      cache: 'no-store',
    });
  } catch (error) {
    throw new DesktopApiError({
      code: 'unavailable',
      message: `The desk service cannot be reached (${channel}): ${error instanceof Error ? error.message : String(error)}. Is the web host still running?`,
    });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DesktopApiError({
      code: response.status === 401 || response.status === 403 ? 'forbidden' : 'unavailable',
      message: `The desk service answered ${channel} with HTTP ${response.status} and no result.`,
    });
  }
  if (!isIpcResult(body)) {
    throw new DesktopApiError({ code: 'failed', message: `The desk service answered ${channel} with an unexpected body (HTTP ${response.status}).` });
  }
  return unwrap(body);
}

function makeCall(method: IpcMethod, token: () => string | null): AnyCall {
  const channel = ipcContract[method];
  return async (args) => {
    const value = await post(channel.name, args, token());
    const parsed = channel.result.safeParse(value);
    if (!parsed.success) {
      throw new DesktopApiError({ code: 'failed', message: `The desk service sent a malformed result for ${channel.name}.` });
    }
    return parsed.data;
  };
}

export function createWebClient(token: () => string | null): DesktopApi {
  const calls: Record<string, AnyCall> = {};
  for (const method of IPC_METHODS) calls[method] = makeCall(method, token);
  // The loop above builds exactly one call per contract method, with the
  // contract's argument and result types; TypeScript cannot follow the loop.
  return {
    ...(calls as unknown as Omit<DesktopApi, 'onMenuCommand' | 'onUpdateStatus'>),
    onMenuCommand: () => () => undefined,
    // The web host does not update itself (update:status says 'unsupported').
    onUpdateStatus: () => () => undefined,
  };
}
