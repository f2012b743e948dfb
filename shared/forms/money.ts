/** Amounts as printed on the finance forms: 12,345.60 and 壹万贰仟叁佰肆拾伍元陆角整 (大写). */
import { formatYuan } from '../domain/lifecycle/money';

export { formatYuan };

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿', '万亿'];

function groupText(n: number): string {
  let s = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = s !== '';
    } else {
      if (zero) s += '零';
      s += (DIGITS[d] ?? '') + (SMALL[i] ?? '');
      zero = false;
    }
  }
  return s;
}

/** Chinese upper-case amount (人民币大写) of an integer number of fen. */
export function chineseAmount(fen: number): string {
  if (!Number.isSafeInteger(fen)) return '';
  const negative = fen < 0;
  const abs = Math.abs(fen);
  let yuan = Math.floor(abs / 100);
  const jiao = Math.floor(abs / 10) % 10;
  const fenDigit = abs % 10;
  let text = '';
  if (yuan > 0) {
    const groups: number[] = [];
    while (yuan > 0) {
      groups.push(yuan % 10000);
      yuan = Math.floor(yuan / 10000);
    }
    let needZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const v = groups[g] ?? 0;
      if (v === 0) {
        needZero = text !== '';
        continue;
      }
      if (needZero || (text !== '' && v < 1000)) text += '零';
      text += groupText(v) + (BIG[g] ?? '');
      needZero = false;
    }
    text += '元';
  }
  if (jiao === 0 && fenDigit === 0) text = (text || '零元') + '整';
  else {
    if (jiao > 0) text += (DIGITS[jiao] ?? '') + '角';
    else if (text !== '') text += '零';
    if (fenDigit > 0) text += (DIGITS[fenDigit] ?? '') + '分';
    else text += '整';
  }
  return (negative ? '负' : '') + text;
}
