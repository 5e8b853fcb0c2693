import { sourced } from './sourced.js';
import type { NetworkRules } from './types.js';

const POST_LEXICON = 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json';
const SHORTEN = 'https://github.com/bluesky-social/social-app/blob/main/src/lib/strings/url-helpers.ts';
const CONSTANTS = 'https://github.com/bluesky-social/social-app/blob/main/src/lib/constants.ts';

export const BLUESKY_RULES: NetworkRules = {
  network: 'bluesky',
  name: 'Bluesky',
  text: {
    ...sourced(
      POST_LEXICON,
      'verified',
      'maxGraphemes 300 and maxLength 3,000 UTF-8 bytes. The official app counts and publishes links shortened (toShortUrl in social-app url-helpers.ts): host + first 13 characters of the path + "..." when the path is longer than 15; links without http(s):// stay as typed.',
    ),
    field: 'text',
    limit: 300,
    method: 'bluesky-graphemes',
    maxBytes: 3000,
    requiredWithoutMedia: true,
  },
  thread: {
    ...sourced(POST_LEXICON, 'verified', 'A thread is a chain of replies; each reply is a post.'),
    supported: true,
    partLimit: 300,
  },
  firstComment: {
    ...sourced(POST_LEXICON, 'verified', 'A first comment is a reply: counted as a post.'),
    supported: true,
    limit: 300,
    method: 'bluesky-graphemes',
  },
  hashtags: {
    ...sourced(
      'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/richtext/facet.json',
      'verified',
      'No count cap; each tag at most 64 graphemes.',
    ),
    max: null,
  },
  mentions: { ...sourced(POST_LEXICON, 'verified', 'No cap in the lexicon.'), max: null },
  links: { ...sourced(SHORTEN, 'verified', 'No cap; one link card per post.'), max: null },
  altText: {
    ...sourced(CONSTANTS, 'verified', 'The protocol sets no limit; the official app stops at 2,000 (MAX_ALT_TEXT).'),
    supported: true,
    limit: 2000,
  },
  media: {
    ...sourced(
      'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/images.json',
      'verified',
      'One embed per post: up to 4 images or 1 video. The app resizes images to 4,000 px; it sends GIFs as video.',
    ),
    maxItems: 4,
    required: false,
    mixKinds: false,
    kinds: {
      image: { maxCount: 4, maxBytes: 2_000_000, formats: ['image/jpeg', 'image/png', 'image/webp'] },
      animation: { maxCount: 1, maxBytes: 300_000_000, formats: ['image/gif'], maxDurationSeconds: 600 },
      video: {
        maxCount: 1,
        maxBytes: 300_000_000,
        formats: ['video/mp4', 'video/mpeg', 'video/webm', 'video/quicktime'],
        maxDurationSeconds: 600,
      },
    },
  },
};
