/** The master-data store: loads the entries (seeded), follows writes, and builds each type-ahead index once per change. */
import { describe, expect, it } from 'vitest';
import { followMasterData, typeaheadOf, useMasterDataStore } from '../../../../renderer/state/master-data-store';
import { DEFAULT_MASTER_ENTRIES } from '../../../../shared/domain/master-data/seed';
import { intake, openHarness } from '../db/helpers';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('master-data store', () => {
  it('follows the entries; a write of cases only does not re-read them', async () => {
    const h = await openHarness();
    const stop = followMasterData(h.repos);
    await until(() => useMasterDataStore.getState().entries.length === DEFAULT_MASTER_ENTRIES.length);
    const index = typeaheadOf('defectType');
    expect(index.search('hs', 5).map((e) => e.name)).toEqual(['划伤']);
    expect(typeaheadOf('defectType')).toBe(index);

    const version = useMasterDataStore.getState().version;
    await h.repos.cases.create(intake());
    await h.repos.changes.published();
    expect(useMasterDataStore.getState().version).toBe(version);

    await h.repos.masterData.create('customer', { code: 'C1', name: '华为电子' });
    await until(() => useMasterDataStore.getState().entries.some((e) => e.name === '华为电子'));
    expect(typeaheadOf('customer').search('hwdz', 5).map((e) => e.name)).toEqual(['华为电子']);
    expect(typeaheadOf('defectType')).not.toBe(index);
    stop();
  });
});
