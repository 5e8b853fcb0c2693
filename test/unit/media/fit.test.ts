import { describe, expect, it } from 'vitest';
import { altLimits, fitEverywhere, fitOn, fitsNetwork } from '../../../core/media/index.js';
import type { z } from 'zod';
import { AttachedMedia, MediaItem } from '../../../core/model/index.js';
import { rulesFor } from '../../../core/networks/index.js';
import { checkMedia, mediaLookup } from '../../../core/validate/index.js';

const MB = 1024 * 1024;

function item(extra: Partial<z.input<typeof MediaItem>> & { id: string }): MediaItem {
  return MediaItem.parse({
    sha256: 'b'.repeat(64),
    name: `${extra.id}.jpg`,
    file: `media/bb/${'b'.repeat(64)}.jpg`,
    kind: 'image',
    mime: 'image/jpeg',
    width: 1080,
    height: 1350,
    bytes: 1.5 * MB,
    importedAt: '2026-03-10T09:00:00.000Z',
    ...extra,
  });
}

describe('whether an item fits a network', () => {
  it('a 4:5 JPEG of 1.5 MB fits everywhere pictures go', () => {
    const fits = fitEverywhere(item({ id: 'portrait' }));
    expect(fits.filter((f) => !f.fits).map((f) => [f.network, f.problems])).toEqual([
      ['youtube', [{ reason: 'kind', kind: 'image' }]],
    ]);
  });

  it('a very tall picture is refused by Instagram for its ratio, with the accepted range', () => {
    const tall = item({ id: 'tall', width: 1080, height: 1920 });
    expect(fitOn(rulesFor('instagram'), tall)).toEqual({
      network: 'instagram',
      fits: false,
      problems: [{ reason: 'ratio', ratio: 1080 / 1920, min: 4 / 5, max: 1.91 }],
    });
    expect(fitsNetwork('x', tall)).toBe(true);
  });

  it('a PNG of 3 MB is too heavy for Bluesky and in a format Instagram does not take', () => {
    const png = item({ id: 'png', mime: 'image/png', bytes: 3 * MB, width: 1000, height: 1000 });
    expect(fitOn(rulesFor('bluesky'), png).problems).toEqual([{ reason: 'bytes', bytes: 3 * MB, max: 2_000_000 }]);
    expect(fitOn(rulesFor('instagram'), png).problems).toEqual([
      { reason: 'format', mime: 'image/png', accepted: ['image/jpeg'] },
    ]);
  });

  it('a 2-second video is too short for Instagram and TikTok, a 3-minute one too long for X', () => {
    const video = { kind: 'video', mime: 'video/mp4', width: 1080, height: 1920 } as const;
    const short = item({ id: 'short', ...video, durationSeconds: 2 });
    expect(fitOn(rulesFor('instagram'), short).problems).toEqual([{ reason: 'too-short', seconds: 2, min: 3 }]);
    expect(fitsNetwork('tiktok', short)).toBe(false);
    const long = item({ id: 'long', ...video, durationSeconds: 180 });
    expect(fitOn(rulesFor('x'), long).problems).toEqual([{ reason: 'too-long', seconds: 180, max: 140 }]);
    expect(fitsNetwork('youtube', long)).toBe(true);
  });

  it('a GIF is a picture on LinkedIn but a kind YouTube does not take', () => {
    const gif = item({ id: 'gif', kind: 'animation', mime: 'image/gif', width: 500, height: 500 });
    expect(fitsNetwork('linkedin', gif)).toBe(true);
    expect(fitOn(rulesFor('youtube'), gif).problems).toEqual([{ reason: 'kind', kind: 'animation' }]);
  });
});

describe('alt text against each network’s limit', () => {
  it('counts characters, not UTF-16 units, and flags the networks it is too long for', () => {
    const alt = '🥐'.repeat(350); // 350 characters, 700 UTF-16 units
    const limits = altLimits(alt);
    expect(limits.find((l) => l.network === 'x')).toEqual({ network: 'x', limit: 1000, length: 350, over: false });
    expect(limits.filter((l) => l.over).map((l) => l.network)).toEqual(
      limits.filter((l) => l.limit !== null && l.limit < 350).map((l) => l.network),
    );
    expect(limits.some((l) => l.network === 'youtube')).toBe(false);
  });
});

const attach = (mediaId: string, alt?: string) =>
  AttachedMedia.parse(alt === undefined ? { mediaId } : { mediaId, alt });

describe('the media of one variant', () => {
  const library = mediaLookup([
    item({ id: 'tall', width: 1080, height: 1920, alt: 'Une baguette' }),
    item({ id: 'square', width: 1080, height: 1080, alt: '' }),
    item({ id: 'clip', kind: 'video', mime: 'video/mp4', durationSeconds: 200, alt: 'Le four' }),
  ]);

  it('reports counts and mixes and, for each item that does not fit, why, in one list', () => {
    const problems = checkMedia(rulesFor('x'), [attach('tall'), attach('clip')], library);
    expect(problems.map((p) => [p.code, p.params.index ?? null])).toEqual([
      ['media_duration_too_long', 1],
      ['media_kinds_mixed', null],
    ]);
  });

  it('flags a missing alt text unless the variant overrides it', () => {
    const missing = checkMedia(rulesFor('instagram'), [attach('square')], library);
    expect(missing.map((p) => p.code)).toEqual(['media_alt_missing']);
    expect(checkMedia(rulesFor('instagram'), [attach('square', 'Un pain')], library)).toEqual([]);
  });
});
