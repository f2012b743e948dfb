// For the benchmark pages (bundled into chromium): an error thrown in a page
// crosses page.evaluate as text only, so its name, message and stack go into it.
export function explained<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (error) {
      const e = error as Error;
      throw new Error(`${e.name}: ${e.message}\n${e.stack ?? ''}`, { cause: error });
    }
  };
}
