// Renders the app icon from assets/icons/icon.svg (drawn by hand; the source of truth) into every
// format the packagers want. Run once after changing the SVG: `node scripts/make-icons.mjs`.
//  - png/<n>x<n>.png   Linux icon set (electron-builder reads the sizes from the names) and window icon
//  - icon.png          1024 px master, electron-builder's fallback for any platform
//  - icon.ico          Windows: PNG-compressed entries 16–256 (valid since Windows Vista)
//  - icon.icns         macOS: PNG-compressed entries 16–1024
// ICO and ICNS are written here (both are a small header and a table of PNGs), so no extra package.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets/icons');
const svg = await readFile(path.join(dir, 'icon.svg'));

async function png(size) {
  return sharp(svg, { density: Math.max(72, (72 * size) / 1024) * 4 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const rendered = new Map();
for (const size of sizes) rendered.set(size, await png(size));

await mkdir(path.join(dir, 'png'), { recursive: true });
for (const size of sizes) {
  if (size <= 512) await writeFile(path.join(dir, 'png', `${size}x${size}.png`), rendered.get(size));
}
await writeFile(path.join(dir, 'icon.png'), rendered.get(1024));

function ico(entries) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(entries.length, 4);
  const table = Buffer.alloc(16 * entries.length);
  let offset = header.length + table.length;
  entries.forEach(([size, data], i) => {
    const at = i * 16;
    table.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    table.writeUInt8(size >= 256 ? 0 : size, at + 1);
    table.writeUInt8(0, at + 2); // no palette
    table.writeUInt8(0, at + 3);
    table.writeUInt16LE(1, at + 4); // colour planes
    table.writeUInt16LE(32, at + 6); // bits per pixel
    table.writeUInt32LE(data.length, at + 8);
    table.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, table, ...entries.map(([, data]) => data)]);
}

function icns(entries) {
  const chunks = entries.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

await writeFile(
  path.join(dir, 'icon.ico'),
  ico([16, 24, 32, 48, 64, 128, 256].map((size) => [size, rendered.get(size)])),
);
await writeFile(
  path.join(dir, 'icon.icns'),
  icns([
    ['icp4', rendered.get(16)],
    ['icp5', rendered.get(32)],
    ['icp6', rendered.get(64)],
    ['ic07', rendered.get(128)],
    ['ic08', rendered.get(256)],
    ['ic09', rendered.get(512)],
    ['ic10', rendered.get(1024)],
    ['ic11', rendered.get(32)],
    ['ic12', rendered.get(64)],
    ['ic13', rendered.get(256)],
    ['ic14', rendered.get(512)],
  ]),
);
console.log(`icons written to ${path.relative(process.cwd(), dir)}`);
