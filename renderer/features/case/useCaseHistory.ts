import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../shared/domain/history';
import { useRepositories } from '../../state/session';

/** The case's change history; `version` reloads it (after a save). */
export function useCaseHistory(id: string, version: string): { entries: HistoryEntry[] | null; error: unknown } {
  const repositories = useRepositories();
  const [state, setState] = useState<{ entries: HistoryEntry[] | null; error: unknown }>({ entries: null, error: null });
  useEffect(() => {
    let live = true;
    repositories.cases.history(id).then(
      (entries) => live && setState({ entries, error: null }),
      (error: unknown) => live && setState({ entries: null, error }),
    );
    return () => {
      live = false;
    };
  }, [id, version, repositories]);
  return state;
}
