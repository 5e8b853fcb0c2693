import { GB, sourced } from './sourced.js';
import type { NetworkRules } from './types.js';

const VIDEOS = 'https://developers.google.com/youtube/v3/docs/videos';

/**
 * Calepin writes the video's description (and title): that is what a community manager prepares for
 * YouTube. Community posts have no public API and are not counted here.
 */
export const YOUTUBE_RULES: NetworkRules = {
  network: 'youtube',
  name: 'YouTube',
  text: {
    ...sourced(
      VIDEOS,
      'verified',
      'snippet.description: at most 5,000 bytes (UTF-8), so about 1,250 emoji or 2,500 accented letters; "<" and ">" are refused. Read through a mirror of the API field docs.',
    ),
    field: 'description',
    limit: 5000,
    method: 'utf8-bytes',
    requiredWithoutMedia: false,
    forbidden: ['<', '>'],
  },
  title: {
    ...sourced(
      VIDEOS,
      'verified',
      'snippet.title: 100 characters, "<" and ">" refused; the unit is not stated, counted in UTF-16 units.',
    ),
    field: 'title',
    limit: 100,
    method: 'utf16',
    requiredWithoutMedia: true,
    forbidden: ['<', '>'],
  },
  thread: { ...sourced(VIDEOS, 'verified', 'No threads.'), supported: false, partLimit: null },
  firstComment: {
    ...sourced(VIDEOS, 'unverified', 'Not supported by Calepin for YouTube.'),
    supported: false,
    limit: null,
    method: null,
  },
  hashtags: {
    ...sourced(
      VIDEOS,
      'unverified',
      'Too many hashtags make YouTube ignore them all; the threshold (15 or 60) was not confirmed.',
    ),
    max: null,
  },
  mentions: { ...sourced(VIDEOS, 'unverified', 'No cap found.'), max: null },
  links: { ...sourced(VIDEOS, 'unverified', 'No cap found.'), max: null },
  altText: { ...sourced(VIDEOS, 'verified', 'Videos have no alt text.'), supported: false, limit: null },
  media: {
    ...sourced(
      VIDEOS,
      'unverified',
      'One video per upload; 256 GB and 12 hours are recalled from YouTube help, not read. Shorts: up to 3 minutes (recalled).',
    ),
    maxItems: 1,
    required: true,
    mixKinds: false,
    kinds: {
      video: {
        maxCount: 1,
        maxBytes: 256 * GB,
        formats: ['video/mp4', 'video/quicktime', 'video/webm'],
        maxDurationSeconds: 12 * 3600,
      },
    },
  },
};
