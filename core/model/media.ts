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
