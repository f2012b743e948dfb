/**
 * A tiny Result type for the pure lifecycle functions: they never throw on
 * bad input, they return what is wrong as stable codes the UI translates.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function okResult<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function errResult<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
