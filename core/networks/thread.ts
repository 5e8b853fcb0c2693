import twitterText from 'twitter-text';
import type { Network } from '../model/network.js';
import { analyseText } from './analyse.js';
import { countText } from './count.js';
import { rulesFor } from './registry.js';
import type { CountResult } from './types.js';
import { graphemesBefore } from './unicode.js';

export interface SplitOptions {
  /** Appends " 1/3", " 2/3"… to each part, counted in the part's length. */
  readonly numbering?: boolean;
  /** Overrides the part limit (a Mastodon instance's own limit). */
  readonly limit?: number;
}

interface Break {
  /** Where the part ends (exclusive) and where the next one starts. */
  readonly end: number;
  readonly next: number;
  readonly sentence: boolean;
}

// Breaking spaces only: a no-break space (U+00A0, U+202F, U+2007) holds "Bonjour !" together.
const SPACES = /[ \t\n\r\f\v\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+/g;
const SENTENCE_END = /[.!?…][»"”’)\]]*$/;
// A part must not start with punctuation that belongs to the previous word ("Bonjour !" typed with
// an ordinary space) nor end with an opening guillemet.
const CLINGS_LEFT = /^[!?:;»)\]]/;

/**
 * Splits a long text into thread parts, each within the network's part limit as the network counts
 * it, at sentence ends first, then between words. A part is cut inside a word only when one word is
 * longer than a part, and never inside a URL or a grapheme. Single-part texts come back unnumbered.
 */
export function splitThread(network: Network, text: string, options: SplitOptions = {}): string[] {
  const rule = rulesFor(network).thread;
  const body = text.trim();
  const limit = options.limit ?? rule.partLimit;
  if (!rule.supported || limit === null || countText(network, body, { limit }).length <= limit) return [body];
  const measure = (s: string) => countText(network, s, { limit });
  if (options.numbering !== true) return split(body, limit, '', measure);
  // Reserve the widest numbering for the part count's digits; grow if the parts outnumber it.
  for (let digits = 1; ; digits++) {
    const widest = ` ${'9'.repeat(digits)}/${'9'.repeat(digits)}`;
    const parts = split(body, limit, widest, measure);
    if (String(parts.length).length <= digits) return parts.map((p, i) => `${p} ${i + 1}/${parts.length}`);
  }
}

function split(text: string, limit: number, suffix: string, measure: (s: string) => CountResult): string[] {
  const { starts } = analyseText(text);
  const isStart = (i: number) => i === text.length || starts[graphemesBefore(starts, i)] === i;
  // The end of the text is the last candidate: "the rest fits" is then just the furthest fit.
  const breaks = findBreaks(text).filter((b) => isStart(b.end) && isStart(b.next));
  breaks.push({ end: text.length, next: text.length, sentence: true });
  const sentences = breaks.filter((b) => b.sentence);
  const urls = urlSpans(text);
  // Within the limit, and for Bluesky within its 3,000 bytes too.
  const fits = (from: number, to: number) => {
    const result = measure(text.slice(from, to) + suffix);
    return result.length <= limit && result.problem !== 'too_many_bytes';
  };
  const parts: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const from = pos;
    const after = (list: readonly Break[]) => list.slice(firstAfter(list, from));
    const words = after(breaks);
    const word = furthest(words.length, (i) => fits(from, (words[i] as Break).end));
    const sentenceList = after(sentences);
    const sentence = furthest(sentenceList.length, (i) => fits(from, (sentenceList[i] as Break).end));
    const bestWord = words[word];
    const bestSentence = sentenceList[sentence];
    // A sentence end is preferred unless it leaves the part less than half full.
    const chosen =
      bestSentence && (bestSentence === bestWord || measure(text.slice(from, bestSentence.end)).length * 2 >= limit)
        ? bestSentence
        : bestWord;
    if (chosen) {
      parts.push(text.slice(from, chosen.end));
      pos = chosen.next;
      continue;
    }
    // One word longer than a part: cut it at a grapheme boundary outside URLs, or keep it whole.
    const next = words[0] ?? { end: text.length, next: text.length, sentence: true };
    const cut = hardCut(text, from, next.end, starts, urls, fits);
    parts.push(text.slice(from, cut ?? next.end));
    pos = cut ?? next.next;
  }
  return parts;
}

/** Index of the first break that ends after `pos`. */
function firstAfter(list: readonly Break[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Break).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Largest i in [0, count) with fits(i), -1 if none. Fitting is monotone (a longer part never counts
 * less), and the search gallops from the start so each probe costs about one part, not the text.
 */
function furthest(count: number, fits: (i: number) => boolean): number {
  if (count === 0 || !fits(0)) return -1;
  let good = 0;
  let step = 1;
  while (good + step < count && fits(good + step)) {
    good += step;
    step *= 2;
  }
  let bad = Math.min(good + step, count);
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (fits(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

function findBreaks(text: string): Break[] {
  const breaks: Break[] = [];
  for (const m of text.matchAll(SPACES)) {
    const end = m.index;
    const next = end + m[0].length;
    if (end === 0 || next >= text.length) continue;
    if (CLINGS_LEFT.test(text.slice(next, next + 1)) || text[end - 1] === '«') continue;
    breaks.push({
      end,
      next,
      sentence: m[0].includes('\n') || SENTENCE_END.test(text.slice(Math.max(0, end - 4), end)),
    });
  }
  return breaks;
}

function urlSpans(text: string): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = twitterText.extractUrlsWithIndices(text).map((u) => u.indices);
  for (const m of text.matchAll(/https?:\/\/\S+/gi)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** The furthest grapheme boundary in (pos, end) that fits and is not inside a URL; null if none. */
function hardCut(
  text: string,
  pos: number,
  end: number,
  starts: Uint32Array,
  urls: readonly (readonly [number, number])[],
  fits: (from: number, to: number) => boolean,
): number | null {
  const first = graphemesBefore(starts, pos) + 1;
  const count = graphemesBefore(starts, end) - first;
  const at = (i: number) => starts[first + i] ?? end;
  for (let k = furthest(count, (i) => fits(pos, at(i))); k >= 0; k--) {
    const cut = at(k);
    if (!urls.some(([s, e]) => s < cut && cut < e)) return cut;
  }
  return null;
}
