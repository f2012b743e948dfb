import { useEffect, useState } from 'react';
import type { LedgerRow } from '../../../shared/domain/ledger-row';
import { useRepositories } from '../../state/session';

/** The newest received cases; `version` (the ledger size/revision) reloads them. */
export function useRecentCases(limit: number, version: unknown): LedgerRow[] | null {
  const repositories = useRepositories();
  const [rows, setRows] = useState<LedgerRow[] | null>(null);
  useEffect(() => {
    let live = true;
    repositories.cases.listRecent(limit).then(
      (recent) => live && setRows(recent),
      (error: unknown) => {
        console.error('Could not list recent cases', error);
        if (live) setRows([]);
      },
    );
    return () => {
      live = false;
    };
  }, [repositories, limit, version]);
  return rows;
}
