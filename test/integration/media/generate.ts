/**
 * Media files made by the tests themselves (no binary fixtures): images with sharp, a short video
 * with ffmpeg when /usr/bin/ffmpeg is there (the product never runs ffmpeg), and broken files.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

export const FFMPEG = '/usr/bin/ffmpeg';
export const HAS_FFMPEG = existsSync(FFMPEG);

export async function jpeg(file: string, width: number, height: number, colour = '#c0392b'): Promise<Buffer> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg({ quality: 85 })
    .toBuffer();
  await writeFile(file, bytes);
  return bytes;
}

/** A JPEG stored `width`×`height` with EXIF orientation 6 (shown turned a quarter, so height×width). */
export async function rotatedJpeg(file: string, width: number, height: number): Promise<Buffer> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: '#2980b9' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();
  await writeFile(file, bytes);
  return bytes;
}

export async function png(file: string, width: number, height: number, colour = '#27ae60'): Promise<Buffer> {
  const bytes = await sharp({ create: { width, height, channels: 4, background: colour } })
    .png()
    .toBuffer();
  await writeFile(file, bytes);
  return bytes;
}

export async function gif(file: string, width: number, height: number, frames: string[]): Promise<Buffer> {
  const pages = await Promise.all(
    frames.map((background) =>
      sharp({ create: { width, height, channels: 3, background } })
        .png()
        .toBuffer(),
    ),
  );
  const bytes =
    pages.length === 1
      ? await sharp(pages[0]).gif().toBuffer()
      : await sharp(pages, { join: { animated: true } })
          .gif({ delay: pages.map(() => 100), loop: 0 })
          .toBuffer();
  await writeFile(file, bytes);
  return bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid PNG of 20000×20000 black pixels (400 MP, 1 bit deep) that weighs about 60 KB: a
 * decompression bomb. Built by hand because encoding it through sharp takes half a minute.
 */
export async function bomb(file: string, side = 20_000): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  const row = Buffer.alloc(1 + Math.ceil(side / 8)); // filter byte 0, then zeros
  const raw = Buffer.alloc(row.length * side);
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  await writeFile(file, bytes);
  return bytes;
}

/** A photo-like JPEG (gradient plus noise) so its data is not trivially short. */
export async function photo(file: string, width: number, height: number, seed: number): Promise<Buffer> {
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 100 + (seed % 50), sigma: 25 },
    },
  })
    .png()
    .toBuffer();
  const bytes = await sharp(noise).jpeg({ quality: 82 }).toBuffer();
  await writeFile(file, bytes);
  return bytes;
}

/** Runs the test machine's ffmpeg (never a shell); `args` without the output's -y. */
export function ffmpeg(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(FFMPEG, ['-loglevel', 'error', '-y', ...args], (error, _stdout, stderr) =>
      error ? reject(new Error(`ffmpeg: ${stderr}`)) : resolve(),
    );
  });
}

/**
 * An H.264 MP4 (moov first, so a truncated copy still has its header): by default 1 second of
 * 320×240 at 25 fps; a long test video can be small and one frame a second to stay light.
 */
export async function mp4(file: string, seconds = 1, { size = '320x240', rate = 25 } = {}): Promise<void> {
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `testsrc=size=${size}:rate=${rate}:duration=${seconds}`,
    '-pix_fmt',
    'yuv420p',
    '-c:v',
    'libx264',
    '-movflags',
    '+faststart',
    file,
  ]);
}
