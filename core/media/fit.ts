/**
 * Whether one library item can go out on a network, and if not, every reason why: the kind the
 * network does not take, the file format, the file size, the aspect ratio, the duration. Pure: it
 * reads the network rules of core/networks (each with its source) and the item's probed facts.
 */
import type { MediaItem } from '../model/media.js';
import type { Network } from '../model/network.js';
import { allRules, rulesFor } from '../networks/registry.js';
import type { MediaKindRule, NetworkRules, RuleMediaKind } from '../networks/types.js';

/** What fitting needs of an item: its probed facts. */
export type FitFacts = Pick<MediaItem, 'kind' | 'mime' | 'width' | 'height' | 'bytes' | 'durationSeconds'>;

export type FitReason = 'kind' | 'format' | 'bytes' | 'ratio' | 'too-short' | 'too-long';

/** One reason an item does not fit, with what the UI needs to say it (sizes in bytes, ratios as width/height). */
export type FitProblem =
  | { reason: 'kind'; kind: MediaItem['kind'] }
  | { reason: 'format'; mime: string; accepted: readonly string[] }
  | { reason: 'bytes'; bytes: number; max: number }
  | { reason: 'ratio'; ratio: number; min: number; max: number }
  | { reason: 'too-short'; seconds: number; min: number }
  | { reason: 'too-long'; seconds: number; max: number };

export interface NetworkFit {
  network: Network;
  fits: boolean;
  /** Empty when it fits. */
  problems: FitProblem[];
}

/**
 * The rule an item is checked against. A GIF that a network takes among its images (LinkedIn,
 * Facebook) is an image there, as core/validate/media.ts counts it.
 */
export function ruleKindFor(rules: NetworkRules, item: Pick<FitFacts, 'kind' | 'mime'>): RuleMediaKind | null {
  const kinds = rules.media.kinds;
  if (kinds[item.kind] !== undefined) return item.kind;
  if (item.kind === 'animation' && kinds.image?.formats.includes(item.mime)) return 'image';
  return null;
}

// Ratios are compared with a little slack: 1080×1350 is 0.8 exactly, but 1079×1350 should pass 4:5 too.
const RATIO_SLACK = 0.01;

function kindProblems(rule: MediaKindRule, item: FitFacts): FitProblem[] {
  const out: FitProblem[] = [];
  if (!rule.formats.includes(item.mime)) out.push({ reason: 'format', mime: item.mime, accepted: rule.formats });
  if (rule.maxBytes !== null && item.bytes > rule.maxBytes)
    out.push({ reason: 'bytes', bytes: item.bytes, max: rule.maxBytes });
  if (rule.aspect && item.width > 0 && item.height > 0) {
    const ratio = item.width / item.height;
    if (ratio < rule.aspect.min * (1 - RATIO_SLACK) || ratio > rule.aspect.max * (1 + RATIO_SLACK))
      out.push({ reason: 'ratio', ratio, min: rule.aspect.min, max: rule.aspect.max });
  }
  const seconds = item.durationSeconds;
  if (seconds !== null) {
    if (rule.minDurationSeconds !== undefined && seconds < rule.minDurationSeconds)
      out.push({ reason: 'too-short', seconds, min: rule.minDurationSeconds });
    if (rule.maxDurationSeconds !== undefined && seconds > rule.maxDurationSeconds)
      out.push({ reason: 'too-long', seconds, max: rule.maxDurationSeconds });
  }
  return out;
}

/** The item against one network's media rules. */
export function fitOn(rules: NetworkRules, item: FitFacts): NetworkFit {
  const kind = ruleKindFor(rules, item);
  const rule = kind === null ? undefined : rules.media.kinds[kind];
  const problems = rule === undefined ? [{ reason: 'kind', kind: item.kind } as const] : kindProblems(rule, item);
  return { network: rules.network, fits: problems.length === 0, problems };
}

/** The item against every network, in the order of NETWORKS. */
export function fitEverywhere(item: FitFacts): NetworkFit[] {
  return allRules().map((rules) => fitOn(rules, item));
}

/** Whether the item fits one network (for the library's "fits a network" filter). */
export function fitsNetwork(network: Network, item: FitFacts): boolean {
  return fitOn(rulesFor(network), item).fits;
}
