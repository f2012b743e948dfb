/**
 * The change history of one record, read from its ops: who changed which
 * field when, with the value before and after. Ops are ordered as sync orders
 * them, so every PC shows the same history.
 */
import { compareOps, type JsonValue, type Op } from '../sync/op';

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
 * @returns entries newest first; ops that did not change the value (for
 * example a repeated delivery) are left out.
 */
export function buildHistory(ops: readonly Op[]): HistoryEntry[] {
  const sorted = [...ops].sort(compareOps);
  const current = new Map<string, JsonValue>();
  const firstHlc = sorted[0]?.hlc;
  const firstDevice = sorted[0]?.deviceId;
  const entries: HistoryEntry[] = [];
  for (const op of sorted) {
    const oldValue = current.get(op.field);
    const creation = op.hlc === firstHlc && op.deviceId === firstDevice;
    if (!creation && current.has(op.field) && sameJson(oldValue, op.value)) continue;
    current.set(op.field, op.value);
    entries.push({
      opId: op.id,
      hlc: op.hlc,
      at: Number(op.hlc.slice(0, 15)),
      user: op.user,
      deviceId: op.deviceId,
      field: op.field,
      oldValue,
      newValue: op.value,
      creation,
    });
  }
  return entries.reverse();
}
