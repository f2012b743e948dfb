import { describe, expect, it } from 'vitest';
import { rowRange } from '../../../../../renderer/features/ledger/useRowWindow';

describe('ledger row window', () => {
  it('renders the rows in view plus the overscan, clamped to the list', () => {
    expect(rowRange(0, 360, 100_000, 36, 12)).toEqual({ first: 0, last: 22 });
    expect(rowRange(36 * 50_000, 360, 100_000, 36, 12)).toEqual({ first: 49_988, last: 50_022 });
    expect(rowRange(36 * 99_990, 360, 100_000, 36, 12)).toEqual({ first: 99_978, last: 100_000 });
  });

  it('copes with a list that shrank under the scroll position, an empty list and no height yet', () => {
    expect(rowRange(36 * 50_000, 360, 157, 36, 12)).toEqual({ first: 157, last: 157 });
    expect(rowRange(0, 360, 0, 36, 12)).toEqual({ first: 0, last: 0 });
    expect(rowRange(0, 0, 1000, 36, 12)).toEqual({ first: 0, last: 12 });
    expect(rowRange(-50, 360, 1000, 36, 12)).toEqual({ first: 0, last: 22 });
  });
});
