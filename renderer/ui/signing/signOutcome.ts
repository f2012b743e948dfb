/** What a signed write's result tells the signing dialog (SignDialog onSign): null once signed, the field errors, or a message. Pure. */
import type { Repositories } from '../../db';
import type { FailureView } from '../form/useRepositoryForm';
import type { WriteFailure, WriteResult } from '../form/writeOutcome';
import type { SignOutcome } from './SignDialog';

export function signOutcomeOf<T, M>(result: WriteResult<T, WriteFailure<M>>, explain: (failure: WriteFailure<M>) => FailureView): SignOutcome {
  if (result.ok) return null;
  if (result.failure.kind === 'fields') return { fieldErrors: result.failure.fieldErrors };
  return { message: explain(result.failure).message ?? '' };
}

/** A page's signed write (SignDialog's onSign) from its `write` and its reading of failures. */
export function signedWriteOf<M>(
  write: <T>(action: (repositories: Repositories) => Promise<T>) => Promise<WriteResult<T, WriteFailure<M>>>,
  explain: (failure: WriteFailure<M>) => FailureView,
): (action: (repositories: Repositories) => Promise<unknown>) => Promise<SignOutcome> {
  return async (action) => signOutcomeOf(await write(action), explain);
}
