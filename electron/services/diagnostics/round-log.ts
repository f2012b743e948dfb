/**
 * What the PC's log says about sync rounds and prints (issue 20.4): a round
 * that moved something or met a problem is one line; an idle round (every
 * few seconds) is not logged, so the log keeps weeks, not minutes. Counts and
 * file names only — never op values (they may hold customer data).
 */
import type { Logger } from '../errors';

interface ShareProblem {
  deviceId: string;
  file: string;
  reason: string;
}

function problems(errors: ShareProblem[]): string {
  return errors
    .slice(0, 5)
    .map((e) => `${e.deviceId.slice(0, 8)} ${e.file}: ${e.reason}`)
    .join('; ');
}

export function logSyncPush(logger: Logger, result: { published: string[]; from: number; to: number; errors: ShareProblem[] }): void {
  if (result.errors.length > 0) logger.warn(`sync push: ${result.published.length} ops published (seq ${result.from}–${result.to}), ${result.errors.length} problem(s): ${problems(result.errors)}`);
  else if (result.published.length > 0) logger.info(`sync push: ${result.published.length} ops published (seq ${result.from}–${result.to})`);
}

export function logSyncPull(logger: Logger, result: { ops: unknown[]; remaining: number; errors: ShareProblem[]; snapshot: string | null; readOnly: boolean; renewedFrom: string | null }): void {
  const parts = [`${result.ops.length} ops read`, `${result.remaining} remaining`];
  if (result.snapshot !== null) parts.push(`snapshot ${result.snapshot}`);
  if (result.readOnly) parts.push('read-only (app older than the share requires)');
  if (result.renewedFrom !== null) parts.push(`device id renewed (was ${result.renewedFrom})`);
  if (result.errors.length > 0) logger.warn(`sync pull: ${parts.join(', ')}, ${result.errors.length} problem(s): ${problems(result.errors)}`);
  else if (result.ops.length > 0 || result.snapshot !== null || result.renewedFrom !== null) logger.info(`sync pull: ${parts.join(', ')}`);
}

export function logPrint(logger: Logger, form: string, copies: number, result: { printed: boolean; printer: string; reason: string | null }): void {
  if (result.printed) logger.info(`print: ${form} × ${copies} to ${JSON.stringify(result.printer || '(default)')}`);
  else logger.warn(`print: ${form} not printed on ${JSON.stringify(result.printer || '(default)')}: ${result.reason ?? 'cancelled'}`);
}
