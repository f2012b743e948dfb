/**
 * What the journal says about this PC's database, folded line by line: who
 * wrote (database, device, clerk), how many complete writes and ops, the
 * newest HLC and the highest serial per key. A write sent in parts counts
 * only once its last part is in; a write whose parts stop (crash between
 * two parts) was never confirmed to the clerk and is dropped. Pure.
 */
import type { JournalIdentity, JournalState } from '../../../shared/ipc/journal-contract';
import type { JournalRecord } from './journal-line';

export interface OpenGroup {
  id: string;
  parts: number;
  next: number;
  ops: number;
  lastHlc: string | null;
  serials: Record<string, number>;
}

export interface SummaryData {
  identity: JournalIdentity | null;
  writes: number;
  ops: number;
  lastHlc: string | null;
  serials: Record<string, number>;
  damaged: JournalState['damaged'];
  tornTails: number;
}

export const MAX_DAMAGE_REPORTS = 100;

export function emptySummary(): SummaryData {
  return { identity: null, writes: 0, ops: 0, lastHlc: null, serials: {}, damaged: [], tornTails: 0 };
}

function maxHlc(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b; // fixed-width HLC text sorts like the clock
}

export class JournalSummary {
  /** The write whose parts are still coming in (not counted yet). */
  open: OpenGroup | null = null;

  constructor(readonly data: SummaryData = emptySummary()) {}

  apply(record: JournalRecord): void {
    if (record.t === 'id') {
      const { t: _t, ...identity } = record;
      this.data.identity = identity;
      return;
    }
    if (record.t === 'p') return;
    if (!this.open || this.open.id !== record.id || record.p !== this.open.next) {
      // A new write; a group left open before it was cut short by a crash and never confirmed.
      if (record.p !== 0) {
        this.open = null;
        return;
      }
      this.open = { id: record.id, parts: record.n, next: 0, ops: 0, lastHlc: null, serials: {} };
    }
    const g = this.open;
    g.next++;
    g.ops += record.ops.length;
    for (const op of record.ops) g.lastHlc = maxHlc(g.lastHlc, op.hlc);
    for (const [k, v] of Object.entries(record.s)) g.serials[k] = Math.max(g.serials[k] ?? 0, v);
    if (g.next < g.parts) return;
    this.open = null;
    this.data.writes++;
    this.data.ops += g.ops;
    this.data.lastHlc = maxHlc(this.data.lastHlc, g.lastHlc);
    for (const [k, v] of Object.entries(g.serials)) this.data.serials[k] = Math.max(this.data.serials[k] ?? 0, v);
  }

  damage(file: string, offset: number, reason: string): void {
    if (this.data.damaged.length < MAX_DAMAGE_REPORTS) this.data.damaged.push({ file, offset, reason });
  }
}
