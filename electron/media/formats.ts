/**
 * What the media library accepts, how a file is recognised from its first bytes (never from its
 * name), and the stable reason codes of a refusal (the UI and the CLI translate them).
 */

// The refusal reasons live in the model, so the renderer translates the same list the import uses.
import type { RefusalReason } from '../../core/model/media.js';
export { REFUSAL_REASONS, type RefusalReason } from '../../core/model/media.js';

/** Where a stored media file may be, as media.json names it (group 1: its SHA-256): nothing else is ever opened. */
export const STORED_FILE = /^media\/[0-9a-f]{2}\/([0-9a-f]{64})\.[a-z0-9]{1,8}$/;

/** A refusal carried as an exception inside the import of one file. */
export class Refusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    detail: string = reason,
  ) {
    super(detail);
    this.name = 'Refusal';
  }
}

/** The formats kept, by what their bytes say they are. */
export const IMAGE_FORMATS = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
  avif: { mime: 'image/avif', ext: 'avif' },
} as const;
export type ImageFormat = keyof typeof IMAGE_FORMATS;

export const VIDEO_FORMATS = {
  mp4: { mime: 'video/mp4', ext: 'mp4' },
  mov: { mime: 'video/quicktime', ext: 'mov' },
  webm: { mime: 'video/webm', ext: 'webm' },
} as const;
export type VideoFormat = keyof typeof VIDEO_FORMATS;

/** What the first bytes say: an image for sharp, a candidate video for the prober, or a refusal. */
export type Sniffed =
  { kind: 'image'; format: ImageFormat } | { kind: 'video-candidate' } | { kind: 'refuse'; reason: RefusalReason };

/** How many leading bytes `sniff` wants. */
export const SNIFF_BYTES = 64;

function ascii(head: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...head.subarray(start, end));
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/**
 * Decides from the magic bytes which decoder may see the file. Formats we do not take never reach
 * a decoder (no SVG through librsvg, no TIFF), so a hostile file meets as little code as possible.
 */
export function sniff(head: Uint8Array): Sniffed {
  const b = (i: number) => head[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return { kind: 'image', format: 'jpeg' };
  if (b(0) === 0x89 && ascii(head, 1, 4) === 'PNG') return { kind: 'image', format: 'png' };
  if (ascii(head, 0, 4) === 'GIF8') return { kind: 'image', format: 'gif' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { kind: 'image', format: 'webp' };
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'avif' || brand === 'avis') return { kind: 'image', format: 'avif' };
    if (HEIF_BRANDS.has(brand)) return { kind: 'refuse', reason: 'unsupported-format' };
    return { kind: 'video-candidate' };
  }
  const unsupportedImage =
    ascii(head, 0, 4) === 'II*\0' ||
    ascii(head, 0, 4) === 'MM\0*' ||
    ascii(head, 0, 2) === 'BM' ||
    ascii(head, 0, 4) === '8BPS' ||
    (b(0) === 0 && b(1) === 0 && b(2) === 1 && b(3) === 0) || // .ico
    /^\s*(<\?xml|<svg)/i.test(ascii(head, 0, Math.min(head.length, SNIFF_BYTES)));
  if (unsupportedImage) return { kind: 'refuse', reason: 'unsupported-format' };
  // Everything else (WebM/Matroska, AVI, MPEG-TS, audio, documents, text) is left to the video
  // prober, which tells media it does not take from what is not media at all.
  return { kind: 'video-candidate' };
}
