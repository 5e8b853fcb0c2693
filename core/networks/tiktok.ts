import { GB, MB, sourced } from './sourced.js';
import type { NetworkRules } from './types.js';

const DIRECT_POST = 'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post';

export const TIKTOK_RULES: NetworkRules = {
  network: 'tiktok',
  name: 'TikTok',
  text: {
    ...sourced(
      DIRECT_POST,
      'secondary',
      'Video caption (API title): 2,200, believed to be counted in UTF-16 units; the official field table was not read in full. Photo posts: title 90 and description 4,000.',
    ),
    field: 'caption',
    limit: 2200,
    method: 'utf16',
    requiredWithoutMedia: false,
  },
  thread: { ...sourced(DIRECT_POST, 'secondary', 'TikTok has no threads.'), supported: false, partLimit: null },
  firstComment: {
    ...sourced('https://docs.postsyncer.com/platforms/tiktok', 'secondary', 'The API cannot post comments.'),
    supported: false,
    limit: null,
    method: null,
  },
  hashtags: {
    ...sourced(DIRECT_POST, 'unverified', 'No cap found in TikTok docs; one 2026 guide claims 5.'),
    max: null,
  },
  mentions: { ...sourced(DIRECT_POST, 'unverified', 'No cap found.'), max: null },
  links: { ...sourced(DIRECT_POST, 'unverified', 'No cap found; links in captions are not clickable.'), max: null },
  altText: {
    ...sourced(DIRECT_POST, 'unverified', 'No alt-text field found in the API.'),
    supported: false,
    limit: null,
  },
  media: {
    ...sourced(
      'https://docs.zernio.com/platforms/tiktok',
      'secondary',
      'Every post needs media: 1 video (3 s to 10 min, or less for some creators: creator_info) or up to 35 photos, never both. 9:16 recommended.',
    ),
    maxItems: 35,
    required: true,
    mixKinds: false,
    kinds: {
      image: { maxCount: 35, maxBytes: 20 * MB, formats: ['image/jpeg', 'image/webp'] },
      video: {
        maxCount: 1,
        maxBytes: 4 * GB,
        formats: ['video/mp4', 'video/quicktime', 'video/webm'],
        minDurationSeconds: 3,
        maxDurationSeconds: 600,
      },
    },
  },
};
