import { z } from 'zod';
import { MediaId, UtcInstant } from './ids.js';

export const MEDIA_KINDS = ['image', 'video', 'animation'] as const;
export const MediaKind = z.enum(MEDIA_KINDS);

export const MediaItem = z.object({
  id: MediaId,
  /** SHA-256 of the original bytes, stored unchanged under media/<2 hex>/<hash>.<ext>. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1).max(500),
  file: z.string().min(1).max(500),
  kind: MediaKind,
  mime: z.string().min(1).max(100),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  durationSeconds: z.number().nonnegative().nullable().default(null),
  /** Videos: frames per second as the container says; null for images or when it does not say. */
  frameRate: z.number().positive().nullable().default(null),
  /** Videos: the video and audio codecs as MediaInfo names them (AVC, HEVC, VP9, AAC…). */
  videoCodec: z.string().max(100).nullable().default(null),
  audioCodec: z.string().max(100).nullable().default(null),
  /** Images: libvips' colour space (srgb, cmyk, b-w…); a CMYK JPEG looks wrong on most networks. */
  colourSpace: z.string().max(50).nullable().default(null),
  /** EXIF orientation (1–8) or the video's rotation in degrees; width and height are already as displayed. */
  orientation: z.number().int().nullable().default(null),
  bytes: z.number().int().nonnegative(),
  alt: z.string().max(5_000).default(''),
  tags: z.array(z.string().min(1).max(100)).default([]),
  folder: z.string().max(500).default(''),
  importedAt: UtcInstant,
});
export type MediaItem = z.infer<typeof MediaItem>;

/** Why a file was not imported (electron/media). Stable: translations and scripts key on them. */
export const REFUSAL_REASONS = [
  /** The path does not exist. */
  'not-found',
  /** The file exists but could not be read (permissions, I/O error). */
  'unreadable',
  /** A symbolic link: refused as a link, never followed. */
  'symlink',
  /** Not a regular file: a FIFO, a socket, a device. */
  'not-a-file',
  /** Zero bytes. */
  'empty',
  /** Not an image or a video at all (text, a document renamed .jpg…). */
  'not-media',
  /** A real image or video format the library does not take (TIFF, SVG, HEIC, BMP, MKV, audio…). */
  'unsupported-format',
  /** The file ends before its data does (a download cut short). */
  'truncated',
  /** The data is damaged or cannot be decoded. */
  'corrupt',
  /** More pixels than the library decodes (a decompression bomb). */
  'too-many-pixels',
  /** An upload (web host, paste) larger than the loopback route accepts. */
  'too-large',
  /** The workspace's disk is full: nothing of this file was kept. */
  'disk-full',
  /** The workspace could not be written: nothing of this file was kept. */
  'write-failed',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
