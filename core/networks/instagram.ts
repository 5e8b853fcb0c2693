import { BUFFER_LIMITS, GB, MB, UPLOAD_POST_LIMITS, sourced } from './sourced.js';
import type { NetworkRules } from './types.js';

const AYRSHARE_IG = 'https://www.ayrshare.com/apis/post/social-networks/instagram';
const HASHTAG_CAP = 'https://en.shiftdelete.net/an-era-is-ending-on-instagram-hashtag-limit-imposed';

export const INSTAGRAM_RULES: NetworkRules = {
  network: 'instagram',
  name: 'Instagram',
  text: {
    ...sourced(
      UPLOAD_POST_LIMITS,
      'secondary',
      'Caption 2,200 (Upload-Post, Ayrshare, Buffer; Buffer applies 2,196 to the caption and 2,200 to the first comment, others the reverse). Unit not documented: counted in UTF-16 units, the safe reading.',
    ),
    field: 'caption',
    limit: 2200,
    method: 'utf16',
    requiredWithoutMedia: false,
  },
  thread: {
    ...sourced(UPLOAD_POST_LIMITS, 'secondary', 'Instagram has no threads.'),
    supported: false,
    partLimit: null,
  },
  firstComment: {
    ...sourced(BUFFER_LIMITS, 'secondary', 'Buffer: 2,200; Upload-Post and Ayrshare: 2,196.'),
    supported: true,
    limit: 2200,
    method: 'utf16',
  },
  hashtags: {
    ...sourced(
      HASHTAG_CAP,
      'secondary',
      'Adam Mosseri announced 5 hashtags per post and reel in December 2025 (press reports; it was 30 before).',
    ),
    max: 5,
  },
  mentions: {
    ...sourced(AYRSHARE_IG, 'unverified', 'Sources conflict: 20 @tags (Graph API, recalled) or 3 (Ayrshare).'),
    max: 20,
  },
  links: { ...sourced(AYRSHARE_IG, 'secondary', 'No cap, but links in captions are not clickable.'), max: null },
  altText: {
    ...sourced(UPLOAD_POST_LIMITS, 'secondary', '1,000 characters per image (Upload-Post, Ayrshare).'),
    supported: true,
    limit: 1000,
  },
  media: {
    ...sourced(
      'https://docs.letmepost.dev/platforms/instagram',
      'secondary',
      'Every post needs media. Carousel of 2 to 10 images and videos (API). The API takes JPEG only. Feed images between 4:5 and 1.91:1 (recalled). Reels 3 s to 15 min (recalled).',
    ),
    maxItems: 10,
    required: true,
    mixKinds: true,
    kinds: {
      image: { maxCount: 10, maxBytes: 8 * MB, formats: ['image/jpeg'], aspect: { min: 4 / 5, max: 1.91 } },
      video: {
        maxCount: 10,
        maxBytes: 1 * GB,
        formats: ['video/mp4', 'video/quicktime'],
        minDurationSeconds: 3,
        maxDurationSeconds: 900,
      },
    },
  },
};
