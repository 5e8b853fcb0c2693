import { sourced } from './sourced.js';
import type { NetworkRules } from './types.js';

const AYRSHARE_PIN = 'https://www.ayrshare.com/docs/apis/post/social-networks/pinterest';

export const PINTEREST_RULES: NetworkRules = {
  network: 'pinterest',
  name: 'Pinterest',
  text: {
    ...sourced(
      AYRSHARE_PIN,
      'secondary',
      'Pin description: 500 (Ayrshare, Buffer, Upload-Post); the API v5 is believed to accept 800 (unverified). Unit not documented: counted in UTF-16 units. Links in the description are not clickable: use the pin link (2,048).',
    ),
    field: 'description',
    limit: 500,
    method: 'utf16',
    requiredWithoutMedia: false,
  },
  title: {
    ...sourced(AYRSHARE_PIN, 'secondary', 'Pin title: 100 (Ayrshare, Buffer).'),
    field: 'title',
    limit: 100,
    method: 'utf16',
    requiredWithoutMedia: false,
  },
  thread: { ...sourced(AYRSHARE_PIN, 'secondary', 'No threads.'), supported: false, partLimit: null },
  firstComment: {
    ...sourced(AYRSHARE_PIN, 'secondary', 'Not available through the API.'),
    supported: false,
    limit: null,
    method: null,
  },
  hashtags: { ...sourced(AYRSHARE_PIN, 'unverified', 'No cap found.'), max: null },
  mentions: { ...sourced(AYRSHARE_PIN, 'unverified', 'No cap found.'), max: null },
  links: {
    ...sourced(AYRSHARE_PIN, 'secondary', 'One clickable destination link per pin (2,048 characters).'),
    max: null,
  },
  altText: { ...sourced(AYRSHARE_PIN, 'secondary', '500 characters (Ayrshare).'), supported: true, limit: 500 },
  media: {
    ...sourced(
      AYRSHARE_PIN,
      'secondary',
      'Every pin needs an image: 1 image, a carousel of up to 5 images, or 1 video with a cover image. Sizes were not confirmed.',
    ),
    maxItems: 5,
    required: true,
    mixKinds: false,
    kinds: {
      image: { maxCount: 5, maxBytes: null, formats: ['image/jpeg', 'image/png'] },
      video: { maxCount: 1, maxBytes: null, formats: ['video/mp4', 'video/quicktime'] },
    },
  },
};
