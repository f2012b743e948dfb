/**
 * Cases opened, closed and still open (complaints only):
 *  - opened = received in [from, to);
 *  - closed = closedAt in [from, to), whenever received (a case opened
 *    before the period and closed in it counts as closed);
 *  - openAtStart = received before `from` and not closed before `from`;
 *  - openAtEnd = received before `to` and not closed before `to`;
 *  so openAtStart + opened − closed = openAtEnd.
 * closedAt is the CURRENT closure (projection.ts closedAtOf): a case closed
 * in March and re-opened in May reads as open at the end of March too — the
 * rows keep no closure history.
 */
import type { RowTimes } from './row-times';

export interface FlowStats {
  openAtStart: number;
  opened: number;
  closed: number;
  openAtEnd: number;
}

export function flowCollector(from: number) {
  const out: FlowStats = { openAtStart: 0, opened: 0, closed: 0, openAtEnd: 0 };
  return {
    add(t: RowTimes): void {
      if (t.receivedMs < from && !(t.closedMs < from)) out.openAtStart++;
      if (t.receivedIn) out.opened++;
      if (t.closedIn) out.closed++;
      if (t.openAtEnd) out.openAtEnd++;
    },
    result: (): FlowStats => ({ ...out }),
  };
}
