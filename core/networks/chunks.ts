import { startsGrapheme } from './unicode.js';

/**
 * Recount only what changed. Segmentation, twitter-text's parse and link detection cost a few ms on a
 * 25,000-character text, and a keystroke changes one sentence. Their results are additive across a
 * boundary placed right after a space or a line feed, provided a grapheme starts there: a URL, a
 * mention, an emoji or an NFC composition never spans whitespace, twitter-text treats "after
 * whitespace" exactly like "start of text" (its URL preceding-character class and domain look-ahead
 * accept both), and a grapheme boundary that UAX #29 guarantees from the two characters around it
 * does not depend on anything before. So we cut the text after each line feed and after each space
 * that follows a sentence end (content-defined, so an edit elsewhere does not move the cuts), and
 * every network caches its result per piece, by the piece's text.
 */
export interface Chunk {
  /** UTF-16 index of the chunk in the whole text. */
  readonly start: number;
  readonly text: string;
}

const CUT_AFTER = /\n|[.!?…] /g;

export function chunkText(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  for (const m of text.matchAll(CUT_AFTER)) {
    const end = m.index + m[0].length;
    // A space followed by a combining mark (or anything that may join it) is not a cut.
    if (end < text.length && m[0] !== '\n' && !startsGrapheme(text.charCodeAt(end))) continue;
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length || chunks.length === 0) chunks.push({ start, text: text.slice(start) });
  return chunks;
}

/**
 * A bounded memo of pure per-chunk results. Two generations of Maps: a hit in the old one moves to
 * the new one, and when the new one is full the old one is dropped whole. (A single Map used as an
 * LRU, deleting its oldest key on each insert, leaves holes at its head that every later eviction
 * scans again: it cost a fifth of a fresh 25,000-character count.)
 */
export class ChunkCache<T> {
  private young = new Map<string, T>();
  private old = new Map<string, T>();

  constructor(private readonly capacity = 4096) {}

  get(key: string, compute: (key: string) => T): T {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const kept = this.old.get(key);
    const value = kept === undefined ? compute(key) : kept;
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }
}
