import type { BlueskyLink } from './count-bluesky.js';
import type { Replacement } from './count-spans.js';
import { ChunkCache, chunkText, type Chunk } from './chunks.js';
import { codePointLength, segment, utf8Length } from './unicode.js';

/**
 * What one chunk of text (see chunks.ts) gives every network, computed once per distinct chunk and
 * kept across keystrokes: a keystroke re-analyses only the sentence it changed. The network fields
 * are filled in by each network's counter the first time it needs them.
 */
export interface ChunkFacts {
  readonly graphemes: number;
  /**
   * Grapheme starts relative to the chunk, or null when every UTF-16 unit starts one (most French
   * sentences: keeping no array for them is a good part of what a fresh paste costs).
   */
  readonly starts: Uint32Array | null;
  /** Emoji graphemes as flat [start, end, …] ranges relative to the chunk. */
  readonly emoji: readonly number[];
  readonly codePoints: number;
  readonly utf8Bytes: number;
  /** twitter-text v3 weighted length (count-x.ts). */
  xWeight?: number;
  /** Links the Bluesky app shortens, relative to the chunk (count-bluesky.ts). */
  blueskyLinks?: readonly BlueskyLink[];
  /** What the Mastodon server rewrites, relative to the chunk (count-mastodon.ts). */
  mastodon?: readonly Replacement[];
}

export interface AnalysedChunk extends Chunk {
  readonly facts: ChunkFacts;
}

/**
 * What every network's count needs from a text, computed once per keystroke and shared by all
 * networks: grapheme starts (the costly part), code points, UTF-8 bytes, emoji graphemes, the
 * chunks with their cached per-network facts, and a memo for whole-text results (twitter-text's
 * overflow, link lists) so that two accounts on the same network do not redo them.
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
  readonly chunks: readonly AnalysedChunk[];
  /** Memo of derived values, keyed by their producer. */
  readonly memo: Map<string, unknown>;
}

const NO_EMOJI: readonly number[] = [];

function factsOf(text: string): ChunkFacts {
  const { starts, emoji } = segment(text);
  const codePoints = codePointLength(text);
  const utf8Bytes = utf8Length(text);
  const graphemes = starts.length;
  const trivial = graphemes === text.length;
  return {
    graphemes,
    starts: trivial ? null : starts,
    emoji: emoji.length === 0 ? NO_EMOJI : emoji,
    codePoints,
    utf8Bytes,
  };
}

const facts = new ChunkCache<ChunkFacts>();

export function analyseText(text: string): TextAnalysis {
  const chunks = chunkText(text).map((chunk) => ({ ...chunk, facts: facts.get(chunk.text, factsOf) }));
  let graphemes = 0;
  let codePoints = 0;
  let utf8Bytes = 0;
  for (const { facts: f } of chunks) {
    graphemes += f.graphemes;
    codePoints += f.codePoints;
    utf8Bytes += f.utf8Bytes;
  }
  const starts = new Uint32Array(graphemes);
  const emoji: number[] = [];
  let at = 0;
  for (const { start, facts: f } of chunks) {
    const own = f.starts;
    if (own === null) for (let k = 0; k < f.graphemes; k++) starts[at + k] = start + k;
    else if (start === 0) starts.set(own, at);
    else for (let k = 0; k < own.length; k++) starts[at + k] = (own[k] ?? 0) + start;
    at += f.graphemes;
    for (let e = 0; e < f.emoji.length; e++) emoji.push((f.emoji[e] ?? 0) + start);
  }
  return { text, starts, graphemes, codePoints, utf8Bytes, emoji, chunks, memo: new Map() };
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
