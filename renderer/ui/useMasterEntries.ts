/** The master data (字典) for a page: every entry, followed while the page is shown (renderer/state/master-data-store.ts). */
import { useEffect } from 'react';
import type { MasterEntry } from '../../shared/domain/master-data/entry';
import { followMasterData, useMasterDataStore } from '../state/master-data-store';
import { useRepositories } from '../state/session';

export function useMasterEntries(): { entries: readonly MasterEntry[]; loaded: boolean; version: number } {
  const repositories = useRepositories();
  useEffect(() => followMasterData(repositories), [repositories]);
  const entries = useMasterDataStore((s) => s.entries);
  const loaded = useMasterDataStore((s) => s.loaded);
  const version = useMasterDataStore((s) => s.version);
  return { entries, loaded, version };
}
