/**
 * Owns <profile>/logs/: this PC's rotating diagnostics log (issue 20.4).
 * One logger for the main-side services (electron/services/errors.ts
 * Logger): every line goes to the console as before and, redacted
 * (redact-log.ts), to desk.log. When desk.log would pass maxBytes it becomes
 * desk.1.log, desk.1.log becomes desk.2.log …, and the oldest beyond
 * `files` is removed, so the folder never holds more than files × maxBytes.
 * Lines are appended synchronously: a line written before a crash is on
 * disk, and lines from two services never interleave. A log that cannot be
 * written never stops the app: the console still gets the line.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../errors';
import { redactLogText } from './redact-log';

export const LOG_DIR = 'logs';
export const LOG_FILE = 'desk.log';
export const DEFAULT_LOG_MAX_BYTES = 1024 * 1024;
export const DEFAULT_LOG_FILES = 5;
/** One line never takes more than this (a huge error detail is cut). */
const MAX_LINE_CHARS = 8 * 1024;

export interface FileLoggerOptions {
  /** The logs folder (<profile>/logs). */
  dir: string;
  /** The one clock of the process. */
  now: () => number;
  /** Where every line also goes, unredacted (the console by default; silentLogger in tests). */
  console: Logger;
  maxBytes?: number;
  /** How many files are kept in all, desk.log included. */
  files?: number;
}

export interface FileLogger extends Logger {
  readonly dir: string;
}

/** desk.log, desk.1.log, … desk.<files-1>.log: newest first. */
export function logFileNames(files: number = DEFAULT_LOG_FILES): string[] {
  return Array.from({ length: files }, (_, n) => (n === 0 ? LOG_FILE : `desk.${n}.log`));
}

function describe(detail: unknown): string {
  if (detail instanceof Error) {
    const cause = detail.cause === undefined ? '' : ` [cause: ${describe(detail.cause)}]`;
    return `${detail.stack ?? `${detail.name}: ${detail.message}`}${cause}`;
  }
  if (typeof detail === 'string') return detail;
  try {
    return JSON.stringify(detail) ?? String(detail);
  } catch {
    return String(detail);
  }
}

export function formatLogLine(time: number, level: 'info' | 'warn' | 'error', message: string, details: unknown[]): string {
  const text = [message, ...details.map(describe)].join(' ').replace(/\r?\n/g, '\n    ');
  const line = redactLogText(text);
  const cut = line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}… (cut)` : line;
  return `${new Date(time).toISOString()} ${level.toUpperCase().padEnd(5)} ${cut}\n`;
}

export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const maxBytes = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
  const names = logFileNames(options.files ?? DEFAULT_LOG_FILES);
  const path = (n: number) => join(options.dir, names[n]!);
  let size: number | null = null;
  let broken = false;

  function currentSize(): number {
    if (size === null) {
      mkdirSync(options.dir, { recursive: true });
      try {
        size = statSync(path(0)).size;
      } catch {
        size = 0;
      }
    }
    return size;
  }

  function rotate(): void {
    rmSync(path(names.length - 1), { force: true });
    for (let n = names.length - 2; n >= 0; n--) {
      try {
        renameSync(path(n), path(n + 1));
      } catch {
        // that file does not exist yet
      }
    }
    size = 0;
  }

  function write(level: 'info' | 'warn' | 'error', message: string, details: unknown[]): void {
    options.console[level](message, ...details);
    try {
      const line = formatLogLine(options.now(), level, message, details);
      const bytes = Buffer.byteLength(line);
      if (currentSize() > 0 && currentSize() + bytes > maxBytes) rotate();
      appendFileSync(path(0), line);
      size = currentSize() + bytes;
      broken = false;
    } catch (error) {
      size = null;
      if (!broken) options.console.error(`log: could not write to ${options.dir}`, error);
      broken = true;
    }
  }

  return {
    dir: options.dir,
    info: (message, ...details) => write('info', message, details),
    warn: (message, ...details) => write('warn', message, details),
    error: (message, ...details) => write('error', message, details),
  };
}
