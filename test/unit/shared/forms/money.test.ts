import { describe, expect, it } from 'vitest';
import { chineseAmount } from '../../../../shared/forms/money';

describe('chineseAmount (大写)', () => {
  it.each([
    [0, '零元整'],
    [100, '壹元整'],
    [1234560, '壹万贰仟叁佰肆拾伍元陆角整'],
    [250000, '贰仟伍佰元整'],
    [100000005, '壹佰万元零伍分'],
    [1001000, '壹万零壹拾元整'],
    [10000000000, '壹亿元整'],
    [5, '伍分'],
  ])('%d fen → %s', (fen, text) => {
    expect(chineseAmount(fen)).toBe(text);
  });
});
