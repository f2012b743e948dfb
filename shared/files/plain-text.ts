/**
 * Is this plain text a text editor shows as it is? Valid UTF-8 (with or
 * without a BOM) or valid GB18030 (what Chinese Windows writes as "ANSI"),
 * and no control characters but tab, line feed, form feed and carriage
 * return — so no NUL, escape sequences or other binary data.
 */

function hasControlBytes(b: Uint8Array): boolean {
  for (const x of b) {
    if ((x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0c && x !== 0x0d) || x === 0x7f) return true;
  }
  return false;
}

function isUtf8(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length) {
    const x = b[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (x >= 0xc2 && x <= 0xdf) [length, min] = [2, 0x80];
    else if (x >= 0xe0 && x <= 0xef) [length, min] = [3, 0x800];
    else if (x >= 0xf0 && x <= 0xf4) [length, min] = [4, 0x10000];
    else return false;
    if (i + length > b.length) return false;
    let code = x & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = b[i + k]!;
      if ((c & 0xc0) !== 0x80) return false;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return false;
    i += length;
  }
  return true;
}

function isGb18030(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    if (x === 0x80 || x === 0xff) return false;
    const second = b[i + 1];
    if (second === undefined) return false;
    if ((second >= 0x40 && second <= 0x7e) || (second >= 0x80 && second <= 0xfe)) {
      i += 2;
      continue;
    }
    const third = b[i + 2];
    const fourth = b[i + 3];
    if (second >= 0x30 && second <= 0x39 && third !== undefined && third >= 0x81 && third <= 0xfe && fourth !== undefined && fourth >= 0x30 && fourth <= 0x39) {
      i += 4;
      continue;
    }
    return false;
  }
  return true;
}

export function isPlainText(b: Uint8Array): boolean {
  return !hasControlBytes(b) && (isUtf8(b) || isGb18030(b));
}
