/** Records are never removed, only marked `deleted` (a replicated tombstone); this is the one filter for the live ones. */
export const live = <T extends { deleted?: boolean }>(list: readonly T[]): T[] => list.filter((r) => !r.deleted);
