import { describe, expect, it } from 'vitest';
import { countText, toShortUrl } from '../../../core/networks/index.js';
import { blueskyLinks } from '../../../core/networks/count-bluesky.js';

const bsky = (text: string) => countText('bluesky', text);

// Vectors from bluesky-social/social-app __tests__/lib/strings/url-helpers.test.ts (toShortUrl) and
// bluesky-social/atproto packages/lex/lex-data/src/utf8-grapheme-len.test.ts (graphemes).
describe('Bluesky shortens links the way the official app does', () => {
  it('keeps the host and a path of up to 15 characters, drops the scheme', () => {
    expect(toShortUrl('https://bsky.app')).toBe('bsky.app');
    expect(toShortUrl('https://bsky.app/3jk7x4irgv52r')).toBe('bsky.app/3jk7x4irgv52r');
    expect(toShortUrl('https://very-long-domain-name.com/foo')).toBe('very-long-domain-name.com/foo');
  });

  it('cuts a longer path after 13 characters and adds "..."', () => {
    expect(toShortUrl('https://bsky.app/3jk7x4irgv52r2313y182h9')).toBe('bsky.app/3jk7x4irgv52...');
    expect(toShortUrl('https://very-long-domain-name.com/foo?bar=baz#andsomemore')).toBe(
      'very-long-domain-name.com/foo?bar=baz#...',
    );
  });

  it('leaves what is not an http(s) URL alone', () => {
    expect(toShortUrl('ftp://example.com/file')).toBe('ftp://example.com/file');
    expect(toShortUrl('example.com/page')).toBe('example.com/page');
  });

  it('a long link in a post counts as its short form', () => {
    const text = 'Voir https://www.example.com/un/chemin/tres/long/vers/une/page?x=1 !';
    // "Voir " + "www.example.com" + "/un/chemin/tr" + "..." + " !"
    expect(bsky(text).length).toBe(5 + 15 + 13 + 3 + 2);
  });

  it('a news link of 51 characters counts 35 once shortened', () => {
    const url = 'https://www.theguardian.com/world/2024/jan/01/story';
    expect(url.length).toBe(51);
    expect(toShortUrl(url)).toBe('www.theguardian.com/world/2024/j...');
    expect(bsky(url).length).toBe(35);
  });

  it('a link typed without https:// counts in full, as typed', () => {
    expect(bsky('exemple.fr/un/chemin/tres/long').length).toBe(30);
  });

  it('a link in upper case is not a link for the app and counts in full', () => {
    const text = 'HTTPS://EXAMPLE.COM/UN/CHEMIN/TRES/LONG';
    expect(bsky(text).length).toBe(text.length);
  });

  it('a full stop or a closing bracket after a link is not part of it', () => {
    expect(bsky('(https://example.com/a)').length).toBe(1 + 'example.com/a'.length + 1);
    expect(bsky('https://example.com/abcdefghijklmnopqrstuvwxyz.').length).toBe(
      'example.com/abcdefghijkl...'.length + 1,
    );
  });
});

describe('Bluesky counts graphemes', () => {
  it('a family emoji, a flag and a skin tone are 1 each', () => {
    expect(bsky('👨‍👩‍👧‍👦').length).toBe(1);
    expect(bsky('🇫🇷').length).toBe(1);
    expect(bsky('👋🏽').length).toBe(1);
  });

  it('a decomposed é counts 1, and so does a Devanagari conjunct cluster (Unicode 15.1)', () => {
    expect(bsky('e\u0301').length).toBe(1);
    expect(bsky('नमस्ते').length).toBe(3);
  });

  it('300 characters fit, the 301st is highlighted', () => {
    expect(bsky('é'.repeat(300))).toMatchObject({ length: 300, valid: true, overflowFrom: null });
    expect(bsky('é'.repeat(301))).toMatchObject({ length: 301, valid: false, overflowFrom: 300, problem: 'too_long' });
  });

  it('a link that crosses the limit is highlighted from its start', () => {
    const text = `${'a'.repeat(290)} https://example.com/page`;
    expect(bsky(text)).toMatchObject({ length: 291 + 'example.com/page'.length, overflowFrom: 291 });
  });

  it('121 family emoji fit in 300 graphemes but not in 3,000 bytes', () => {
    const family = '👨‍👩‍👧‍👦';
    const result = bsky(family.repeat(121));
    expect(result.length).toBe(121);
    expect(result).toMatchObject({ valid: false, problem: 'too_many_bytes' });
    // 25 bytes each: the 121st starts past byte 3,000.
    expect(result.overflowFrom).toBe(120 * family.length);
  });
});

describe('Bluesky counting equals the graphemes of the text the app publishes', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const pieces = [
    'Salut',
    'é',
    '😀',
    '(',
    ')',
    'https://exemple.fr/un/chemin/long?q=1',
    'https://a.io',
    'exemple.fr/x',
    '.',
    '!',
    '\n',
    '\u0301',
  ];
  it('on 300 generated posts', () => {
    let s = 11;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0, k = 3 + (next() % 60); i < k; i++)
        text += (pieces[next() % pieces.length] ?? '') + (next() % 3 === 0 ? '' : ' ');
      let published = '';
      let last = 0;
      for (const link of blueskyLinks(text)) {
        published += text.slice(last, link.start) + link.shortened;
        last = link.end;
      }
      published += text.slice(last);
      expect(bsky(text).length, text).toBe([...segmenter.segment(published)].length);
    }
  });
});
