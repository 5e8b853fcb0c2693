import type { AttachedMedia, MediaItem } from '../model/index.js';
import type { MediaKindRule, NetworkRules, RuleMediaKind } from '../networks/index.js';
import { altTextLength } from '../media/alt.js';
import { ruleKindFor } from '../media/fit.js';
import { problem, type Problem } from './problem.js';

/** What validation needs of a library item. */
export type MediaFacts = Pick<MediaItem, 'id' | 'kind' | 'mime' | 'alt'>;

/** Finds a library item by id; undefined when it is gone. */
export type MediaLookup = (mediaId: string) => MediaFacts | undefined;

export function mediaLookup(items: readonly MediaFacts[]): MediaLookup {
  const byId = new Map<string, MediaFacts>(items.map((m) => [m.id, m]));
  return (id) => byId.get(id);
}

/**
 * The variant's attachments against the network's media rules: required media, counts (all
 * together and per kind), kinds mixed where the network takes one kind at a time, alt text.
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
    if (kind === null) {
      out.push(problem('media_kind_not_supported', 'error', 'media', { mediaId: found.id, index, kind: found.kind }));
    } else {
      perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    }
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
