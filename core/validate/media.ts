import type { AttachedMedia, MediaItem } from '../model/index.js';
import type { MediaKindRule, NetworkRules, RuleMediaKind } from '../networks/index.js';
import { altTextLength } from '../media/alt.js';
import { fitOn, ruleKindFor, type FitProblem } from '../media/fit.js';
import { problem, type Problem, type ProblemParams } from './problem.js';

/** What validation needs of a library item: what it is, its alt text, and its probed facts for fit. */
export type MediaFacts = Pick<
  MediaItem,
  'id' | 'name' | 'kind' | 'mime' | 'alt' | 'width' | 'height' | 'bytes' | 'durationSeconds'
>;

/** Finds a library item by id; undefined when it is gone. */
export type MediaLookup = (mediaId: string) => MediaFacts | undefined;

export function mediaLookup(items: readonly MediaFacts[]): MediaLookup {
  const byId = new Map<string, MediaFacts>(items.map((m) => [m.id, m]));
  return (id) => byId.get(id);
}

/**
 * One reason of core/media/fit.ts as a problem: every misfit is one the network would refuse at
 * upload, so each is an error, like an over-limit text. The item is named and the measure is given
 * with the network's limit, so the message can say « 95 Mo, 8 Mo au plus ».
 */
function misfitProblem(fit: FitProblem, item: MediaFacts, index: number): Problem {
  const at: ProblemParams = { mediaId: item.id, index, name: item.name };
  switch (fit.reason) {
    case 'kind':
      return problem('media_kind_not_supported', 'error', 'media', { mediaId: item.id, index, kind: fit.kind });
    case 'format':
      return problem('media_format_not_supported', 'error', 'media', {
        ...at,
        mime: fit.mime,
        accepted: fit.accepted.join(', '),
      });
    case 'bytes':
      return problem('media_file_too_large', 'error', 'media', { ...at, bytes: fit.bytes, maxBytes: fit.max });
    case 'ratio':
      return problem('media_ratio_not_supported', 'error', 'media', {
        ...at,
        width: item.width,
        height: item.height,
        ratio: fit.ratio,
        minRatio: fit.min,
        maxRatio: fit.max,
      });
    case 'too-short':
      return problem('media_duration_too_short', 'error', 'media', {
        ...at,
        seconds: fit.seconds,
        minSeconds: fit.min,
      });
    case 'too-long':
      return problem('media_duration_too_long', 'error', 'media', { ...at, seconds: fit.seconds, maxSeconds: fit.max });
  }
}

/**
 * The variant's attachments against the network's media rules: required media, counts (all
 * together and per kind), kinds mixed where the network takes one kind at a time, each item's fit
 * (kind, format, size, ratio, duration: core/media/fit.ts, the library's own check), alt text.
 */
export function checkMedia(rules: NetworkRules, attached: readonly AttachedMedia[], lookup: MediaLookup): Problem[] {
  const out: Problem[] = [];
  const { media, altText } = rules;
  if (attached.length === 0) {
    if (media.required) out.push(problem('media_required', 'error', 'media'));
    return out;
  }
  if (attached.length > media.maxItems) {
    out.push(problem('too_many_media', 'error', 'media', { count: attached.length, max: media.maxItems }));
  }
  const perKind = new Map<RuleMediaKind, number>();
  attached.forEach((item, index) => {
    const found = lookup(item.mediaId);
    if (found === undefined) {
      out.push(problem('media_not_found', 'error', 'media', { mediaId: item.mediaId, index }));
      return;
    }
    const kind = ruleKindFor(rules, found);
    if (kind !== null) perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    out.push(...fitOn(rules, found).problems.map((fit) => misfitProblem(fit, found, index)));
    if (!altText.supported) return;
    const alt = (item.alt ?? found.alt).trim();
    if (alt === '') {
      out.push(problem('media_alt_missing', 'warning', 'media', { mediaId: found.id, index }));
    } else if (altText.limit !== null && altTextLength(alt) > altText.limit) {
      out.push(
        problem('media_alt_too_long', 'error', 'media', {
          mediaId: found.id,
          index,
          length: altTextLength(alt),
          limit: altText.limit,
        }),
      );
    }
  });
  for (const [kind, count] of perKind) {
    const rule: MediaKindRule | undefined = media.kinds[kind];
    if (rule !== undefined && count > rule.maxCount) {
      out.push(problem('too_many_media_of_kind', 'error', 'media', { kind, count, max: rule.maxCount }));
    }
  }
  if (!media.mixKinds && perKind.size > 1) {
    out.push(problem('media_kinds_mixed', 'error', 'media', { kinds: [...perKind.keys()].join(', ') }));
  }
  return out;
}
