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
  bytes: z.number().int().nonnegative(),
  alt: z.string().max(5_000).default(''),
  tags: z.array(z.string().min(1).max(100)).default([]),
  folder: z.string().max(500).default(''),
  importedAt: UtcInstant,
});
export type MediaItem = z.infer<typeof MediaItem>;
