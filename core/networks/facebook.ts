import { BUFFER_LIMITS, UPLOAD_POST_LIMITS, sourced } from './sourced.js';
import type { NetworkRules } from './types.js';

export const FACEBOOK_RULES: NetworkRules = {
  network: 'facebook',
  name: 'Facebook',
  text: {
    ...sourced(
      UPLOAD_POST_LIMITS,
      'secondary',
      'Page post message: 63,206 (Upload-Post, Ayrshare); Buffer applies 5,000. Unit not documented: counted in UTF-16 units, the safe reading. Reels titles: 255.',
    ),
    field: 'message',
    limit: 63206,
    method: 'utf16',
    requiredWithoutMedia: true,
  },
  thread: {
    ...sourced(UPLOAD_POST_LIMITS, 'secondary', 'Facebook has no threads.'),
    supported: false,
    partLimit: null,
  },
  firstComment: {
    ...sourced(BUFFER_LIMITS, 'secondary', 'Buffer applies 5,000 to a first comment.'),
    supported: true,
    limit: 5000,
    method: 'utf16',
  },
  hashtags: { ...sourced(UPLOAD_POST_LIMITS, 'unverified', 'No cap found.'), max: null },
  mentions: { ...sourced(UPLOAD_POST_LIMITS, 'unverified', 'No cap found.'), max: null },
  links: { ...sourced(UPLOAD_POST_LIMITS, 'unverified', 'No cap found.'), max: null },
  altText: { ...sourced(UPLOAD_POST_LIMITS, 'unverified', 'No limit found.'), supported: true, limit: null },
  media: {
    ...sourced(
      UPLOAD_POST_LIMITS,
      'unverified',
      'No primary source read; a 10-item cap and 240-minute videos are third-party figures.',
    ),
    maxItems: 10,
    required: false,
    mixKinds: false,
    kinds: {
      image: { maxCount: 10, maxBytes: null, formats: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] },
      video: { maxCount: 1, maxBytes: null, formats: ['video/mp4', 'video/quicktime'], maxDurationSeconds: 240 * 60 },
    },
  },
};
