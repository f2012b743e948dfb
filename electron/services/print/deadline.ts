/**
 * The time limit of one print or PDF render: work that has not finished
 * when the limit passes is cancelled by the engine's own means (the page or
 * window is closed, which frees the engine for the next form) and the caller
 * gets a `timedOut` error instead of waiting on a stuck engine.
 */
import { HandlerError } from '../errors';

export async function withinDeadline<T>(work: Promise<T>, limitMs: number, cancel: () => void | Promise<void>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      // First the answer, then the cancel: the cancelled work fails too, and must not win the race with its own error.
      reject(new HandlerError('timedOut', `the form was not rendered within ${Math.round(limitMs / 1000)} s; cancelled`));
      Promise.resolve()
        .then(cancel)
        .catch(() => undefined);
    }, limitMs);
  });
  // The cancelled work rejects as well (target closed): nobody waits for it any more.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
