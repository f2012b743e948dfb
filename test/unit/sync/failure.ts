// The error a promise rejects with (its code, its message) — for tests that check what a refusal says.
export async function failure(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('it did not fail');
}
