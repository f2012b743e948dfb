/** The one list of replicated entities: every entity has its table, and nothing registers itself on import. */
import { applyConfirmedBatchesAfterMerge } from '../../../../renderer/db/archive-removal';
import { describe, expect, it } from 'vitest';
import { BLOB_SOURCES, ENTITY_BINDINGS, MERGE_HOOKS, bindingOf } from '../../../../renderer/db/entity-registry';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/db/schema';
import { ENTITIES } from '../../../../shared/sync/op';

describe('entity registry', () => {
  it('binds every entity of the op format, and nothing else', () => {
    expect(Object.keys(ENTITY_BINDINGS).sort()).toEqual([...ENTITIES].sort());
  });

  it('binds each entity to a table the schema declares', () => {
    const tables = new Set(SCHEMA_VERSIONS.filter((v) => v.version <= LATEST_SCHEMA_VERSION).flatMap((v) => Object.keys(v.stores)));
    for (const entity of ENTITIES) expect(tables, entity).toContain(bindingOf(entity)!.table);
  });

  it('an entity of a newer app has no binding (its ops are kept, not projected)', () => {
    expect(bindingOf('warrantyClaim')).toBeUndefined();
  });

  it('lists its merge hooks and blob sources explicitly', () => {
    // The ledger projection refresh, then the signature checks (issue 16.5), then the archive removal (issue 20.6), last.
    expect(MERGE_HOOKS).toHaveLength(3);
    expect(MERGE_HOOKS.at(-1)).toBe(applyConfirmedBatchesAfterMerge);
    expect(BLOB_SOURCES).toHaveLength(1);
  });
});
