/* Draws the add-in icons (assets/icon-<size>.png): a blue rounded square with a white table grid and a header row.
 * Run once with `node scripts/make-icons.js`; the PNGs are committed. No image library needed: PNG written by hand. */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
const BLUE = [15, 108, 189, 255];
const DARK = [17, 94, 163, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];
function icon(size) {
  const r = size * 0.18;
  const m = size * 0.2;
  const line = Math.max(1, Math.round(size / 16));
  return png(size, (x, y) => {
    const cx = Math.min(Math.max(x + 0.5, r), size - r);
    const cy = Math.min(Math.max(y + 0.5, r), size - r);
    if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r) return CLEAR;
    const inTable = x >= m && x < size - m && y >= m && y < size - m;
    if (!inTable) return BLUE;
    const tx = x - m, ty = y - m, w = size - 2 * m;
    if (ty < w / 4) return WHITE; // header row
    const onV = [0, w / 3, (2 * w) / 3, w - line].some((v) => tx >= v && tx < v + line);
    const onH = [w / 4, w / 2, (3 * w) / 4, w - line].some((v) => ty >= v && ty < v + line);
    return onV || onH ? WHITE : DARK;
  });
}
const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(out, `icon-${size}.png`), icon(size));
console.log("Iconen geschreven in", out);
