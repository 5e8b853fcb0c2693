// Generates the sample workspace's images once: `node scripts/make-sample-images.mjs`.
// The output (assets/sample/images/*.jpg and electron/sample/imageManifest.ts) is committed, so neither the app nor the
// tests run this script; it stays so that the pictures can be redrawn. Drawings are SVG rendered by
// sharp, with a seeded generator for flour and snow, so a rerun gives the same pixels.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import sharp from 'sharp';

const OUT = path.resolve(import.meta.dirname, '../assets/sample/images');
// A TypeScript module rather than JSON: the electron/ project is composite and may not import files outside it.
const MANIFEST = path.resolve(import.meta.dirname, '../electron/sample/imageManifest.ts');
const MAX_BYTES = 150 * 1024;

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dots(random, count, width, height, colour, maxRadius, opacity) {
  let out = '';
  for (let i = 0; i < count; i += 1) {
    const r = (0.4 + random() * 0.6) * maxRadius;
    out += `<circle cx="${(random() * width).toFixed(1)}" cy="${(random() * height).toFixed(1)}" r="${r.toFixed(1)}" fill="${colour}" opacity="${(opacity * (0.4 + random() * 0.6)).toFixed(2)}"/>`;
  }
  return out;
}

const crust = `<radialGradient id="crust" cx="45%" cy="35%" r="75%"><stop offset="0" stop-color="#f6c77a"/><stop offset="0.55" stop-color="#d98b2b"/><stop offset="1" stop-color="#8a4a12"/></radialGradient>`;

function croissant(x, y, scale, angle) {
  const ridges = [-60, -30, 0, 30, 60]
    .map(
      (dx) =>
        `<path d="M ${dx} -48 Q ${dx * 1.15} 0 ${dx} 48" stroke="#7a3d0c" stroke-width="5" fill="none" opacity="0.45"/>`,
    )
    .join('');
  return `<g transform="translate(${x} ${y}) rotate(${angle}) scale(${scale})">
    <ellipse cx="8" cy="40" rx="120" ry="34" fill="#000" opacity="0.35"/>
    <path d="M -150 20 Q -120 -70 0 -62 Q 120 -70 150 20 Q 100 -8 60 50 Q 0 64 -60 50 Q -100 -8 -150 20 Z" fill="url(#crust)"/>
    ${ridges}</g>`;
}

function croissants() {
  const random = seeded(1);
  const w = 1200;
  const h = 1200;
  return {
    w,
    h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs>${crust}
      <linearGradient id="wood" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#5b3a22"/><stop offset="1" stop-color="#2e1c10"/></linearGradient></defs>
      <rect width="${w}" height="${h}" fill="url(#wood)"/>
      ${Array.from({ length: 14 }, (_, i) => `<rect x="0" y="${i * 90 + 20}" width="${w}" height="3" fill="#000" opacity="0.18"/>`).join('')}
      <rect x="120" y="140" width="960" height="920" rx="28" fill="#1f1f22" opacity="0.9"/>
      ${croissant(400, 380, 1.2, -12)}${croissant(800, 420, 1.15, 14)}${croissant(360, 760, 1.1, 8)}
      ${croissant(800, 800, 1.25, -6)}${croissant(590, 1000, 0.9, 3)}
      ${dots(random, 260, w, h, '#fff7e6', 3, 0.5)}</svg>`,
  };
}

function facade() {
  const w = 960;
  const h = 1200;
  const stripes = Array.from(
    { length: 12 },
    (_, i) => `<rect x="${80 + i * 67}" y="430" width="34" height="120" fill="#f4efe6"/>`,
  ).join('');
  return {
    w,
    h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc7e8"/><stop offset="1" stop-color="#f3dcc0"/></linearGradient>
      <linearGradient id="glass" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f7d9a0"/><stop offset="1" stop-color="#c98a3a"/></linearGradient></defs>
      <rect width="${w}" height="${h}" fill="url(#sky)"/>
      <rect x="40" y="120" width="880" height="1080" fill="#e9d5b5"/>
      ${[0, 1, 2].map((i) => `<rect x="${110 + i * 270}" y="180" width="200" height="200" fill="#7d9fb8" stroke="#fff" stroke-width="10"/>`).join('')}
      <rect x="80" y="430" width="800" height="120" fill="#2f5d50"/>${stripes}
      <path d="M 80 550 ${Array.from({ length: 12 }, (_, i) => `Q ${113 + i * 67} 600 ${147 + i * 67} 550`).join(' ')}" fill="#2f5d50"/>
      <rect x="80" y="590" width="800" height="90" fill="#2f5d50"/>
      <text x="480" y="650" font-family="DejaVu Serif" font-size="46" fill="#f4efe6" text-anchor="middle" letter-spacing="3">LES FOURNILS DE SAÔNE</text>
      <rect x="100" y="720" width="460" height="400" fill="url(#glass)" stroke="#2f5d50" stroke-width="18"/>
      <rect x="620" y="720" width="240" height="480" fill="#2f5d50"/><circle cx="830" cy="960" r="10" fill="#d9b25f"/>
      ${[0, 1, 2].map((i) => `<ellipse cx="${190 + i * 140}" cy="1050" rx="55" ry="26" fill="#b86b1e"/>`).join('')}
      <rect x="0" y="1180" width="${w}" height="20" fill="#8d8478"/></svg>`,
  };
}

