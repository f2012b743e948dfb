// Draws resources/icon.png (256×256 RGBA) without any image library: a blue
// rounded square with a white "return" ring-arrow around a check mark — a
// complaint handled and returned. Shapes are distance functions, 4×4
// supersampled for smooth edges; the PNG is written with zlib by hand.
// Usage: node build/make-icon.mjs   (the PNG is committed; rerun only to change it)
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 256;
const SS = 4;
const out = fileURLToPath(new URL('../resources/icon.png', import.meta.url));

const BLUE_TOP = [21, 101, 192];
const BLUE_BOTTOM = [13, 71, 161];
const WHITE = [255, 255, 255];
const ORANGE = [255, 167, 38];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(dx, dy) <= r;
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

function inTriangle(px, py, [ax, ay], [bx, by], [cx, cy]) {
  const s = (x1, y1, x2, y2, x3, y3) => (x1 - x3) * (y2 - y3) - (x2 - x3) * (y1 - y3);
  const d1 = s(px, py, ax, ay, bx, by), d2 = s(px, py, bx, by, cx, cy), d3 = s(px, py, cx, cy, ax, ay);
  const neg = d1 < 0 || d2 < 0 || d3 < 0, pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

const CX = 128, CY = 132, R = 72, RING = 15;
// The ring leaves a gap at the top right where the arrowhead sits.
const GAP_START = -Math.PI / 2 + 0.15, GAP_END = -Math.PI / 2 + 0.95;
const arrowBase = GAP_END;
const ax = CX + R * Math.cos(arrowBase), ay = CY + R * Math.sin(arrowBase);
const head = [
  [ax + 32 * Math.cos(arrowBase), ay + 32 * Math.sin(arrowBase)],
  [ax - 32 * Math.cos(arrowBase), ay - 32 * Math.sin(arrowBase)],
  [CX + R * Math.cos(arrowBase - 0.62), CY + R * Math.sin(arrowBase - 0.62)],
];

function colourAt(x, y) {
  if (!roundedRect(x, y, 8, 8, 248, 248, 48)) return null;
  const t = y / SIZE;
  let colour = BLUE_TOP.map((c, i) => c + (BLUE_BOTTOM[i] - c) * t);
  const angle = Math.atan2(y - CY, x - CX);
  const dist = Math.hypot(x - CX, y - CY);
  const inGap = angle > GAP_START && angle < GAP_END;
  if (!inGap && Math.abs(dist - R) <= RING / 2) colour = WHITE;
  if (inTriangle(x, y, head[0], head[1], head[2])) colour = WHITE;
  const check = Math.min(segmentDistance(x, y, 98, 134, 119, 156), segmentDistance(x, y, 119, 156, 160, 110));
  if (check <= 9) colour = ORANGE;
  return colour;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = colourAt(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
      }
    }
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
ihdr[10] = 0;
ihdr[11] = 0;
ihdr[12] = 0;
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(fileURLToPath(new URL('../resources/', import.meta.url)), { recursive: true });
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
