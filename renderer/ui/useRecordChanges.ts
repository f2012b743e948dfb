/**
 * Follows the database's change feed for the records a page shows: calls
 * `onChange` after each committed write or merge (this clerk's, or another
 * PC's arriving through the share) that touched one of `ids` — a record id,
 * or the case / report a written record belongs to.
 */
import { useEffect, useRef } from 'react';
import { useRepositories } from '../state/session';

export function useRecordChanges(ids: readonly string[], onChange: () => void): void {
  const repositories = useRepositories();
  const latest = useRef(onChange);
  latest.current = onChange;
  const key = ids.filter(Boolean).join('\n');
  useEffect(() => {
    if (key === '') return undefined;
    const watched = key.split('\n');
    return repositories.changes.subscribe((changes) => {
      if (watched.some((id) => changes.ids.has(id))) latest.current();
    });
  }, [repositories, key]);
}

/** Calls `onChange` after each committed write or merge that touched one of the named tables (a list that any PC may add to). */
export function useTableChanges(tables: readonly string[], onChange: () => void): void {
  const repositories = useRepositories();
  const latest = useRef(onChange);
  latest.current = onChange;
  const key = tables.join('\n');
  useEffect(() => {
    const watched = key.split('\n');
    return repositories.changes.subscribe((changes) => {
      if (watched.some((table) => changes.tables.has(table))) latest.current();
    });
  }, [repositories, key]);
}