function baguettes() {
  const random = seeded(3);
  const w = 1200;
  const h = 675;
  const loaf = (x, y, angle) => `<g transform="translate(${x} ${y}) rotate(${angle})">
    <rect x="-480" y="-42" width="960" height="84" rx="42" fill="url(#crust)"/>
    ${[-300, -150, 0, 150, 300].map((dx) => `<path d="M ${dx - 55} 12 Q ${dx} -34 ${dx + 55} -12" stroke="#fbe3b3" stroke-width="12" fill="none" stroke-linecap="round"/>`).join('')}</g>`;
  return {
    w,
    h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs>${crust}
      <linearGradient id="linen" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#efe6d6"/><stop offset="1" stop-color="#cfc1a8"/></linearGradient></defs>
      <rect width="${w}" height="${h}" fill="url(#linen)"/>
      ${Array.from({ length: 40 }, (_, i) => `<rect x="${i * 30}" y="0" width="2" height="${h}" fill="#b9a98c" opacity="0.25"/>`).join('')}
      ${loaf(600, 210, -8)}${loaf(620, 360, -4)}${loaf(580, 510, -11)}
      ${dots(random, 500, w, h, '#ffffff', 3.5, 0.7)}</svg>`,
  };
}

function montreal() {
  const random = seeded(4);
  const w = 675;
  const h = 1200;
  return {
    w,
    h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs>
      <linearGradient id="night" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#0f1d3a"/><stop offset="1" stop-color="#3b4a6b"/></linearGradient>
      <radialGradient id="warm" cx="50%" cy="50%" r="60%"><stop offset="0" stop-color="#ffe2a8"/><stop offset="1" stop-color="#d98b2b"/></radialGradient></defs>
      <rect width="${w}" height="${h}" fill="url(#night)"/>
      <rect x="40" y="260" width="595" height="820" fill="#7a3b2e"/>
      <path d="M 120 260 L 120 200 L 560 200 L 560 260" fill="#5e2c22"/>
      <rect x="90" y="330" width="495" height="70" fill="#1f3d36"/>
      <text x="337" y="377" font-family="DejaVu Sans" font-size="30" fill="#f4efe6" text-anchor="middle">FOURNILS · MONTRÉAL</text>
      <rect x="90" y="450" width="300" height="380" fill="url(#warm)"/><rect x="430" y="450" width="155" height="630" fill="#1f3d36"/>
      <path d="M 470 450 L 470 330" stroke="#222" stroke-width="6"/>
      <path d="M 90 830 L 110 760 L 130 830 Z M 330 830 L 350 740 L 370 830 Z" fill="#2f5d50"/>
      <path d="M 0 1080 Q 170 1040 337 1080 T 675 1070 L 675 1200 L 0 1200 Z" fill="#eef3fb"/>
      <path d="M 430 450 q 78 -30 155 0 l 0 18 q -78 -24 -155 0 Z M 90 450 q 150 -30 300 0 l 0 16 q -150 -24 -300 0 Z" fill="#f5f8fd"/>
      ${dots(random, 420, w, h, '#ffffff', 4, 0.85)}</svg>`,
  };
}

