import { MB, sourced } from './sourced.js';
import type { NetworkRules } from './types.js';

const COUNTING = 'https://docs.x.com/fundamentals/counting-characters';
const MEDIA = 'https://docs.x.com/x-api/media/quickstart/best-practices';
const TWITTER_TEXT = 'https://github.com/twitter/twitter-text/blob/master/config/v3.json';

export const X_RULES: NetworkRules = {
  network: 'x',
  name: 'X',
  text: {
    ...sourced(
      COUNTING,
      'verified',
      'twitter-text config v3: weight 1 for Latin and common punctuation, 2 for the rest, every emoji 2, every URL 23 (with or without https://), NFC first; U+FFFE, U+FEFF, U+FFFF are refused. Premium accounts write up to 25,000 (Buffer developers guide, secondary): set it as the account limit.',
    ),
    field: 'post',
    limit: 280,
    method: 'x-weighted',
    requiredWithoutMedia: true,
  },
  thread: {
    ...sourced(
      COUNTING,
      'verified',
      'A thread is a chain of replies by the same account; each reply is a post with the same limit.',
    ),
    supported: true,
    partLimit: 280,
  },
  firstComment: {
    ...sourced(
      COUNTING,
      'verified',
      'A first comment is a reply: counted as a post. @mentions X adds at the start of a reply are free.',
    ),
    supported: true,
    limit: 280,
    method: 'x-weighted',
  },
  hashtags: { ...sourced(COUNTING, 'unverified', 'No cap found in X documentation.'), max: null },
  mentions: { ...sourced(COUNTING, 'unverified', 'No cap found in X documentation.'), max: null },
  links: { ...sourced(TWITTER_TEXT, 'unverified', 'No cap found; each link counts 23.'), max: null },
  altText: {
    ...sourced('https://docs.x.com/x-api/fundamentals/data-dictionary', 'verified', 'Images and GIFs only.'),
    supported: true,
    limit: 1000,
  },
  media: {
    ...sourced(
      MEDIA,
      'verified',
      'Up to 4 photos, or 1 GIF, or 1 video. Attached media counts 0 characters. Longer and 1080p videos for subscribers.',
    ),
    maxItems: 4,
    required: false,
    mixKinds: false,
    kinds: {
      image: { maxCount: 4, maxBytes: 5 * MB, formats: ['image/jpeg', 'image/png', 'image/webp'] },
      animation: { maxCount: 1, maxBytes: 15 * MB, formats: ['image/gif'] },
      video: {
        maxCount: 1,
        maxBytes: 512 * MB,
        formats: ['video/mp4', 'video/quicktime'],
        aspect: { min: 1 / 3, max: 3 },
        minDurationSeconds: 0.5,
        maxDurationSeconds: 140,
      },
    },
  },
};
