/** The shared clerk list as stored on this PC, read again after every change made here (and when asked). */
import { useCallback, useEffect, useState } from 'react';
import type { Clerk } from '../db/types';
import { useRepositories } from '../state/session';

export function useClerkList(): { clerks: Clerk[] | null; reload: () => void } {
  const repositories = useRepositories();
  const [clerks, setClerks] = useState<Clerk[] | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void repositories.clerks.list().then((list) => live && setClerks(list));
    return () => {
      live = false;
    };
  }, [repositories, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { clerks, reload };
}
