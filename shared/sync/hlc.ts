/**
 * Hybrid logical clock. Owns the ordering of every change made on any PC:
 * timestamps are (wall ms, counter) pairs that never go backwards on one PC,
 * even when the system clock does, and that move past any remote timestamp
 * we have seen. Serialised as a fixed-width string so that string order is
 * time order ("001732352400000-0003": 15 decimal digits of wall ms, 4 hex
 * digits of counter); ties between PCs are broken by device id, then op id,
 * in compareOps (shared/sync/op.ts).
 */

export interface Hlc {
  /** Milliseconds since the epoch (the larger of the wall clock and what we have seen). */
  wall: number;
  /** Orders events within one millisecond. */
  counter: number;
}

export const HLC_ZERO: Hlc = { wall: 0, counter: 0 };
/** Largest counter that fits the 4 hex digits of the text form; one more moves the wall on by 1 ms. */
export const MAX_COUNTER = 0xffff;
/** Largest wall time that fits the 15 digits of the text form (year ~33,000). */
export const MAX_WALL = 999_999_999_999_999;

/** A wall clock reading as whole milliseconds (0 for a broken reading, so the counter moves instead). */
function wallOf(nowMs: number): number {
  return Number.isFinite(nowMs) && nowMs > 0 ? Math.floor(nowMs) : 0;
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a.wall - b.wall || a.counter - b.counter;
}

/** Next timestamp for a local event. */
export function tickHlc(last: Hlc, nowMs: number): Hlc {
  const now = wallOf(nowMs);
  if (now > last.wall) return { wall: now, counter: 0 };
  if (last.counter >= MAX_COUNTER) return { wall: last.wall + 1, counter: 0 };
  return { wall: last.wall, counter: last.counter + 1 };
}

/** Timestamp after receiving a remote event: ahead of both ours and theirs. */
export function receiveHlc(last: Hlc, remote: Hlc, nowMs: number): Hlc {
  const wall = Math.max(last.wall, remote.wall, wallOf(nowMs));
  let counter: number;
  if (wall === last.wall && wall === remote.wall) counter = Math.max(last.counter, remote.counter) + 1;
  else if (wall === last.wall) counter = last.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { wall: wall + 1, counter: 0 };
  return { wall, counter };
}

export function formatHlc(hlc: Hlc): string {
  if (!Number.isSafeInteger(hlc.wall) || hlc.wall < 0 || hlc.wall > MAX_WALL || !Number.isInteger(hlc.counter) || hlc.counter < 0 || hlc.counter > MAX_COUNTER) {
    // A malformed stamp would break "string order = time order" for every op after it.
    throw new Error(`HLC out of range: ${JSON.stringify(hlc)}`);
  }
  return `${String(hlc.wall).padStart(15, '0')}-${hlc.counter.toString(16).padStart(4, '0')}`;
}

const HLC_TEXT = /^(\d{15})-([0-9a-f]{4})$/;

export function parseHlc(text: string): Hlc {
  const m = HLC_TEXT.exec(text);
  if (!m) throw new Error(`Not an HLC timestamp: ${JSON.stringify(text)}`);
  return { wall: Number(m[1]), counter: parseInt(m[2] as string, 16) };
}

export function isHlcText(text: string): boolean {
  return HLC_TEXT.test(text);
}

/**
 * A clock instance: holds the last timestamp issued or seen. `now` is
 * injectable so tests can move the wall clock backwards.
 */
export class HybridClock {
  private last: Hlc;
  constructor(
    initial: Hlc = HLC_ZERO,
    private readonly now: () => number,
  ) {
    this.last = initial;
  }
  tick(): Hlc {
    this.last = tickHlc(this.last, this.now());
    return this.last;
  }
  receive(remote: Hlc): Hlc {
    this.last = receiveHlc(this.last, remote, this.now());
    return this.last;
  }
  peek(): Hlc {
    return this.last;
  }
}
