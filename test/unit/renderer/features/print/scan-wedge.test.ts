import { describe, expect, it } from 'vitest';
import { ScanWedgeDetector } from '../../../../../renderer/features/print/scanWedge';

function feed(d: ScanWedgeDetector, text: string, start: number, gap: number, inText = false): string | null {
  let out: string | null = null;
  let t = start;
  for (const ch of [...text, 'Enter']) {
    out = d.feed(ch === 'Enter' ? 'Enter' : ch, t, inText);
    t += gap;
  }
  return out;
}

describe('ScanWedgeDetector', () => {
  it('takes a fast burst ending with Enter as a scan', () => {
    expect(feed(new ScanWedgeDetector(), 'QD:2611-B-007', 1000, 8)).toBe('QD:2611-B-007');
    expect(feed(new ScanWedgeDetector(), '2611-B-007', 1000, 8)).toBe('2611-B-007');
  });
  it('ignores typing speed and short bursts', () => {
    expect(feed(new ScanWedgeDetector(), 'QD:2611-B-007', 1000, 120)).toBeNull();
    expect(feed(new ScanWedgeDetector(), 'ab', 1000, 5)).toBeNull();
  });
  it('inside a text field only takes bursts with the QD: prefix', () => {
    expect(feed(new ScanWedgeDetector(), '2611-B-007', 1000, 5, true)).toBeNull();
    expect(feed(new ScanWedgeDetector(), 'QD:2611-B-007', 1000, 5, true)).toBe('QD:2611-B-007');
  });
  it('a pause starts a new burst; Shift does not break one', () => {
    const d = new ScanWedgeDetector();
    d.feed('x', 0, false);
    d.feed('y', 10, false);
    let t = 500;
    let out: string | null = null;
    for (const k of ['Shift', 'Q', 'Shift', 'D', ':', '1', '2', 'Enter']) out = d.feed(k, (t += 5), false);
    expect(out).toBe('QD:12');
  });
});
