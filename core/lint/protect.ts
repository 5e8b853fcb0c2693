import { extractEntities } from '../validate/entities.js';
import type { TextRange } from '../validate/problem.js';

// `code` between backticks, on one line.
const CODE = /`[^`\n]+`/g;
// :) :-) ;) :D :P :( :/ :'( :o :3 <3 — an emoticon ends the word, so ":Des" is not one.
const EMOTICON = /(?<![\p{L}\p{N}])[:;=]['-]?[)(\][DPpOo/\\|*3](?![\p{L}\p{N}])|<3/gu;
// 12:30, 1:3, 2:1 — a colon between digits is a time, a ratio or a score.
const BETWEEN_DIGITS = /\d:\d/g;

/**
 * Stretches of a text the typography and voice lints leave alone: links, @mentions, #hashtags,
 * code in backticks, emoticons, times and ratios. Ascending and disjoint (overlaps are merged), so
 * isProtected can search them by halves: a 200,000-character paste has thousands of them.
 */
export function protectedRanges(text: string): TextRange[] {
  const { hashtags, mentions, links } = extractEntities(text);
  const ranges: TextRange[] = [...hashtags, ...mentions, ...links].map(({ start, end }) => ({ start, end }));
  for (const re of [CODE, EMOTICON, BETWEEN_DIGITS]) {
    for (const m of text.matchAll(re)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else merged.push(r);
  }
  return merged;
}

/** True when [start, end) overlaps one of `ranges` (ascending and disjoint, as protectedRanges returns them). */
export function isProtected(ranges: readonly TextRange[], start: number, end = start + 1): boolean {
  // The first range that ends after `start`; it is the only candidate.
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r !== undefined && r.start < end;
}
