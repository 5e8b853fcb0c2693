import { BUFFER_LIMITS, sourced } from './sourced.js';
import type { NetworkRules } from './types.js';

const LITTLE_FORMAT = 'https://learn.microsoft.com/linkedin/marketing/community-management/shares/little-text-format';

export const LINKEDIN_RULES: NetworkRules = {
  network: 'linkedin',
  name: 'LinkedIn',
  text: {
    ...sourced(
      BUFFER_LIMITS,
      'secondary',
      'LinkedIn does not document the unit; Buffer counts UTF-16 units (emoji and "bold" letters count 2), the safe reading. At publishing, \\ | { } @ [ ] ( ) < > # * _ ~ must be escaped or LinkedIn cuts the text at the first one (little text format).',
    ),
    field: 'commentary',
    limit: 3000,
    method: 'utf16',
    requiredWithoutMedia: true,
  },
  thread: {
    ...sourced('https://docs.postsyncer.com/platforms/linkedin', 'secondary', 'LinkedIn has no threads.'),
    supported: false,
    partLimit: null,
  },
  firstComment: {
    ...sourced(BUFFER_LIMITS, 'secondary', 'Buffer, Upload-Post and Ayrshare agree on 1,250.'),
    supported: true,
    limit: 1250,
    method: 'utf16',
  },
  hashtags: { ...sourced(BUFFER_LIMITS, 'unverified', 'No cap found.'), max: null },
  mentions: {
    ...sourced(LITTLE_FORMAT, 'unverified', 'No cap found; a mention is written @[Name](urn:li:person:…).'),
    max: null,
  },
  links: { ...sourced(BUFFER_LIMITS, 'unverified', 'No cap found.'), max: null },
  altText: {
    ...sourced(BUFFER_LIMITS, 'unverified', 'Images take alt text; no limit found (one client library caps at 300).'),
    supported: true,
    limit: null,
  },
  media: {
    ...sourced(
      'https://docs.postsyncer.com/platforms/linkedin',
      'unverified',
      'Photos, or 1 video, or 1 document (PDF, PPT, DOC), never two kinds. PostSyncer allows 10 photos, other sources 20; video 3 s to 30 min is recalled, not read.',
    ),
    maxItems: 20,
    required: false,
    mixKinds: false,
    kinds: {
      image: { maxCount: 20, maxBytes: null, formats: ['image/jpeg', 'image/png', 'image/gif'] },
      video: { maxCount: 1, maxBytes: null, formats: ['video/mp4'], minDurationSeconds: 3, maxDurationSeconds: 1800 },
    },
  },
};
