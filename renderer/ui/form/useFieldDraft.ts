/**
 * The draft of a form that edits a stored record, following the record:
 * fields the clerk has not touched show the record's current value (a merge
 * from the share or another save shows at once); touched fields keep what
 * the clerk typed. On save, `edit(toPatch)` gives only the fields the clerk
 * changed, in the repository's terms, with `seen`: what the form showed for
 * them before the clerk touched them. A field that changed underneath since
 * then becomes a visible conflict instead of a silent overwrite
 * (renderer/db/ops-writer.ts), and a field the clerk did not change is never
 * written back with an old value.
 */
import { useState } from 'react';
import { sameJson } from '../../../shared/sync/merge';

export interface FieldEdit<P> {
  /** Only the fields the clerk changed. */
  patch: Partial<P>;
  /** The values the form showed for those fields when the clerk started editing them. */
  seen: Partial<P>;
}

export interface FieldDraft<D> {
  /** What the form shows: the record's current values, with the clerk's edits on top. */
  draft: D;
  set: (patch: Partial<D>) => void;
  /** The clerk's changes in the repository's terms (`toPatch` maps a whole draft to a patch). */
  edit: <P extends object>(toPatch: (draft: D) => P) => FieldEdit<P>;
  /** After a save (or cancel): the form follows the record again. */
  reset: () => void;
  dirty: boolean;
}

interface Touched<D> {
  values: Partial<D>;
  seen: Partial<D>;
}

/** Which fields of `mine` differ from `shown`, with the shown values (pure: tested on its own). */
export function changedFields<P extends object>(mine: P, shown: P): FieldEdit<P> {
  const patch: Partial<P> = {};
  const seen: Partial<P> = {};
  for (const key of Object.keys(mine) as (keyof P)[]) {
    if (sameJson(mine[key], shown[key])) continue;
    patch[key] = mine[key];
    seen[key] = shown[key];
  }
  return { patch, seen };
}

export function useFieldDraft<D extends object>(source: D): FieldDraft<D> {
  const [touched, setTouched] = useState<Touched<D>>({ values: {}, seen: {} });
  const draft = { ...source, ...touched.values };
  return {
    draft,
    set: (patch) =>
      setTouched((t) => {
        const seen = { ...t.seen };
        for (const key of Object.keys(patch) as (keyof D)[]) if (!(key in seen)) seen[key] = source[key];
        return { values: { ...t.values, ...patch }, seen };
      }),
    edit: (toPatch) => changedFields(toPatch(draft), toPatch({ ...source, ...touched.seen })),
    reset: () => setTouched({ values: {}, seen: {} }),
    dirty: Object.keys(touched.values).length > 0,
  };
}

/**
 * Fields a form pre-fills when the record has none yet (the clerk's name,
 * now): sent on save even when the clerk left them as shown, since the
 * record does not hold them; `seen` says the record was empty.
 */
export function withPrefilled<P extends object>(edit: FieldEdit<P>, shown: P, stored: P, keys: readonly (keyof P)[]): FieldEdit<P> {
  const patch = { ...edit.patch };
  const seen = { ...edit.seen };
  for (const key of keys) {
    const empty = stored[key] === '' || stored[key] === null;
    if (key in patch || !empty || shown[key] === stored[key]) continue;
    patch[key] = shown[key];
    seen[key] = stored[key];
  }
  return { patch, seen };
}
