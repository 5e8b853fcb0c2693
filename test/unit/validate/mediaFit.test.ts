/**
 * Media that the variant's network would refuse at upload: each reason is its own error, naming
 * the item and carrying what was measured with the network's own limit (core/networks' sourced rules).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { MediaItem, type Network } from '../../../core/model/index.js';
import { rulesFor } from '../../../core/networks/index.js';
import { hasErrors, mediaLookup, validateVariant, type Problem } from '../../../core/validate/index.js';
import { account, only, post } from './fixtures.js';

function item(id: string, extra: Partial<z.input<typeof MediaItem>> = {}): MediaItem {
  return MediaItem.parse({
    id,
    sha256: 'c'.repeat(64),
    name: `${id}.jpg`,
    file: `media/cc/${id}.jpg`,
    kind: 'image',
    mime: 'image/jpeg',
    width: 1080,
    height: 1080,
    bytes: 300_000,
    alt: 'Une miche de campagne',
    importedAt: '2026-03-10T09:00:00.000Z',
    ...extra,
  });
}

const library = [
  item('square'),
  item('portrait-4-5', { width: 1080, height: 1350 }),
  item('landscape-1-91', { width: 1910, height: 1000 }),
  item('story-9-16', { name: 'Vitrine en story.jpg', width: 1080, height: 1920 }),
  item('panorama-2-1', { width: 2000, height: 1000 }),
  item('heavy', { name: 'Fournil HD.jpg', bytes: 95_000_000 }),
  item('logo', { name: 'Logo.png', mime: 'image/png' }),
  item('sticker', { name: 'Sticker.webp', mime: 'image/webp' }),
  item('long-clip', {
    name: 'Pétrissage.mp4',
    kind: 'video',
    mime: 'video/mp4',
    width: 1080,
    height: 1920,
    durationSeconds: 190,
    bytes: 40_000_000,
  }),
  item('blink', { name: 'Clin d’œil.mp4', kind: 'video', mime: 'video/mp4', durationSeconds: 2, bytes: 500_000 }),
];
const lookup = mediaLookup(library);

function check(network: Network, ids: string[]): Problem[] {
  const p = post('Du pain chaud au fournil.', { [`acc_${network}`]: { media: ids.map((mediaId) => ({ mediaId })) } });
  return validateVariant(p, only(p), account(network), lookup).filter((p) => p.field === 'media');
}

const instagramImage = rulesFor('instagram').media.kinds.image;
const xVideo = rulesFor('x').media.kinds.video;

describe('pictures against a network’s accepted ratios', () => {
  it('Instagram’s feed takes 1:1, 4:5 and 1.91:1 but refuses 9:16 and 2:1, each named with its ratio', () => {
    expect(instagramImage?.aspect).toBeDefined();
    expect(check('instagram', ['square', 'portrait-4-5', 'landscape-1-91'])).toEqual([]);
    const problems = check('instagram', ['square', 'story-9-16', 'panorama-2-1']);
    expect(problems).toEqual([
      {
        code: 'media_ratio_not_supported',
        severity: 'error',
        field: 'media',
        params: {
          mediaId: 'story-9-16',
          index: 1,
          name: 'Vitrine en story.jpg',
          width: 1080,
          height: 1920,
          ratio: 1080 / 1920,
          minRatio: instagramImage?.aspect?.min,
          maxRatio: instagramImage?.aspect?.max,
        },
      },
      expect.objectContaining({
        code: 'media_ratio_not_supported',
        params: expect.objectContaining({ mediaId: 'panorama-2-1', index: 2, ratio: 2 }) as unknown,
      }),
    ]);
    expect(hasErrors(problems)).toBe(true);
  });

  it('X has no ratio rule for pictures: the same 9:16 picture goes out there', () => {
    expect(check('x', ['story-9-16'])).toEqual([]);
  });
});

describe('videos against a network’s durations', () => {
  it('a 3 min 10 s video is too long for X, with X’s limit', () => {
    expect(check('x', ['long-clip'])).toEqual([
      {
        code: 'media_duration_too_long',
        severity: 'error',
        field: 'media',
        params: {
          mediaId: 'long-clip',
          index: 0,
          name: 'Pétrissage.mp4',
          seconds: 190,
          maxSeconds: xVideo?.maxDurationSeconds,
        },
      },
    ]);
  });

  it('Threads takes five minutes, so the same video fits there; a 2 s clip is too short for Instagram', () => {
    expect(check('threads', ['long-clip'])).toEqual([]);
    expect(check('instagram', ['blink'])).toEqual([
      expect.objectContaining({
        code: 'media_duration_too_short',
        severity: 'error',
        params: {
          mediaId: 'blink',
          index: 0,
          name: 'Clin d’œil.mp4',
          seconds: 2,
          minSeconds: rulesFor('instagram').media.kinds.video?.minDurationSeconds,
        },
      }),
    ]);
  });
});

describe('file size and format', () => {
  it('a 95 MB picture is over Instagram’s 8 MB and Bluesky’s 2 MB, each with its own limit', () => {
    for (const network of ['instagram', 'bluesky'] as const) {
      expect(check(network, ['heavy'])).toEqual([
        {
          code: 'media_file_too_large',
          severity: 'error',
          field: 'media',
          params: {
            mediaId: 'heavy',
            index: 0,
            name: 'Fournil HD.jpg',
            bytes: 95_000_000,
            maxBytes: rulesFor(network).media.kinds.image?.maxBytes,
          },
        },
      ]);
    }
    expect(check('mastodon', ['square'])).toEqual([]);
  });

  it('a PNG is refused by Instagram (JPEG only) and a WebP by Threads, but both go out on X', () => {
    expect(check('instagram', ['logo'])).toEqual([
      {
        code: 'media_format_not_supported',
        severity: 'error',
        field: 'media',
        params: { mediaId: 'logo', index: 0, name: 'Logo.png', mime: 'image/png', accepted: 'image/jpeg' },
      },
    ]);
    expect(check('threads', ['sticker'])).toEqual([
      expect.objectContaining({
        code: 'media_format_not_supported',
        params: expect.objectContaining({ mime: 'image/webp', accepted: 'image/jpeg, image/png' }) as unknown,
      }),
    ]);
    expect(check('x', ['logo', 'sticker'])).toEqual([]);
  });

  it('one item with several misfits gets one problem per reason, alongside the post’s own media problems', () => {
    const heavyStoryPng = item('heavy-story', { mime: 'image/png', width: 1080, height: 1920, bytes: 9 * 1024 * 1024 });
    const p = post('Du pain.', { acc_instagram: { media: [{ mediaId: 'heavy-story' }, { mediaId: 'gone' }] } });
    const codes = validateVariant(p, only(p), account('instagram'), mediaLookup([heavyStoryPng])).map((x) => x.code);
    expect(codes).toEqual([
      'media_format_not_supported',
      'media_file_too_large',
      'media_ratio_not_supported',
      'media_not_found',
    ]);
  });
});
