/**
 * The open 8D report (EightDFile + its case), shared by the sections of the
 * 8D page, and the one way they write: `write()` runs a repository call,
 * reloads the report, and returns the result or what went wrong — a failed
 * write changed nothing, and the page shows the current report (another PC
 * may have changed it). The report is re-read whenever a write or a merge
 * changes it, any record of it or its case (change feed); the case's ledger
 * row (the 8D's deadlines feed its next due date) follows the same feed.
 */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ComplaintCase } from '../../../shared/domain/case';
import type { Repositories } from '../../db';
import { EightDRefusedError, type EightDFile, type EightDMissing } from '../../db/eightd-types';
import { useRecordChanges } from '../../ui/useRecordChanges';
import { useRepositories } from '../../state/session';
import { writeAndReread } from '../../ui/form/writeAndReread';
import type { RefusalReasons, WriteFailure, WriteResult } from '../../ui/form/writeOutcome';

/** What a write on the 8D page can fail with: refusals are an approval's or a closure's. */
export type EightDWriteFailure = WriteFailure<EightDMissing>;

const eightDRefusal: RefusalReasons<EightDMissing> = (error) => (error instanceof EightDRefusedError ? error.missing : null);

export interface EightDApi {
  file: EightDFile;
  caseRecord: ComplaintCase;
  repositories: Repositories;
  reload: () => Promise<void>;
  write: <T>(action: (repositories: Repositories) => Promise<T>) => Promise<WriteResult<T, EightDWriteFailure>>;
}

export type EightDLoad = { status: 'loading' } | { status: 'missing' } | { status: 'error'; error: unknown } | { status: 'ready'; api: EightDApi };

export const EightDContext = createContext<EightDApi | null>(null);

/** Only below the page's ready state. */
export function useEightD(): EightDApi {
  const api = useContext(EightDContext);
  if (!api) throw new Error('useEightD outside a loaded EightDContext');
  return api;
}

type Loaded = { file: EightDFile; caseRecord: ComplaintCase } | 'missing' | null;

export function useEightDFile(reportId: string): EightDLoad {
  const repositories = useRepositories();
  const [state, setState] = useState<{ loaded: Loaded; error: unknown }>({ loaded: null, error: null });

  const read = useCallback(async (): Promise<Loaded> => {
    const file = await repositories.eightD.get(reportId);
    if (!file) return 'missing';
    const caseRecord = await repositories.cases.get(file.bundle.report.caseId);
    return caseRecord ? { file, caseRecord } : 'missing';
  }, [reportId, repositories]);

  const reload = useCallback(async () => {
    try {
      setState({ loaded: await read(), error: null });
    } catch (error) {
      setState({ loaded: null, error });
    }
  }, [read]);

  useEffect(() => {
    void reload();
  }, [reload]);
  const caseId = state.loaded && state.loaded !== 'missing' ? state.loaded.caseRecord.id : '';
  useRecordChanges([reportId, caseId], () => void reload());

  const write = useCallback(
    <T,>(action: (r: Repositories) => Promise<T>): Promise<WriteResult<T, EightDWriteFailure>> =>
      writeAndReread(() => action(repositories), {
        reread: async () => setState({ loaded: await read(), error: null }),
        reload,
        refusalReasons: eightDRefusal,
        failedLog: '8D write failed',
      }),
    [read, reload, repositories],
  );

  if (state.error) return { status: 'error', error: state.error };
  if (state.loaded === 'missing') return { status: 'missing' };
  if (!state.loaded) return { status: 'loading' };
  return { status: 'ready', api: { ...state.loaded, repositories, reload, write } };
}
