/**
 * Sign-in lockout (issue 16.3): five wrong passwords within the window lock
 * the clerk for a while. Pure over the times of the failed attempts (ms,
 * from the session's clock). Failures are kept per PC, not replicated: one
 * PC can then never lock a clerk out office-wide, and no op is written for a
 * typo.
 */
export const MAX_FAILED_ATTEMPTS = 5;
/** Failures older than this do not count. */
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** How long a clerk stays locked after the fifth failure. */
export const LOCKOUT_MS = 15 * 60_000;

/** The failures that still count at `now` (within the window, oldest first). */
export function recentFailures(failures: readonly number[], now: number): number[] {
  return failures.filter((t) => t <= now && now - t < FAILURE_WINDOW_MS).sort((a, b) => a - b);
}

/**
 * Until when the clerk is locked at `now` (ms), or null. Locked when
 * MAX_FAILED_ATTEMPTS failures fall within one window: until the last of them
 * + LOCKOUT_MS.
 */
export function lockedUntil(failures: readonly number[], now: number): number | null {
  const sorted = failures.filter((t) => t <= now).sort((a, b) => a - b);
  for (let end = sorted.length - 1; end >= MAX_FAILED_ATTEMPTS - 1; end--) {
    const last = sorted[end]!;
    const first = sorted[end - MAX_FAILED_ATTEMPTS + 1]!;
    if (last - first < FAILURE_WINDOW_MS) return now < last + LOCKOUT_MS ? last + LOCKOUT_MS : null;
  }
  return null;
}

/** The failures worth keeping after one more at `now` (older ones can no longer lock). */
export function withFailure(failures: readonly number[], now: number): number[] {
  return [...failures.filter((t) => now - t < FAILURE_WINDOW_MS + LOCKOUT_MS), now].sort((a, b) => a - b).slice(-MAX_FAILED_ATTEMPTS * 2);
}
