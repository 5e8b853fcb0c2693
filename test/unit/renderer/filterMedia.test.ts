import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { MediaItem } from '../../../core/model/index.js';
import {
  filterMedia,
  foldersOf,
  NO_FILTERS,
  type MediaFilters,
} from '../../../renderer/src/features/library/filterMedia.js';

function item(extra: Partial<z.input<typeof MediaItem>> & { id: string }): MediaItem {
  return MediaItem.parse({
    sha256: 'c'.repeat(64),
    name: `${extra.id}.jpg`,
    file: `media/cc/${'c'.repeat(64)}.jpg`,
    kind: 'image',
    mime: 'image/jpeg',
    width: 1080,
    height: 1080,
    bytes: 500_000,
    importedAt: '2026-03-10T09:00:00.000Z',
    ...extra,
  });
}

const library = [
  item({
    id: 'tarte',
    name: 'Tarte aux pralines.jpg',
    tags: ['Été', 'pâtisserie'],
    alt: 'Une tarte rose',
    folder: 'Lyon/Croix-Rousse',
  }),
  item({ id: 'facade', name: 'Façade.jpg', alt: '', folder: 'Lyon' }),
  item({ id: 'reel', name: 'Four.mp4', kind: 'video', mime: 'video/mp4', durationSeconds: 200, alt: 'Le four' }),
  item({ id: 'gif', name: 'Vapeur.gif', kind: 'animation', mime: 'image/gif', alt: 'De la vapeur' }),
];
const used = new Set(['tarte', 'reel']);
const run = (filters: Partial<MediaFilters>) =>
  filterMedia(library, { ...NO_FILTERS, ...filters }, (id) => used.has(id)).map((m) => m.id);

describe('searching and filtering the library', () => {
  it('finds by name, tag, folder and alt text, ignoring accents and case, every word', () => {
    expect(run({ query: 'ete' })).toEqual(['tarte']);
    expect(run({ query: 'FACADE' })).toEqual(['facade']);
    expect(run({ query: 'rose tarte' })).toEqual(['tarte']);
    expect(run({ query: 'croix-rousse' })).toEqual(['tarte']);
    expect(run({ query: 'tarte four' })).toEqual([]);
  });

  it('filters by kind, usage, missing alt text and folder (with its sub-folders)', () => {
    expect(run({ kind: 'video' })).toEqual(['reel']);
    expect(run({ usage: 'unused' })).toEqual(['facade', 'gif']);
    expect(run({ missingAlt: true })).toEqual(['facade']);
    expect(run({ folder: 'Lyon' })).toEqual(['tarte', 'facade']);
    expect(run({ folder: 'Lyon/Croix-Rousse' })).toEqual(['tarte']);
  });

  it('keeps only what a network accepts', () => {
    // X: the 200-second video is too long; Instagram takes no GIF.
    expect(run({ network: 'x' })).toEqual(['tarte', 'facade', 'gif']);
    expect(run({ network: 'instagram' })).toEqual(['tarte', 'facade', 'reel']);
    expect(run({ network: 'youtube' })).toEqual(['reel']);
  });

  it('lists folders with their parents', () => {
    expect(foldersOf(library)).toEqual(['Lyon', 'Lyon/Croix-Rousse']);
  });
});
