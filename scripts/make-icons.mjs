// Generates the add-in's icons (assets/icon-<size>.png) with nothing but Node's zlib: a green
// rounded square with three white rising bars — a spread that grows. Deterministic: the same
// bytes on every run, so the committed PNGs only change when this design changes.
//
//   node scripts/make-icons.mjs [--out <dir>]      (default: assets/)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80, 128];

const GREEN = [0x1e, 0x7a, 0x46];
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

/** Shapes in a 1×1 coordinate space; the icon is the rounded square with the bars cut in white. */
const CORNER_RADIUS = 0.2;
const BARS = [
  { x0: 0.2, x1: 0.34, top: 0.52 },
  { x0: 0.43, x1: 0.57, top: 0.36 },
  { x0: 0.66, x1: 0.8, top: 0.2 },
];
const BARS_BOTTOM = 0.8;

function insideRoundedSquare(x, y) {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

function insideBar(x, y) {
  return BARS.some((b) => x >= b.x0 && x <= b.x1 && y >= b.top && y <= BARS_BOTTOM);
}

/** RGBA pixels of one icon, anti-aliased by supersampling each pixel. */
export function renderIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (!insideRoundedSquare(x, y)) continue;
          cover++;
          if (insideBar(x, y)) white++;
        }
      }
      const i = (py * size + px) * 4;
      if (cover === 0) continue;
      const w = white / cover;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(GREEN[c] * (1 - w) + WHITE[c] * w);
      pixels[i + 3] = Math.round((255 * cover) / (n * n));
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of the given square RGBA pixels. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outIndex = process.argv.indexOf('--out');
  const outDir =
    outIndex > 0 && process.argv[outIndex + 1] ? process.argv[outIndex + 1] : join(root, 'assets');
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
