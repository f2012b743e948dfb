/**
 * The instants of one row that every KPI looks at, parsed once per row into
 * one reused object (no allocation per row), and where they fall relative to
 * the period [from, to).
 */
import type { InstantRange } from '../factory-calendar';
import { instantMs, type StatsRow } from './rows';

export interface RowTimes {
  receivedMs: number;
  /** NaN while the case is open. */
  closedMs: number;
  /** Received in [from, to). */
  receivedIn: boolean;
  /** Closed in [from, to). */
  closedIn: boolean;
  /** Received before `to` and not closed before `to`. */
  openAtEnd: boolean;
}

export function newRowTimes(): RowTimes {
  return { receivedMs: NaN, closedMs: NaN, receivedIn: false, closedIn: false, openAtEnd: false };
}

/** Fills `into` for `row` (returns it). */
export function readRowTimes(row: StatsRow, range: InstantRange, into: RowTimes): RowTimes {
  const received = instantMs(row.receivedAt);
  const closed = instantMs(row.closedAt);
  into.receivedMs = received;
  into.closedMs = closed;
  into.receivedIn = received >= range.from && received < range.to;
  into.closedIn = closed >= range.from && closed < range.to;
  into.openAtEnd = received < range.to && !(closed < range.to);
  return into;
}
