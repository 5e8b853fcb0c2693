import { NETWORKS, type Network } from '../model/network.js';
import { BLUESKY_RULES } from './bluesky.js';
import { FACEBOOK_RULES } from './facebook.js';
import { INSTAGRAM_RULES } from './instagram.js';
import { LINKEDIN_RULES } from './linkedin.js';
import { MASTODON_RULES } from './mastodon.js';
import { PINTEREST_RULES } from './pinterest.js';
import { THREADS_RULES } from './threads.js';
import { TIKTOK_RULES } from './tiktok.js';
import type { NetworkRules } from './types.js';
import { X_RULES } from './x.js';
import { YOUTUBE_RULES } from './youtube.js';

/**
 * Version of the rules table. Bump it (and CHECKED in sourced.ts) whenever a limit, a counting
 * method or a source changes, so that saved validations can tell they were made under older rules.
 */
export const RULES_VERSION = '2026-11-24.1';

const RULES: Readonly<Record<Network, NetworkRules>> = {
  x: X_RULES,
  bluesky: BLUESKY_RULES,
  mastodon: MASTODON_RULES,
  threads: THREADS_RULES,
  linkedin: LINKEDIN_RULES,
  facebook: FACEBOOK_RULES,
  instagram: INSTAGRAM_RULES,
  tiktok: TIKTOK_RULES,
  youtube: YOUTUBE_RULES,
  pinterest: PINTEREST_RULES,
};

export function rulesFor(network: Network): NetworkRules {
  return RULES[network];
}

/** All networks' rules, in the order of NETWORKS. */
export function allRules(): readonly NetworkRules[] {
  return NETWORKS.map((n) => RULES[n]);
}

export function isNetwork(value: string): value is Network {
  return (NETWORKS as readonly string[]).includes(value);
}
