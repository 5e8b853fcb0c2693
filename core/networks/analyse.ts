import { codePointLength, segment, utf8Length } from './unicode.js';

/**
 * What every network's count needs from a text, computed once per keystroke and shared by all
 * networks: grapheme starts (the costly part), code points, UTF-8 bytes, emoji graphemes, and a cache
 * for network-specific work (twitter-text's parse, link detection) so that two accounts on the same
 * network, or a count and an overflow lookup, do not redo it.
 */
export interface TextAnalysis {
  readonly text: string;
  /** UTF-16 index where each grapheme starts, ascending. */
  readonly starts: Uint32Array;
  readonly graphemes: number;
  readonly codePoints: number;
  readonly utf8Bytes: number;
  /** Emoji graphemes as flat [start, end, …] UTF-16 ranges (Threads counts their bytes). */
  readonly emoji: readonly number[];
  /** Memo of derived values, keyed by their producer. */
  readonly memo: Map<string, unknown>;
}

export function analyseText(text: string): TextAnalysis {
  const { starts, emoji } = segment(text);
  return {
    text,
    starts,
    graphemes: starts.length,
    codePoints: codePointLength(text),
    utf8Bytes: utf8Length(text),
    emoji,
    memo: new Map(),
  };
}

/** Returns the memoised value of `key`, computing it on first use. */
export function memoised<T>(analysis: TextAnalysis, key: string, compute: () => T): T {
  if (analysis.memo.has(key)) return analysis.memo.get(key) as T;
  const value = compute();
  analysis.memo.set(key, value);
  return value;
}

export function toAnalysis(input: string | TextAnalysis): TextAnalysis {
  return typeof input === 'string' ? analyseText(input) : input;
}
