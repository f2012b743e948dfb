/**
 * The open case's CaseFile (everything the lifecycle sections show), shared
 * by the sections of one case page, and the one way they write: `write()`
 * runs a repository call, reloads the file, refreshes the ledger row, and
 * returns either the result or what went wrong (field errors at the field,
 * missing reasons, locked case …) — a failed write changed nothing.
 */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { projectCase } from '../../../shared/domain/lifecycle/projection';
import { toLedgerRow, type CaseFile, type Repositories } from '../../db';
import { ledgerStore } from '../../state/ledger-store';
import { usePendingOps } from '../common/pendingOps';
import { useRepositories } from '../common/session';
import { classifyWriteError, type WriteFailure } from './writeOutcome';

export type WriteResult<T> = { ok: true; value: T } | { ok: false; failure: WriteFailure };

export interface CaseFileApi {
  file: CaseFile;
  repositories: Repositories;
  reload: () => Promise<void>;
  write: <T>(action: (repositories: Repositories) => Promise<T>) => Promise<WriteResult<T>>;
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

/** The ledger row of the case as the repository projects it (same pure function). */
function refreshLedger(file: CaseFile, repositories: Repositories): void {
  ledgerStore.getState().upsert(toLedgerRow({ ...file.case, projection: projectCase(file.view, file.deadlines) }));
  void usePendingOps.getState().refresh(repositories);
}

export function useCaseFile(caseId: string, version: string): CaseFileLoad {
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
  }, [reload, version]);

  const write = useCallback(
    async <T,>(action: (r: Repositories) => Promise<T>): Promise<WriteResult<T>> => {
      try {
        const value = await action(repositories);
        const file = await repositories.lifecycle.getCaseFile(caseId);
        setState({ file, error: null });
        refreshLedger(file, repositories);
        return { ok: true, value };
      } catch (error) {
        const failure = classifyWriteError(error);
        if (failure.kind === 'other') console.error('Lifecycle write failed', error);
        // Another PC (or a repository-side rule) may have moved the case: show the current file.
        await reload();
        return { ok: false, failure };
      }
    },
    [caseId, repositories, reload],
  );

  if (state.error) return { status: 'error', error: state.error };
  if (!state.file) return { status: 'loading' };
  return { status: 'ready', api: { file: state.file, repositories, reload, write } };
}
