import { describe, expect, it } from 'vitest';
import { mediaLookup, validateVariant } from '../../../core/validate/index.js';
import { account, media, only, post } from './fixtures.js';

const library = mediaLookup([
  media('img1', 'image'),
  media('img2', 'image'),
  media('img3', 'image'),
  media('img4', 'image'),
  media('img5', 'image'),
  media('noalt', 'image', ''),
  media('vid1', 'video', ''),
  media('vid2', 'video', ''),
  media('gif1', 'animation'),
]);

const check = (network: Parameters<typeof account>[0], ids: string[], alts: Record<string, string> = {}) => {
  const p = post('Du pain chaud', {
    [`acc_${network}`]: {
      media: ids.map((mediaId) => (alts[mediaId] === undefined ? { mediaId } : { mediaId, alt: alts[mediaId] })),
    },
  });
  return validateVariant(p, only(p), account(network), library);
};

describe('media that does not fit the network', () => {
  it('five pictures on X, which takes four, are flagged', () => {
    expect(check('x', ['img1', 'img2', 'img3', 'img4', 'img5'])).toEqual([
      { code: 'too_many_media', severity: 'error', field: 'media', params: { count: 5, max: 4 } },
      {
        code: 'too_many_media_of_kind',
        severity: 'error',
        field: 'media',
        params: { kind: 'image', count: 5, max: 4 },
      },
    ]);
  });

  it('a video with pictures is refused on X but fine in an Instagram carousel', () => {
    const x = check('x', ['img1', 'vid1'], { vid1: 'Le pétrin en marche' });
    expect(x).toEqual([expect.objectContaining({ code: 'media_kinds_mixed', params: { kinds: 'image, video' } })]);
    expect(check('instagram', ['img1', 'vid1'], { vid1: 'Le pétrin en marche' })).toEqual([]);
  });

  it('two videos on Bluesky, which takes one, are flagged', () => {
    const problems = check('bluesky', ['vid1', 'vid2'], { vid1: 'a', vid2: 'b' });
    expect(problems.map((p) => p.code)).toEqual(['too_many_media_of_kind']);
  });

  it('an Instagram post without media cannot go out', () => {
    expect(check('instagram', [])).toEqual([{ code: 'media_required', severity: 'error', field: 'media', params: {} }]);
  });

  it('a GIF counts as a picture on LinkedIn; a picture deleted from the library is reported', () => {
    expect(check('linkedin', ['gif1', 'img1'])).toEqual([]);
    expect(check('linkedin', ['gone'])).toEqual([
      { code: 'media_not_found', severity: 'error', field: 'media', params: { mediaId: 'gone', index: 0 } },
    ]);
  });
});

describe('alt text', () => {
  it('a picture without alt text is a warning; the variant’s own alt text counts', () => {
    expect(check('mastodon', ['noalt'])).toEqual([
      { code: 'media_alt_missing', severity: 'warning', field: 'media', params: { mediaId: 'noalt', index: 0 } },
    ]);
    expect(check('mastodon', ['noalt'], { noalt: 'Une baguette' })).toEqual([]);
  });

  it('alt text over X’s 1,000 characters is an error', () => {
    expect(check('x', ['img1'], { img1: 'é'.repeat(1001) })).toEqual([
      expect.objectContaining({
        code: 'media_alt_too_long',
        params: { mediaId: 'img1', index: 0, length: 1001, limit: 1000 },
      }),
    ]);
  });

  it('YouTube has no alt text: none is asked for', () => {
    expect(check('youtube', ['vid1'])).toEqual([]);
  });
});
