/**
 * The Electron glue's way to the PC's log (issue 20.4): main() creates the
 * rotating log (electron/services/diagnostics/log-file.ts) once the profile
 * is known and hands it here; until then (and in tests) lines go to the
 * console. The services get the same logger passed in.
 */
import { consoleLogger, type Logger } from '../services/errors';

let current: Logger = consoleLogger;

export function setMainLog(logger: Logger): void {
  current = logger;
}

export const mainLog: Logger = {
  info: (message, ...details) => current.info(message, ...details),
  warn: (message, ...details) => current.warn(message, ...details),
  error: (message, ...details) => current.error(message, ...details),
};
