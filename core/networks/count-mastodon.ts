import twitterText from 'twitter-text';
import { memoised, type TextAnalysis } from './analyse.js';
import { graphemeOverflow, graphemesWithReplacements, type Replacement } from './count-spans.js';
import { segment } from './unicode.js';

/**
 * The server's StatusLengthValidator (app/validators/status_length_validator.rb) counts graphemes of
 * `spoiler_text + countable_text(text)`, where countable_text replaces each URL that twitter-text
 * extracts *with* its scheme by 23 "x" and each @user@domain by @user, after dropping overlapping
 * entities (the first one wins). The server, not the web composer, is the authority.
 */
export const MASTODON_URL_WEIGHT = 23;

/** Mastodon's domain cap in app/lib/extractor.rb: a longer domain gets no discount. */
const MAX_DOMAIN_LENGTH = 253;

// Account::MENTION_RE, with Ruby's [[:word:]] spelled out (letters, marks, digits, connectors).
const W = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}';
const MENTION_RE = new RegExp(`(?<![=/${W}])@(([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@[${W}.-]+[${W}]+)?)`, 'giu');
const URL_HINT = /https?:\/\//i;

interface Entity {
  readonly start: number;
  readonly end: number;
  /** UTF-16 index of the domain's "@", for remote mentions; -1 for URLs and local mentions. */
  readonly domainAt: number;
  readonly url: boolean;
}

function mentions(text: string): Entity[] {
  if (!text.includes('@')) return [];
  const found: Entity[] = [];
  const re = new RegExp(MENTION_RE.source, MENTION_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const screenName = m[1] ?? '';
    const end = m.index + 1 + screenName.length;
    if (twitterText.regexen.endMentionMatch.test(text.slice(end, end + 3))) continue;
    const at = screenName.indexOf('@');
    if (at >= 0 && screenName.length - at - 1 > MAX_DOMAIN_LENGTH) continue;
    found.push({ start: m.index, end, domainAt: at >= 0 ? m.index + 1 + at : -1, url: false });
  }
  return found;
}

function urls(text: string): Entity[] {
  if (!URL_HINT.test(text)) return [];
  return twitterText
    .extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })
    .map(({ indices: [start, end] }) => ({ start, end, domainAt: -1, url: true }));
}

/** What the server rewrites, as replacements over the text. */
export function mastodonReplacements(text: string): Replacement[] {
  const entities = [...urls(text), ...mentions(text)].sort((a, b) => a.start - b.start);
  const replacements: Replacement[] = [];
  let lastEnd = -1;
  for (const e of entities) {
    if (e.start < lastEnd) continue; // remove_overlapping_entities: an earlier entity wins
    lastEnd = e.end;
    if (e.url) replacements.push({ start: e.start, end: e.end, weight: MASTODON_URL_WEIGHT });
    else if (e.domainAt >= 0) replacements.push({ start: e.domainAt, end: e.end, weight: 0 });
  }
  return replacements;
}

export interface MastodonCount {
  readonly length: number;
  readonly spoiler: number;
  readonly replacements: readonly Replacement[];
}

export function countMastodon(analysis: TextAnalysis, spoiler = ''): MastodonCount {
  return memoised(analysis, `mastodon:${spoiler}`, () => {
    const spoilerGraphemes = spoiler === '' ? 0 : segment(spoiler).starts.length;
    // countable_text returns '' for a blank text (Ruby's String#blank?).
    if (/^\s*$/u.test(analysis.text)) return { length: spoilerGraphemes, spoiler: spoilerGraphemes, replacements: [] };
    // Entities never span the whitespace chunks are cut after (see chunks.ts): extract per chunk.
    const replacements: Replacement[] = [];
    for (const { start, text, facts } of analysis.chunks) {
      facts.mastodon ??= mastodonReplacements(text);
      for (const r of facts.mastodon) replacements.push({ ...r, start: r.start + start, end: r.end + start });
    }
    const length = spoilerGraphemes + graphemesWithReplacements(analysis, replacements);
    return { length, spoiler: spoilerGraphemes, replacements };
  });
}

export function mastodonOverflow(analysis: TextAnalysis, count: MastodonCount, limit: number): number | null {
  return count.length > limit ? graphemeOverflow(analysis, count.replacements, limit, count.spoiler) : null;
}
