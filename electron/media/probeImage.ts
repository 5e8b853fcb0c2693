/**
 * Images through sharp: the header for format, size, orientation and colour space, then a full
 * decode into a 320 px WebP. The decode is what catches a truncated or damaged file (the header
 * of a JPEG cut in half still reads fine), and its output is the thumbnail, so nothing is decoded
 * twice. The pixel limit stops a decompression bomb before any pixel is allocated.
 */
import { open } from 'node:fs/promises';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { IMAGE_FORMATS, Refusal, type ImageFormat } from './formats.js';

/** Above this many pixels (width × height of one frame) an image is refused: 100 MP. */
export const MAX_INPUT_PIXELS = 100_000_000;
/** Longest side of a thumbnail. */
export const THUMBNAIL_SIZE = 320;

export interface ImageProbe {
  kind: 'image' | 'animation';
  format: ImageFormat;
  mime: string;
  ext: string;
  /** As displayed, after EXIF orientation. */
  width: number;
  height: number;
  /** EXIF orientation (1–8), 1 when absent. */
  orientation: number;
  /** libvips' name for it: srgb, cmyk, b-w… */
  colourSpace: string;
  hasAlpha: boolean;
  hasIccProfile: boolean;
  frames: number;
}

export interface DecodedImage {
  probe: ImageProbe;
  /** A WebP at most THUMBNAIL_SIZE on its longest side. */
  thumbnail: Buffer;
}

function sharpRefusal(error: unknown): Refusal {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return new Refusal('too-many-pixels', message);
  if (/premature end|truncat|unexpected end|end of (stream|file|data)|not enough data|out of data/i.test(message))
    return new Refusal('truncated', message);
  if (/unsupported image format/i.test(message)) return new Refusal('not-media', message);
  return new Refusal('corrupt', message);
}

/**
 * Whether a file that failed to decode stops before its own end: a PNG without its IEND chunk, a
 * WebP shorter than its RIFF header says, a JPEG without its end marker, a GIF without its trailer.
 * Decoders only say "read error" or "corrupt header" for these.
 */
async function endsEarly(file: string, format: ImageFormat): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(12);
    const tail = Buffer.alloc(Math.min(12, size));
    await handle.read(head, 0, 12, 0);
    await handle.read(tail, 0, tail.length, size - tail.length);
    switch (format) {
      case 'png':
        return tail.subarray(0, 8).toString('latin1') !== '\0\0\0\0IEND';
      case 'webp':
        return head.readUInt32LE(4) + 8 > size;
      case 'jpeg':
        return !(tail.at(-2) === 0xff && tail.at(-1) === 0xd9);
      case 'gif':
        return tail.at(-1) !== 0x3b;
      default:
        return false;
    }
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

async function refusalFor(error: unknown, file: string, format: ImageFormat): Promise<Refusal> {
  const refusal = sharpRefusal(error);
  if (refusal.reason === 'corrupt' && (await endsEarly(file, format))) return new Refusal('truncated', refusal.message);
  return refusal;
}

/** The same decode, for a thumbnail made later from the stored file. */
export function thumbnailPipeline(file: string): Sharp {
  return sharp(file, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning', pages: 1 })
    .autoOrient()
    .resize({ width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 78, effort: 2 });
}

export async function decodeImage(file: string, expected: ImageFormat): Promise<DecodedImage> {
  let meta: Metadata;
  try {
    meta = await sharp(file, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch (error) {
    throw await refusalFor(error, file, expected);
  }
  const format = meta.format === 'heif' && meta.compression === 'av1' ? 'avif' : meta.format;
  if (format !== expected) throw new Refusal('corrupt', `header says ${expected}, decoder says ${String(format)}`);
  const frameWidth = meta.width;
  const frameHeight = meta.pageHeight ?? meta.height;
  if (!frameWidth || !frameHeight) throw new Refusal('corrupt', 'no dimensions');
  if (frameWidth * frameHeight > MAX_INPUT_PIXELS)
    throw new Refusal('too-many-pixels', `${frameWidth}×${frameHeight} is over ${MAX_INPUT_PIXELS} pixels`);
  let thumbnail: Buffer;
  try {
    thumbnail = await thumbnailPipeline(file).toBuffer();
  } catch (error) {
    throw await refusalFor(error, file, expected);
  }
  const orientation = meta.orientation ?? 1;
  const turned = orientation >= 5 && orientation <= 8;
  const frames = meta.pages ?? 1;
  const { mime, ext } = IMAGE_FORMATS[expected];
  return {
    probe: {
      kind: frames > 1 && (expected === 'gif' || expected === 'webp') ? 'animation' : 'image',
      format: expected,
      mime,
      ext,
      width: turned ? frameHeight : frameWidth,
      height: turned ? frameWidth : frameHeight,
      orientation,
      colourSpace: meta.space ?? 'unknown',
      hasAlpha: meta.hasAlpha ?? false,
      hasIccProfile: meta.icc !== undefined,
      frames,
    },
    thumbnail,
  };
}
