import { NETWORKS, type Network } from '../model/network.js';
import { analyseText, toAnalysis, type TextAnalysis } from './analyse.js';
import { blueskyOverflow, countBluesky } from './count-bluesky.js';
import { countMastodon, mastodonOverflow } from './count-mastodon.js';
import { measureThreads, measureUtf16, measureUtf8, type Measure } from './count-units.js';
import { countX } from './count-x.js';
import { rulesFor } from './registry.js';
import type { CountOptions, CountProblem, CountResult, TextRule } from './types.js';

const BLANK = /^\s*$/u;

/**
 * Counts `input` the way `network` counts its post text. Pass a TextAnalysis (from analyseText) to
 * share the grapheme segmentation across networks; pass a string for a one-off count.
 */
export function countText(network: Network, input: string | TextAnalysis, options: CountOptions = {}): CountResult {
  return countWithRule(rulesFor(network).text, toAnalysis(input), options);
}

/** Counts against any text rule: a post, a first comment's or a title's. */
export function countWithRule(rule: TextRule, analysis: TextAnalysis, options: CountOptions = {}): CountResult {
  const limit = options.limit ?? rule.limit;
  let problem: CountProblem | null = null;
  let measure: Measure;
  switch (rule.method) {
    case 'x-weighted': {
      const x = countX(analysis, limit);
      measure = x;
      if (x.invalidCharacter) problem = 'invalid_character';
      break;
    }
    case 'bluesky-graphemes': {
      const bluesky = countBluesky(analysis);
      const maxBytes = rule.maxBytes ?? Number.POSITIVE_INFINITY;
      measure = { length: bluesky.length, overflowFrom: blueskyOverflow(analysis, bluesky, limit, maxBytes) };
      if (bluesky.bytes > maxBytes) problem = 'too_many_bytes';
      break;
    }
    case 'mastodon-graphemes': {
      const mastodon = countMastodon(analysis, options.spoiler);
      measure = { length: mastodon.length, overflowFrom: mastodonOverflow(analysis, mastodon, limit) };
      break;
    }
    case 'threads-emoji-bytes':
      measure = measureThreads(analysis, limit);
      break;
    case 'utf16':
      measure = measureUtf16(analysis, limit);
      break;
    case 'utf8-bytes':
      measure = measureUtf8(analysis, limit);
      break;
  }
  if (measure.length > limit) problem = 'too_long';
  if (problem === null && rule.forbidden?.some((c) => analysis.text.includes(c))) problem = 'invalid_character';
  const blank = BLANK.test(analysis.text);
  if (problem === null && blank && rule.requiredWithoutMedia && options.hasMedia !== true) problem = 'empty';
  return {
    length: measure.length,
    limit,
    remaining: limit - measure.length,
    valid: problem === null,
    overflowFrom: measure.overflowFrom,
    problem,
  };
}

/** Counts a first comment against the network's first-comment rule; null where there is none. */
export function countFirstComment(
  network: Network,
  input: string | TextAnalysis,
  options: CountOptions = {},
): CountResult | null {
  const { firstComment, text } = rulesFor(network);
  if (!firstComment.supported || firstComment.limit === null || firstComment.method === null) return null;
  // An empty first comment is no comment; Bluesky's byte ceiling applies to replies as to posts.
  const rule: TextRule = {
    source: firstComment.source,
    checked: firstComment.checked,
    confidence: firstComment.confidence,
    field: 'first comment',
    limit: firstComment.limit,
    method: firstComment.method,
    requiredWithoutMedia: false,
    ...(text.maxBytes === undefined ? {} : { maxBytes: text.maxBytes }),
  };
  return countWithRule(rule, toAnalysis(input), options);
}

/** Counts a title (YouTube, Pinterest); null for networks without one. */
export function countTitle(network: Network, input: string | TextAnalysis): CountResult | null {
  const { title } = rulesFor(network);
  return title === undefined ? null : countWithRule(title, toAnalysis(input));
}

/** One account to count for. `instanceLimit` is the Mastodon instance's own limit. */
export interface CountTarget {
  readonly network: Network;
  readonly id?: string;
  readonly instanceLimit?: number;
}

export interface TargetCount extends CountResult {
  readonly network: Network;
  readonly id?: string;
}

const EVERY_NETWORK: readonly CountTarget[] = NETWORKS.map((network) => ({ network }));

/**
 * Counts one text for many accounts at once, segmenting it once: the composer calls this on every
 * keystroke. Accounts on the same network share that network's work too (memoised in the analysis).
 */
export function countAll(
  input: string | TextAnalysis,
  targets: readonly CountTarget[] = EVERY_NETWORK,
  options: Omit<CountOptions, 'limit'> = {},
): TargetCount[] {
  const analysis = typeof input === 'string' ? analyseText(input) : input;
  return targets.map((target) => {
    const limit = target.network === 'mastodon' ? target.instanceLimit : undefined;
    const result = countText(target.network, analysis, limit === undefined ? options : { ...options, limit });
    return target.id === undefined
      ? { network: target.network, ...result }
      : { network: target.network, id: target.id, ...result };
  });
}
