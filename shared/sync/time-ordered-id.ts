/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds,
 * then random bits. Ids made later sort after ids made earlier (as text,
 * lower-case hex), so a new record or op lands at the end of its table's
 * key space instead of at a random place: Chromium's IndexedDB (LevelDB)
 * checks every new key for a duplicate, and with millions of ops a random
 * key costs a cold read each — 24 random-keyed ops took 22–43 ms to add at
 * 2.4 M ops, time-ordered ones 7–9 ms. Still a UUID, unique without
 * coordination; the ms part is not a clock anyone should read. Pure: the
 * caller brings the time and 10 random bytes.
 */

export const RANDOM_BYTES = 10;

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function formatTimeOrderedId(ms: number, random: Uint8Array): string {
  if (!Number.isSafeInteger(ms) || ms < 0 || ms >= 2 ** 48) throw new RangeError(`time-ordered id: ms out of range (${ms})`);
  if (random.length < RANDOM_BYTES) throw new RangeError(`time-ordered id: needs ${RANDOM_BYTES} random bytes`);
  const time = ms.toString(16).padStart(12, '0');
  const bytes = random.slice(0, RANDOM_BYTES);
  bytes[0] = 0x70 | (bytes[0]! & 0x0f); // version 7
  bytes[2] = 0x80 | (bytes[2]! & 0x3f); // variant 10
  const r = hex(bytes);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-${r.slice(0, 4)}-${r.slice(4, 8)}-${r.slice(8, 20)}`;
}
