import type { TextAnalysis } from './analyse.js';
import { codePointOverflow, type Replacement } from './count-spans.js';
import { graphemeStartAt, utf8Length } from './unicode.js';

/** A length and where it passes the limit; every counter below answers this. */
export interface Measure {
  readonly length: number;
  readonly overflowFrom: number | null;
}

/** UTF-16 code units, JavaScript's own length: what most networks without a documented unit enforce. */
export function measureUtf16(analysis: TextAnalysis, limit: number): Measure {
  const length = analysis.text.length;
  return { length, overflowFrom: length > limit ? graphemeStartAt(analysis.starts, limit) : null };
}

/** UTF-8 bytes (YouTube's description). */
export function measureUtf8(analysis: TextAnalysis, limit: number): Measure {
  const length = analysis.utf8Bytes;
  return { length, overflowFrom: length > limit ? codePointOverflow(analysis, [], limit, (b) => b) : null };
}

/**
 * Threads: "Emojis are counted as the number of UTF-8 bytes" (😀 = 4, a family = 25). Everything
 * else counts 1 per code point: Meta does not say how é or 漢 count, and one per code point is what
 * a plain-text count would give.
 */
export function measureThreads(analysis: TextAnalysis, limit: number): Measure {
  const { emoji, text } = analysis;
  const replacements: Replacement[] = [];
  let length = analysis.codePoints;
  for (let i = 0; i + 1 < emoji.length; i += 2) {
    const start = emoji[i] ?? 0;
    const end = emoji[i + 1] ?? 0;
    const bytes = utf8Length(text, start, end);
    length += bytes - codePointsIn(text, start, end);
    replacements.push({ start, end, weight: bytes });
  }
  return { length, overflowFrom: length > limit ? codePointOverflow(analysis, replacements, limit, () => 1) : null };
}

function codePointsIn(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
