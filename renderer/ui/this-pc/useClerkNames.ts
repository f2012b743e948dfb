import { useEffect, useState } from 'react';
import type { Repositories } from '../../db/types';

/** Names of the clerks known on this PC (including those replicated from others), sorted. */
export function useClerkNames(repositories: Repositories | null): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (!repositories) return undefined;
    let live = true;
    repositories.clerks.list().then(
      (clerks) => {
        if (!live) return;
        const collator = new Intl.Collator('zh-CN');
        setNames(clerks.filter((c) => !c.deleted).map((c) => c.name).sort(collator.compare));
      },
      (error: unknown) => console.error('Could not list clerks', error),
    );
    return () => {
      live = false;
    };
  }, [repositories]);
  return names;
}
