import { extractEntities } from '../validate/entities.js';
import type { TextRange } from '../validate/problem.js';

// `code` between backticks, on one line.
const CODE = /`[^`\n]+`/g;
// :) :-) ;) :D :P :( :/ :'( :o :3 <3 — an emoticon ends the word, so ":Des" is not one.
const EMOTICON = /(?<![\p{L}\p{N}])[:;=]['-]?[)(\]\[DPpOo/\\|*3](?![\p{L}\p{N}])|<3/gu;
// 12:30, 1:3, 2:1 — a colon between digits is a time, a ratio or a score.
const BETWEEN_DIGITS = /\d:\d/g;

/**
 * Stretches of a text the typography and voice lints leave alone: links, @mentions, #hashtags,
 * code in backticks, emoticons, times and ratios. Ascending, possibly overlapping.
 */
export function protectedRanges(text: string): TextRange[] {
  const { hashtags, mentions, links } = extractEntities(text);
  const ranges: TextRange[] = [...hashtags, ...mentions, ...links].map(({ start, end }) => ({ start, end }));
  for (const re of [CODE, EMOTICON, BETWEEN_DIGITS]) {
    for (const m of text.matchAll(re)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** True when [start, end) touches a protected range. */
export function isProtected(ranges: readonly TextRange[], start: number, end = start + 1): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}
