/** Loads one case by id from the repository and re-reads it whenever a write or merge changes it (change feed). */
import { useCallback, useEffect, useState } from 'react';
import type { ComplaintCase } from '../../../shared/domain/case';
import { useRecordChanges } from '../../ui/useRecordChanges';
import { useRepositories } from '../../state/session';

export type CaseLoad =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; record: ComplaintCase };

export function useCase(id: string): { load: CaseLoad; replace: (record: ComplaintCase) => void } {
  const repositories = useRepositories();
  const [load, setLoad] = useState<CaseLoad>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    repositories.cases.get(id).then(
      (record) => live && setLoad(record ? { status: 'ready', record } : { status: 'missing' }),
      (error: unknown) => live && setLoad({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [id, repositories]);

  useRecordChanges([id], () => {
    repositories.cases.get(id).then(
      (record) => setLoad(record ? { status: 'ready', record } : { status: 'missing' }),
      (error: unknown) => setLoad({ status: 'error', error }),
    );
  });

  const replace = useCallback((record: ComplaintCase) => setLoad({ status: 'ready', record }), []);
  return { load, replace };
}
