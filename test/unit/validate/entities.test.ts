import { describe, expect, it } from 'vitest';
import { extractEntities, uniqueLinks } from '../../../core/validate/index.js';

const values = (text: string) => {
  const e = extractEntities(text);
  return {
    hashtags: e.hashtags.map((h) => h.value),
    mentions: e.mentions.map((m) => m.value),
    links: e.links.map((l) => l.value),
  };
};

describe('hashtags, mentions and links as a CM writes them', () => {
  it('French hashtags keep their accents and underscores', () => {
    expect(values('Vive la #Pâtisserie et le #café_crème à #Montréal !').hashtags).toEqual([
      'Pâtisserie',
      'café_crème',
      'Montréal',
    ]);
  });

  it('a hashtag after an emoji is found at its UTF-16 position', () => {
    const [tag] = extractEntities('🥐🥐 #Viennoiserie').hashtags;
    expect(tag).toEqual({ value: 'Viennoiserie', start: 5, end: 18 });
  });

  it('Mastodon @user@domain and Bluesky handles are one mention each; an e-mail address is none', () => {
    expect(
      values('Merci @paul et @marie@mastodon.social, @fournils.bsky.social. contact@fournils.fr').mentions,
    ).toEqual(['paul', 'marie@mastodon.social', 'fournils.bsky.social']);
  });

  it('links with or without https://, and the @ or # inside a link are not entities', () => {
    expect(values('Voir https://mastodon.social/@paul#top et fournils.fr')).toEqual({
      hashtags: [],
      mentions: [],
      links: ['https://mastodon.social/@paul#top', 'fournils.fr'],
    });
  });

  it('the same link twice counts once', () => {
    expect(uniqueLinks(extractEntities('https://fournils.fr/ et fournils.fr puis https://x.fr').links)).toHaveLength(2);
  });
});
