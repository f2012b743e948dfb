/**
 * Telling a USB barcode scanner (keyboard wedge) from a person typing: a
 * scanner "types" the whole code in a burst — characters well under ~30 ms
 * apart — and ends with Enter. Outside text fields any such burst counts;
 * inside a text field only a burst starting with the QD: prefix (the label's
 * payload), so fast typists filling a form are left alone. Pure: fed with
 * key events and their times, returns the scanned text on Enter.
 */
import { hasCasePayloadPrefix } from '../../../shared/forms';

export const MAX_GAP_MS = 30;
export const MIN_LENGTH = 4;

export class ScanWedgeDetector {
  private buffer = '';
  private last = -Infinity;

  /** Feeds one key; returns the scanned text when this Enter ends a scan, else null. */
  feed(key: string, timeMs: number, inTextField: boolean): string | null {
    const gap = timeMs - this.last;
    this.last = timeMs;
    if (key === 'Enter') {
      const text = this.buffer;
      this.buffer = '';
      if (gap > MAX_GAP_MS || text.length < MIN_LENGTH) return null;
      if (inTextField && !hasCasePayloadPrefix(text)) return null;
      return text;
    }
    if (gap > MAX_GAP_MS) this.buffer = '';
    if (key.length !== 1) return null; // Shift and other named keys do not break a burst
    this.buffer += key;
    if (this.buffer.length > 80) this.buffer = this.buffer.slice(-80);
    return null;
  }
}
