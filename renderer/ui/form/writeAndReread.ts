/**
 * One write of a page that shows loaded records (the case file, an 8D
 * report), the same on every such page: run the repository call, re-read
 * what the page shows, return the value — or, when it threw, what went wrong
 * (classifyWriteError), after reloading what the page shows: a failed write
 * changed nothing, but another PC or a repository rule may have moved the
 * records meanwhile. A failure nobody explains (`other`) is logged.
 */
import { classifyWriteError, type RefusalReasons, type WriteFailure, type WriteResult } from './writeOutcome';

interface Page<Missing> {
  /** Re-reads and shows the records after a write that went through (a failure here counts as the write's). */
  reread: () => Promise<void>;
  /** Shows the current records after a failed write (never throws). */
  reload: () => Promise<void>;
  refusalReasons: RefusalReasons<Missing>;
  /** Logged with an unexplained failure ('8D write failed'). */
  failedLog: string;
}

export async function writeAndReread<T, Missing>(run: () => Promise<T>, page: Page<Missing>): Promise<WriteResult<T, WriteFailure<Missing>>> {
  try {
    const value = await run();
    await page.reread();
    return { ok: true, value };
  } catch (error) {
    const failure = classifyWriteError(error, page.refusalReasons);
    if (failure.kind === 'other') console.error(page.failedLog, error);
    await page.reload();
    return { ok: false, failure };
  }
}
