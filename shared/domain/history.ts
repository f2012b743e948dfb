/**
 * The change history of one record, read from its ops: who changed which
 * field when, with the value before and after. Ops are ordered as sync orders
 * them, so every PC shows the same history.
 */
import { parseHlc } from '../sync/hlc';
import { changesOf, compareOps, type JsonValue, type Op } from '../sync/op';

export interface HistoryEntry {
  opId: string;
  hlc: string;
  /** Wall-clock time of the change (ms since epoch), from the HLC. */
  at: number;
  user: string;
  deviceId: string;
  field: string;
  oldValue: JsonValue | undefined;
  newValue: JsonValue;
  /** True for the fields written when the record was created. */
  creation: boolean;
}

function sameJson(a: JsonValue | undefined, b: JsonValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * @returns entries newest first; an op delivered more than once (same op id)
 * counts once, and ops that did not change the value are left out.
 */
export function buildHistory(ops: readonly Op[]): HistoryEntry[] {
  const unique = new Map<string, Op>();
  for (const op of ops) if (!unique.has(op.id)) unique.set(op.id, op);
  const sorted = [...unique.values()].sort(compareOps);
  const current = new Map<string, JsonValue>();
  const firstHlc = sorted[0]?.hlc;
  const firstDevice = sorted[0]?.deviceId;
  const entries: HistoryEntry[] = [];
  for (const op of sorted) {
    const creation = op.hlc === firstHlc && op.deviceId === firstDevice;
    for (const { field, value } of changesOf(op)) {
      const oldValue = current.get(field);
      if (!creation && current.has(field) && sameJson(oldValue, value)) continue;
      current.set(field, value);
      entries.push({ opId: op.id, hlc: op.hlc, at: parseHlc(op.hlc).wall, user: op.user, deviceId: op.deviceId, field, oldValue, newValue: value, creation });
    }
  }
  return entries.reverse();
}
