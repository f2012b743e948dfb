/**
 * Errors a service or handler may throw to choose the IpcResult error code
 * the renderer sees (anything else thrown becomes `failed`), and the small
 * logger interface the services write to (console by default).
 * The message crosses to the renderer (the dispatcher cuts absolute paths in
 * it down to their base names); put the full detail in `cause`, which only
 * the log sees.
 */
import type { IpcError, IpcErrorCode } from '../../shared/ipc/result';

export class HandlerError extends Error {
  readonly code: IpcErrorCode;
  readonly issues: IpcError['issues'];
  constructor(code: IpcErrorCode, message: string, issues?: IpcError['issues'], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HandlerError';
    this.code = code;
    this.issues = issues;
  }
}

export interface Logger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export const consoleLogger: Logger = {
  info: (message, ...details) => console.info(message, ...details),
  warn: (message, ...details) => console.warn(message, ...details),
  error: (message, ...details) => console.error(message, ...details),
};

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
