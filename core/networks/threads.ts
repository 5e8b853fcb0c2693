import { GB, MB, sourced } from './sourced.js';
import type { NetworkRules } from './types.js';

const POSTS = 'https://developers.facebook.com/documentation/threads/posts';
const ATTACHMENTS = 'https://developers.facebook.com/documentation/threads/create-posts/text-attachments';

export const THREADS_RULES: NetworkRules = {
  network: 'threads',
  name: 'Threads',
  text: {
    ...sourced(
      POSTS,
      'verified',
      'Meta: "Text posts are limited to 500 characters. Emojis are counted as the number of UTF-8 bytes" (😀 = 4). How accented letters and CJK count is not documented: Calepin counts them 1 per code point (unverified).',
    ),
    field: 'text',
    limit: 500,
    method: 'threads-emoji-bytes',
    requiredWithoutMedia: true,
  },
  thread: {
    ...sourced(POSTS, 'secondary', 'A thread is a chain of replies; each reply is a post of 500 (PostSyncer docs).'),
    supported: true,
    partLimit: 500,
  },
  firstComment: {
    ...sourced(POSTS, 'secondary', 'A first comment is a reply: counted as a post.'),
    supported: true,
    limit: 500,
    method: 'threads-emoji-bytes',
  },
  hashtags: {
    ...sourced(
      'https://www.ayrshare.com/apis/post/social-networks/threads',
      'secondary',
      'One topic tag per post, 1 to 50 characters, no "." or "&" (Ayrshare, Buffer).',
    ),
    max: 1,
  },
  mentions: { ...sourced(POSTS, 'unverified', 'No cap found.'), max: null },
  links: {
    ...sourced(
      ATTACHMENTS,
      'verified',
      'Since 2025-12-22, more than 5 unique links fail (THREADS_API__LINK_LIMIT_EXCEEDED); a link attachment counts unless it repeats a link of the text.',
    ),
    max: 5,
  },
  altText: {
    ...sourced(POSTS, 'unverified', 'The API takes alt_text on images and videos; no limit found.'),
    supported: true,
    limit: null,
  },
  media: {
    ...sourced(
      'https://www.ayrshare.com/apis/post/social-networks/threads',
      'secondary',
      'Carousel of 2 to 20 images and videos mixed (Ayrshare, PostSyncer); Zernio says 10 and no video in carousels.',
    ),
    maxItems: 20,
    required: false,
    mixKinds: true,
    kinds: {
      image: { maxCount: 20, maxBytes: 8 * MB, formats: ['image/jpeg', 'image/png'] },
      video: { maxCount: 20, maxBytes: 1 * GB, formats: ['video/mp4', 'video/quicktime'], maxDurationSeconds: 300 },
    },
  },
};
