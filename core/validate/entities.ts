import twitterText from 'twitter-text';
import type { TextRange } from './problem.js';

/** A hashtag, mention or link found in a text, with its UTF-16 range (the "#" or "@" included). */
export interface Entity extends TextRange {
  /** The tag without "#", the handle without the first "@" (may hold "@domain"), or the URL as typed. */
  readonly value: string;
}

export interface Entities {
  readonly hashtags: readonly Entity[];
  readonly mentions: readonly Entity[];
  readonly links: readonly Entity[];
}

/**
 * Hashtags as twitter-text finds them: Unicode letters and marks (#Pâtisserie, #café_crème), not
 * inside a URL, not all digits. Its indices are UTF-16 offsets.
 */
export function extractHashtags(text: string): Entity[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  return twitterText
    .extractHashtagsWithIndices(text)
    .map(({ hashtag, indices: [start, end] }) => ({ value: hashtag, start, end }));
}

/** Links as twitter-text finds them, with or without a scheme (fournils.fr counts as a link). */
export function extractLinks(text: string): Entity[] {
  if (!text.includes('.')) return [];
  return twitterText.extractUrlsWithIndices(text).map(({ url, indices: [start, end] }) => ({ value: url, start, end }));
}

// Mastodon's Account::MENTION_RE, which also covers X (@user) and Bluesky (@name.bsky.social):
// not after a word character, "=" or "/" (so not in e-mail addresses nor in https://host/@user).
const W = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}';
const MENTION = new RegExp(`(?<![=/${W}])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?(?:@[${W}.-]+[${W}]+)?)`, 'giu');

/** @mentions: @user, @user@domain (Mastodon), @handle.bsky.social (Bluesky); never inside a link. */
export function extractMentions(text: string, links: readonly TextRange[] = extractLinks(text)): Entity[] {
  if (!text.includes('@')) return [];
  const found: Entity[] = [];
  for (const m of text.matchAll(MENTION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (links.some((l) => start < l.end && end > l.start)) continue;
    found.push({ value: m[1] ?? '', start, end });
  }
  return found;
}

export function extractEntities(text: string): Entities {
  const links = extractLinks(text);
  return { hashtags: extractHashtags(text), mentions: extractMentions(text, links), links };
}

/** Links count once however often they appear (Threads counts unique links). */
export function uniqueLinks(links: readonly Entity[]): Entity[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = l.value
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
