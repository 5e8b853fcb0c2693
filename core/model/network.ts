import { z } from 'zod';

/** The networks Calepin writes for. Closed list: adding one means adding its rules in core/networks. */
export const NETWORKS = [
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'linkedin',
  'facebook',
  'instagram',
  'tiktok',
  'youtube',
  'pinterest',
] as const;
export const Network = z.enum(NETWORKS);
export type Network = z.infer<typeof Network>;
