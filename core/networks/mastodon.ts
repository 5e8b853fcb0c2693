import { MB, sourced } from './sourced.js';
import type { NetworkRules } from './types.js';

const VALIDATOR = 'https://github.com/mastodon/mastodon/blob/main/app/validators/status_length_validator.rb';
const POSTING = 'https://docs.joinmastodon.org/user/posting/';
const INSTANCE = 'https://docs.joinmastodon.org/entities/Instance/';

/** Default values; every instance may set its own (GET /api/v2/instance, `configuration`). */
export const MASTODON_RULES: NetworkRules = {
  network: 'mastodon',
  name: 'Mastodon',
  text: {
    ...sourced(
      VALIDATOR,
      'verified',
      'Graphemes of content warning + text, where each http(s) URL counts 23 and @user@domain counts as @user. 500 is the default: each instance sets its own (configuration.statuses.max_characters).',
    ),
    field: 'status',
    limit: 500,
    method: 'mastodon-graphemes',
    requiredWithoutMedia: true,
  },
  thread: {
    ...sourced(POSTING, 'verified', 'A thread is a chain of replies; each has the instance limit.'),
    supported: true,
    partLimit: 500,
  },
  firstComment: {
    ...sourced(POSTING, 'verified', 'A first comment is a reply: counted as a post.'),
    supported: true,
    limit: 500,
    method: 'mastodon-graphemes',
  },
  hashtags: { ...sourced(POSTING, 'unverified', 'No cap found.'), max: null },
  mentions: { ...sourced(POSTING, 'unverified', 'No cap found.'), max: null },
  links: { ...sourced(POSTING, 'unverified', 'No cap found; each http(s) link counts 23.'), max: null },
  altText: {
    ...sourced(INSTANCE, 'verified', 'description_limit, per instance; 1,500 by default.'),
    supported: true,
    limit: 1500,
  },
  media: {
    ...sourced(
      POSTING,
      'verified',
      'Defaults: up to 4 images, or 1 video, or 1 audio. Images above 8.3 megapixels are downscaled. Each instance may differ (configuration.media_attachments).',
    ),
    maxItems: 4,
    required: false,
    mixKinds: false,
    kinds: {
      image: {
        maxCount: 4,
        maxBytes: 16 * MB,
        formats: ['image/jpeg', 'image/png', 'image/webp', 'image/heif', 'image/avif'],
      },
      animation: { maxCount: 1, maxBytes: 16 * MB, formats: ['image/gif'] },
      video: { maxCount: 1, maxBytes: 99 * MB, formats: ['video/mp4', 'video/webm', 'video/quicktime'] },
    },
  },
};
