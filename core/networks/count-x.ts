import twitterText, { type ParseTweetOptions } from 'twitter-text';
import type { TextAnalysis } from './analyse.js';
import type { Chunk } from './chunks.js';
import { graphemesBefore, graphemeStartAt } from './unicode.js';

/**
 * X counts exactly as twitter-text v3 does, so we call its parseTweet with the package's own v3
 * config (the typings do not declare `configs`, hence the cast).
 */
const V3 = (twitterText as unknown as { configs: { version3: ParseTweetOptions } }).configs.version3;

/** twitter-text refuses these (invalidCharsGroup). */
const INVALID = /[\uFFFE\uFEFF\uFFFF]/;
const INVALID_ALL = /[\uFFFE\uFEFF\uFFFF]/g;

export interface XCount {
  readonly length: number;
  readonly overflowFrom: number | null;
  readonly invalidCharacter: boolean;
}

// An invalid character freezes twitter-text's valid range where it sits; a stand-in of the same
// UTF-16 length and weight (U+3000, weight 2) lets us find where the *length* runs out.
function measurable(text: string): string {
  return INVALID.test(text) ? text.replace(INVALID_ALL, '\u3000') : text;
}

function parse(text: string, limit: number) {
  return twitterText.parseTweet(text, { ...V3, maxWeightedTweetLength: limit });
}

/** The text's weighted length, parsed chunk by chunk (see chunks.ts); a chunk is parsed once. */
function weigh(analysis: TextAnalysis): number {
  let total = 0;
  for (const { text, facts } of analysis.chunks) {
    facts.xWeight ??= parse(measurable(text), Number.MAX_SAFE_INTEGER).weightedLength;
    total += facts.xWeight;
  }
  return total;
}

export function countX(analysis: TextAnalysis, limit: number): XCount {
  const total = weigh(analysis);
  const invalidCharacter = INVALID.test(analysis.text);
  if (total <= limit) return { length: total, overflowFrom: null, invalidCharacter };
  let before = 0;
  for (const chunk of analysis.chunks) {
    const weight = chunk.facts.xWeight ?? 0;
    if (before + weight > limit) {
      return { length: total, overflowFrom: chunkOverflow(analysis, chunk, limit - before), invalidCharacter };
    }
    before += weight;
  }
  return { length: total, overflowFrom: null, invalidCharacter };
}

/** First UTF-16 index of `chunk` that does not fit in `budget`. */
function chunkOverflow(analysis: TextAnalysis, chunk: Chunk, budget: number): number {
  if (budget <= 0) return chunk.start;
  const text = measurable(chunk.text);
  const parsed = parse(text, budget);
  // parseTweet reports the last valid index of the NFC text, shifted by the whole length change of
  // normalisation; index 0 is also its answer when nothing fits, so check the first unit then.
  const normalized = text.normalize('NFC');
  const offset = text.length - normalized.length;
  let firstOut = parsed.validRangeEnd - offset + 1;
  if (parsed.validRangeEnd === 0 && parse(firstUnit(analysis, chunk, text), budget).weightedLength > budget)
    firstOut = 0;
  if (offset === 0) return graphemeStartAt(analysis.starts, chunk.start + firstOut);
  // NFC never composes across graphemes: normalise grapheme by grapheme to map the index back.
  const { starts } = analysis;
  const end = chunk.start + chunk.text.length;
  let position = 0;
  for (let k = graphemesBefore(starts, chunk.start); k < starts.length && (starts[k] ?? end) < end; k++) {
    const from = starts[k] ?? end;
    const to = Math.min(starts[k + 1] ?? end, end);
    position += text.slice(from - chunk.start, to - chunk.start).normalize('NFC').length;
    if (position > firstOut) return from;
  }
  return end;
}

/** The URL or grapheme the chunk starts with: the smallest piece twitter-text weighs. */
function firstUnit(analysis: TextAnalysis, chunk: Chunk, text: string): string {
  const url = twitterText.extractUrlsWithIndices(text).find((u) => u.indices[0] === 0);
  if (url) return text.slice(0, url.indices[1]);
  const k = graphemesBefore(analysis.starts, chunk.start);
  return text.slice(0, (analysis.starts[k + 1] ?? chunk.start + text.length) - chunk.start);
}
