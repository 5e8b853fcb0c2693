import { NETWORKS } from '../../../core/model/network.js';
import { describe, expect, it } from 'vitest';
import { countFirstComment, countText, countTitle, rulesFor } from '../../../core/networks/index.js';

describe('Threads counts emoji in UTF-8 bytes (Meta, "Threads Posts")', () => {
  it('😀 counts 4 and a family of four counts 25', () => {
    expect(countText('threads', '😀').length).toBe(4);
    expect(countText('threads', '👨‍👩‍👧‍👧').length).toBe(25);
  });

  it('a French sentence counts one per letter, accents included', () => {
    expect(countText('threads', 'Été à la plage').length).toBe(14);
  });

  it('125 smileys fill the 500, the 126th is highlighted', () => {
    expect(countText('threads', '😀'.repeat(125))).toMatchObject({ length: 500, valid: true });
    expect(countText('threads', '😀'.repeat(126))).toMatchObject({ length: 504, valid: false, overflowFrom: 250 });
  });
});

describe('YouTube counts the description in UTF-8 bytes', () => {
  it('an accented letter costs 2 bytes: 2,500 of them fill the 5,000', () => {
    expect(countText('youtube', 'é'.repeat(2500))).toMatchObject({ length: 5000, valid: true });
    expect(countText('youtube', 'é'.repeat(2501))).toMatchObject({ length: 5002, valid: false, overflowFrom: 2500 });
  });

  it('an emoji costs 4 bytes', () => {
    expect(countText('youtube', '🎉').length).toBe(4);
  });

  it('refuses "<" and ">"', () => {
    expect(countText('youtube', 'Nouveau <3')).toMatchObject({ valid: false, problem: 'invalid_character' });
  });

  it('an empty description is fine: the video is the post', () => {
    expect(countText('youtube', '').valid).toBe(true);
  });
});

describe('networks without a documented unit count UTF-16 units, the safe reading', () => {
  it('an emoji counts 2 on LinkedIn, Instagram, Facebook, TikTok and Pinterest', () => {
    for (const network of ['linkedin', 'instagram', 'facebook', 'tiktok', 'pinterest'] as const) {
      expect(countText(network, 'Bravo 👏').length, network).toBe(8);
    }
  });

  it('"bold" Unicode letters pasted from a generator count 2 each on LinkedIn', () => {
    expect(countText('linkedin', '𝐁𝐫𝐚𝐯𝐨').length).toBe(10);
  });

  it('a LinkedIn post of 3,001 is highlighted at 3,000, never inside an emoji', () => {
    expect(countText('linkedin', 'a'.repeat(3001)).overflowFrom).toBe(3000);
    expect(countText('linkedin', `${'a'.repeat(2999)}😀`).overflowFrom).toBe(2999);
  });

  it('a caption without text is fine on Instagram, where the photo is the post', () => {
    expect(countText('instagram', '').valid).toBe(true);
    expect(countText('linkedin', '').valid).toBe(false);
  });
});

describe('broken text never crashes a count', () => {
  it('lone surrogates, controls and a 200,000-character paste are counted on every network', () => {
    const broken = `a\uD800b\uDC00c\u0000\u202E😀\uD83D`;
    const huge = 'Bonjour à tous ! '.repeat(12_000);
    for (const network of NETWORKS) {
      expect(countText(network, broken).length, network).toBeGreaterThan(0);
      expect(countText(network, huge).valid, network).toBe(huge.length <= rulesFor(network).text.limit);
    }
  });

  it('a lone surrogate is one grapheme on Bluesky and 3 bytes on YouTube (sent as U+FFFD)', () => {
    expect(countText('bluesky', 'a\uD800').length).toBe(2);
    expect(countText('youtube', 'a\uD800').length).toBe(4);
  });
});

describe('first comments and titles have their own limits', () => {
  it('a LinkedIn first comment stops at 1,250', () => {
    expect(countFirstComment('linkedin', 'a'.repeat(1251))).toMatchObject({
      limit: 1250,
      valid: false,
      overflowFrom: 1250,
    });
  });

  it('an empty first comment is simply no comment', () => {
    expect(countFirstComment('instagram', '')?.valid).toBe(true);
  });

  it('a first comment on X is a reply, counted as a post', () => {
    expect(countFirstComment('x', 'Lien en réponse : https://exemple.fr/page')).toMatchObject({
      length: 41,
      limit: 280,
    });
  });

  it('TikTok and Pinterest have no first comment', () => {
    expect(countFirstComment('tiktok', 'x')).toBeNull();
    expect(countFirstComment('pinterest', 'x')).toBeNull();
  });

  it('a YouTube title stops at 100 and refuses "<"', () => {
    expect(countTitle('youtube', 'a'.repeat(101))).toMatchObject({ limit: 100, valid: false });
    expect(countTitle('youtube', 'I <3 Lyon')).toMatchObject({ valid: false, problem: 'invalid_character' });
    expect(countTitle('x', 'Titre')).toBeNull();
  });
});
