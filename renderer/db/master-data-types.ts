/** The master-data repository's API (implemented in master-data-repository.ts). */
import type { MasterEntry, MasterEntryInput, MasterKind } from '../../shared/domain/master-data/entry';
import type { Seen } from './seen';

export interface MasterDataRepository {
  /** Every entry (of one kind), inactive ones included, by code; the default entries are seeded first (once). */
  list(kind?: MasterKind): Promise<MasterEntry[]>;
  get(id: string): Promise<MasterEntry | undefined>;
  /** Validates (ValidationFailedError: field errors, nothing written) and stores a new entry with one op carrying every field. */
  create(kind: MasterKind, input: Partial<MasterEntryInput>): Promise<MasterEntry>;
  /** Writes only the fields that changed (one op); `seen`: see Seen. Throws RecordNotFoundError for an unknown id. */
  update(id: string, patch: Partial<MasterEntryInput>, seen?: Seen): Promise<MasterEntry>;
  /** Deactivate (never delete: old cases name the entry) or activate again. */
  setActive(id: string, active: boolean): Promise<MasterEntry>;
  /** The admin confirms an entry added on the spot at intake. */
  confirm(id: string): Promise<MasterEntry>;
  /** Stores the default entries this PC lacks (fixed ids, no ops: every PC holds the same); idempotent. Returns how many were added or completed. */
  seedDefaults(): Promise<number>;
}
