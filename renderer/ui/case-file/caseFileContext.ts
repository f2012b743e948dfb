/**
 * The open case's CaseFile (everything the lifecycle sections show), shared
 * by the sections of one case page, and the one way they write: `write()`
 * runs a repository call, reloads the file, and returns either the result or
 * what went wrong (field errors at the field, missing reasons, locked case …)
 * — a failed write changed nothing. The file is re-read whenever a write or
 * a merge from the share changes the case or any record of it (change feed);
 * the ledger follows the same feed.
 */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { TransitionRefusedError, type CaseFile, type Repositories } from '../../db';
import type { MissingReason } from '../../../shared/domain/lifecycle/states';
import { useRecordChanges } from '../useRecordChanges';
import { useRepositories } from '../../state/session';
import { writeAndReread } from '../form/writeAndReread';
import type { RefusalReasons, WriteFailure, WriteResult } from '../form/writeOutcome';

/** What a write on the case page can fail with: refusals are the state machine's. */
export type CaseWriteFailure = WriteFailure<MissingReason>;

const transitionRefusal: RefusalReasons<MissingReason> = (error) => (error instanceof TransitionRefusedError ? error.missing : null);

export interface CaseFileApi {
  file: CaseFile;
  repositories: Repositories;
  reload: () => Promise<void>;
  write: <T>(action: (repositories: Repositories) => Promise<T>) => Promise<WriteResult<T, CaseWriteFailure>>;
}

export const CaseFileContext = createContext<CaseFileLoad | null>(null);

/** Only below <LifecycleGate>, which renders its children once the file is loaded. */
export function useCaseFileApi(): CaseFileApi {
  const load = useContext(CaseFileContext);
  if (load?.status !== 'ready') throw new Error('useCaseFileApi outside a loaded CaseFileContext');
  return load.api;
}

export function useCaseFileLoad(): CaseFileLoad | null {
  return useContext(CaseFileContext);
}

export type CaseFileLoad = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; api: CaseFileApi };

export function useCaseFile(caseId: string): CaseFileLoad {
  const repositories = useRepositories();
  const [state, setState] = useState<{ file: CaseFile | null; error: unknown }>({ file: null, error: null });

  const reload = useCallback(async () => {
    try {
      const file = await repositories.lifecycle.getCaseFile(caseId);
      setState({ file, error: null });
    } catch (error) {
      setState({ file: null, error });
    }
  }, [caseId, repositories]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useRecordChanges([caseId], () => void reload());

  const write = useCallback(
    <T,>(action: (r: Repositories) => Promise<T>): Promise<WriteResult<T, CaseWriteFailure>> =>
      writeAndReread(() => action(repositories), {
        reread: async () => setState({ file: await repositories.lifecycle.getCaseFile(caseId), error: null }),
        reload,
        refusalReasons: transitionRefusal,
        failedLog: 'Lifecycle write failed',
      }),
    [caseId, repositories, reload],
  );

  if (state.error) return { status: 'error', error: state.error };
  if (!state.file) return { status: 'loading' };
  return { status: 'ready', api: { file: state.file, repositories, reload, write } };
}
