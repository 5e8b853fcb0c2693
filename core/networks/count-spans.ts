import type { TextAnalysis } from './analyse.js';
import { codePointWidth, graphemesBefore, graphemeStartAt } from './unicode.js';

/**
 * A stretch of the text that a network counts as a fixed weight instead of its own characters:
 * a URL that counts 23, a link the app shortens, a remote mention's @domain that counts 0, an emoji
 * that counts its bytes. Replacements are sorted and do not overlap.
 */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

/** Graphemes of the text, each replacement counting its weight instead of its graphemes. */
export function graphemesWithReplacements(analysis: TextAnalysis, replacements: readonly Replacement[]): number {
  let total = analysis.graphemes;
  for (const r of replacements) {
    total += r.weight - (graphemesBefore(analysis.starts, r.end) - graphemesBefore(analysis.starts, r.start));
  }
  return total;
}

/**
 * UTF-16 index of the first grapheme (or replacement) that takes the count past `limit`, counting
 * from `already` (a content warning). Walks only as far as the overflow, so it stays cheap on a
 * 200,000-character paste.
 */
export function graphemeOverflow(
  analysis: TextAnalysis,
  replacements: readonly Replacement[],
  limit: number,
  already = 0,
): number | null {
  if (already > limit) return 0;
  const { starts } = analysis;
  let sum = already;
  let r = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] ?? 0;
    const replacement = replacements[r];
    if (replacement && start >= replacement.start) {
      sum += replacement.weight;
      if (sum > limit) return replacement.start;
      k = graphemesBefore(starts, replacement.end) - 1;
      r++;
      continue;
    }
    if (++sum > limit) return start;
  }
  return null;
}

/** UTF-8 bytes of the code point at i (a lone surrogate goes out as U+FFFD: 3). */
function codePointBytes(code: number, width: number): number {
  if (width === 2) return 4;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}

/**
 * Same walk over code points, each weighing `unit(bytes)`; replacements weigh what they say. Used for
 * UTF-8 byte limits (YouTube, Bluesky's 3,000 bytes) and Threads (1 per code point, emoji = bytes).
 */
export function codePointOverflow(
  analysis: TextAnalysis,
  replacements: readonly Replacement[],
  limit: number,
  unit: (bytes: number) => number,
): number | null {
  const { text } = analysis;
  let sum = 0;
  let r = 0;
  for (let i = 0; i < text.length;) {
    const replacement = replacements[r];
    if (replacement && i >= replacement.start) {
      sum += replacement.weight;
      if (sum > limit) return replacement.start;
      i = Math.max(i + 1, replacement.end);
      r++;
      continue;
    }
    const width = codePointWidth(text, i);
    sum += unit(codePointBytes(text.charCodeAt(i), width));
    if (sum > limit) return graphemeStartAt(analysis.starts, i);
    i += width;
  }
  return null;
}
