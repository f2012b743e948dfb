/**
 * Electron's contextBridge copies only the message of an error thrown in the
 * preload: the code and issues of a DesktopApiError would be lost on the way
 * to the renderer. The preload therefore puts the whole IpcError, as JSON,
 * into the message; renderer/platform calls decodeBridgeError() on a caught
 * error and rethrows a real DesktopApiError.
 */
import { DesktopApiError, IPC_ERROR_CODES } from './result';
import type { IpcError, IpcErrorCode } from './result';

const MARKER = 'desk-ipc-error:';

export function encodeBridgeError(error: IpcError): string {
  return `${MARKER}${JSON.stringify(error)}`;
}

function isCode(value: unknown): value is IpcErrorCode {
  return typeof value === 'string' && (IPC_ERROR_CODES as readonly string[]).includes(value);
}

/** The IpcError inside an error (or message) that crossed the bridge, or null. */
export function decodeBridgeError(errorOrMessage: unknown): IpcError | null {
  const message =
    typeof errorOrMessage === 'string'
      ? errorOrMessage
      : typeof errorOrMessage === 'object' && errorOrMessage !== null && 'message' in errorOrMessage
        ? String((errorOrMessage).message)
        : '';
  const at = message.indexOf(MARKER);
  if (at < 0) return null;
  try {
    const parsed: unknown = JSON.parse(message.slice(at + MARKER.length));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { code, message: text, issues } = parsed as { code?: unknown; message?: unknown; issues?: unknown };
    if (!isCode(code) || typeof text !== 'string') return null;
    const cleanIssues = Array.isArray(issues)
      ? issues
          .filter((i): i is { path: string; message: string } => typeof i === 'object' && i !== null && typeof (i as { path?: unknown }).path === 'string' && typeof (i as { message?: unknown }).message === 'string')
          .map((i) => ({ path: i.path, message: i.message }))
      : undefined;
    return cleanIssues ? { code, message: text, issues: cleanIssues } : { code, message: text };
  } catch {
    return null;
  }
}

/** Rethrows what a bridged call threw as a DesktopApiError when it carries one; other errors unchanged. */
export function toDesktopApiError(error: unknown): unknown {
  if (error instanceof DesktopApiError) return error;
  const decoded = decodeBridgeError(error);
  return decoded ? new DesktopApiError(decoded) : error;
}