function tartePralines() {
  const random = seeded(5);
  const w = 1200;
  const h = 1200;
  let pralines = '';
  for (let i = 0; i < 90; i += 1) {
    const a = random() * Math.PI * 2;
    const r = Math.sqrt(random()) * 330;
    pralines += `<ellipse cx="${(600 + Math.cos(a) * r).toFixed(1)}" cy="${(600 + Math.sin(a) * r).toFixed(1)}" rx="${(8 + random() * 10).toFixed(1)}" ry="${(6 + random() * 6).toFixed(1)}" fill="#e0457b" opacity="0.8"/>`;
  }
  return {
    w,
    h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs>
      <radialGradient id="pink" cx="45%" cy="40%" r="65%"><stop offset="0" stop-color="#ff7aa8"/><stop offset="1" stop-color="#b3124e"/></radialGradient>
      <linearGradient id="marble" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f4f1ee"/><stop offset="1" stop-color="#d7d2cc"/></linearGradient></defs>
      <rect width="${w}" height="${h}" fill="url(#marble)"/>
      <path d="M 0 300 Q 400 200 700 420 T 1200 500" stroke="#bdb6ad" stroke-width="4" fill="none" opacity="0.6"/>
      <circle cx="610" cy="615" r="440" fill="#000" opacity="0.12"/>
      <circle cx="600" cy="600" r="430" fill="#ffffff"/>
      <circle cx="600" cy="600" r="380" fill="#d8a35a"/>
      <circle cx="600" cy="600" r="345" fill="url(#pink)"/>${pralines}
      <path d="M 600 600 L 945 600 A 345 345 0 0 1 844 844 Z" fill="#f7e8d0"/>
      <path d="M 600 600 L 945 600 A 345 345 0 0 1 844 844 Z" fill="url(#pink)" transform="translate(90 60)"/></svg>`,
  };
}

function latte() {
  const w = 960;
  const h = 1200;
  return {
    w,
    h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs>
      <linearGradient id="table" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2f5d50"/><stop offset="1" stop-color="#183029"/></linearGradient>
      <radialGradient id="coffee" cx="50%" cy="50%" r="50%"><stop offset="0" stop-color="#c98d5a"/><stop offset="0.8" stop-color="#7a4522"/><stop offset="1" stop-color="#4a2812"/></radialGradient></defs>
      <rect width="${w}" height="${h}" fill="url(#table)"/>
      <ellipse cx="480" cy="640" rx="380" ry="380" fill="#f4efe6"/>
      <ellipse cx="480" cy="640" rx="300" ry="300" fill="#e4dccf"/>
      <path d="M 760 600 q 120 0 120 90 q 0 90 -120 90" stroke="#f4efe6" stroke-width="40" fill="none"/>
      <circle cx="480" cy="620" r="240" fill="#f4efe6"/><circle cx="480" cy="620" r="215" fill="url(#coffee)"/>
      <path d="M 480 760 C 330 640 370 520 480 560 C 590 520 630 640 480 760 Z" fill="#f6e7cf"/>
      <path d="M 480 740 C 380 650 410 570 480 590 C 550 570 580 650 480 740 Z" fill="#c98d5a" opacity="0.5"/>
      <rect x="110" y="1020" width="300" height="120" rx="14" fill="#f6c77a" transform="rotate(-8 260 1080)"/></svg>`,
  };
}

const images = {
  'croissants.jpg': croissants,
  'facade-croix-rousse.jpg': facade,
  'baguettes.jpg': baguettes,
  'montreal-neige.jpg': montreal,
  'tarte-pralines.jpg': tartePralines,
  'cafe-latte.jpg': latte,
};

await mkdir(OUT, { recursive: true });
const manifest = [];
for (const [file, draw] of Object.entries(images)) {
  const { w, h, svg } = draw();
  const bytes = await sharp(Buffer.from(svg))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
  if (bytes.length > MAX_BYTES) throw new Error(`${file} is ${bytes.length} bytes, over ${MAX_BYTES}`);
  await writeFile(path.join(OUT, file), bytes);
  const meta = await sharp(await readFile(path.join(OUT, file))).metadata();
  manifest.push({
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    width: meta.width ?? w,
    height: meta.height ?? h,
    bytes: bytes.length,
    mime: 'image/jpeg',
  });
  console.log(`${file}  ${w}×${h}  ${(bytes.length / 1024).toFixed(1)} KB`);
}
const header = '// Written by scripts/make-sample-images.mjs: the bytes of assets/sample/images/, as committed.\n';
const source = `${header}export const IMAGE_MANIFEST = ${JSON.stringify(manifest, null, 2)} as const;\n`;
await writeFile(MANIFEST, await format(source, { ...(await resolveConfig(MANIFEST)), filepath: MANIFEST }));
