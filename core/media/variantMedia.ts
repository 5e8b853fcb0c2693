/**
 * Everything the composer says about one variant's media: the validation problems (count, kinds
 * mixed, carousel limits, missing or too-long alt text, from core/validate) and, per attached item,
 * why it does not fit the variant's network (format, size, ratio, duration).
 */
import type { MediaItem } from '../model/media.js';
import type { AttachedMedia } from '../model/post.js';
import type { NetworkRules } from '../networks/types.js';
import { checkMedia, mediaLookup } from '../validate/media.js';
import type { Problem } from '../validate/problem.js';
import { fitOn, type FitProblem } from './fit.js';

export interface ItemMisfit {
  index: number;
  mediaId: string;
  problems: FitProblem[];
}

export interface VariantMediaReport {
  problems: Problem[];
  misfits: ItemMisfit[];
}

export function checkVariantMedia(
  rules: NetworkRules,
  attached: readonly AttachedMedia[],
  library: readonly MediaItem[],
): VariantMediaReport {
  const byId = new Map(library.map((item) => [item.id as string, item]));
  const problems = checkMedia(rules, attached, mediaLookup(library));
  const misfits: ItemMisfit[] = [];
  attached.forEach((entry, index) => {
    const item = byId.get(entry.mediaId);
    if (!item) return; // reported as media_not_found
    const fit = fitOn(rules, item);
    // A kind the network does not take is already media_kind_not_supported.
    const own = fit.problems.filter((p) => p.reason !== 'kind');
    if (own.length > 0) misfits.push({ index, mediaId: item.id, problems: own });
  });
  return { problems, misfits };
}
