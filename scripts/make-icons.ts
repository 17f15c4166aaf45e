/**
 * Draws Magpie's toolbar and store icons (a white bookmark on a violet rounded square) into
 * public/icon/<size>.png. Procedural so the icons stay reproducible without an image editor.
 * Run: npx tsx scripts/make-icons.ts
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of a unit-square shape at (u, v), supersampled 4×4 for smooth edges. */
function coverage(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

const roundedSquare = (u: number, v: number) => {
  const r = 0.22;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  return dx * dx + dy * dy <= r * r;
};

// A bookmark: a rectangle with a V notch cut from its bottom edge.
const bookmark = (u: number, v: number) => {
  if (u < 0.3 || u > 0.7 || v < 0.2 || v > 0.82) return false;
  const notchDepth = 0.16 * (1 - Math.abs(u - 0.5) / 0.2);
  return v < 0.82 - notchDepth;
};

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const data = png(size, (x, y) => {
    const bg = coverage(size, x, y, roundedSquare);
    const fg = coverage(size, x, y, bookmark);
    const r = Math.round(91 + (255 - 91) * fg);
    const g = Math.round(63 + (255 - 63) * fg);
    const b = Math.round(209 + (255 - 209) * fg);
    return [r, g, b, Math.round(255 * bg)];
  });
  writeFileSync(`public/icon/${size}.png`, data);
}
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
