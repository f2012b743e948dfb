/**
 * What crosses the process (or HTTP) boundary for every call:
 * `{ok:true,value}` or `{ok:false,error}`. Errors carry a stable code for
 * the renderer to translate and a message for the log.
 */

export const IPC_ERROR_CODES = ['badArguments', 'forbidden', 'notFound', 'unknownChannel', 'failed', 'unavailable', 'timedOut'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** For badArguments: the paths of the arguments that were wrong. */
  issues?: { path: string; message: string }[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: IpcErrorCode, message: string, issues?: IpcError['issues']): IpcResult<never> {
  return issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}

/** Thrown on the renderer side when a call comes back with ok:false. */
export class DesktopApiError extends Error {
  readonly code: IpcErrorCode;
  readonly issues: IpcError['issues'];
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'DesktopApiError';
    this.code = error.code;
    this.issues = error.issues;
  }
}

export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new DesktopApiError(result.error);
}
