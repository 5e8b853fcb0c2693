/**
 * Grapheme segmentation that calls Intl.Segmenter only where it can matter.
 *
 * Intl.Segmenter costs ~2.3 ms per 3,000 characters in Node (it allocates one object per grapheme),
 * yet French text is almost all characters that are a grapheme on their own. UAX #29 guarantees a
 * break between two "simple" characters (no Extend, ZWJ, SpacingMark, Prepend, regional indicator,
 * Hangul jamo or Indic consonant among them) and around controls (GB4, GB5, except CR LF). We cut the
 * text at those guaranteed breaks and hand only the stretches in between to Intl.Segmenter, so the
 * result is the segmenter's own answer at a fraction of the cost.
 */

const COMPLEX = 0;
const SIMPLE = 1;
const CONTROL = 2;
const CARRIAGE_RETURN = 3;

// Ranges (inclusive) of BMP code units that are always a grapheme of their own between simple
// neighbours: ASCII printable, Latin-1 and Latin Extended letters (minus U+00AD, a control), spacing
// modifiers, typographic spaces, dashes, quotes, ellipsis, narrow no-break space, currency signs.
const SIMPLE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x2ff],
  [0x2000, 0x200a],
  [0x2010, 0x2027],
  [0x202f, 0x205f],
  [0x20a0, 0x20c0],
];

let classes: Uint8Array | null = null;

function classTable(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  for (const [from, to] of SIMPLE_RANGES) table.fill(SIMPLE, from, to + 1);
  table.fill(CONTROL, 0x00, 0x20);
  table.fill(CONTROL, 0x7f, 0xa0);
  table[0x2028] = CONTROL;
  table[0x2029] = CONTROL;
  table[0x0d] = CARRIAGE_RETURN;
  classes = table;
  return table;
}

let segmenter: Intl.Segmenter | null = null;

function graphemeSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

/** An emoji as Threads counts it: rendered as emoji (default emoji presentation, VS16 or keycap). */
const EMOJI = /[\p{Emoji_Presentation}\uFE0F\u20E3]/u;

// Emoji pictographs U+1F300–U+1FAFF minus the skin-tone modifiers U+1F3FB–U+1F3FF (Extend): their
// grapheme break property is Other, so between one of them and a simple character, or two of them,
// UAX #29 always breaks (GB999; GB11 needs a ZWJ, which is not simple). French posts hold one emoji
// every sentence or two; without this each would cost an Intl.Segmenter call.
const PICTOGRAPHS_FROM = 0x1f300;
const PICTOGRAPHS_TO = 0x1faff;
let pictographEmoji: Uint8Array | null = null;

/** 1 where the pictograph at U+1F300 + i has default emoji presentation (Threads' emoji), else 0. */
function pictographEmojiTable(): Uint8Array {
  if (pictographEmoji) return pictographEmoji;
  const table = new Uint8Array(PICTOGRAPHS_TO - PICTOGRAPHS_FROM + 1);
  for (let cp = PICTOGRAPHS_FROM; cp <= PICTOGRAPHS_TO; cp++)
    table[cp - PICTOGRAPHS_FROM] = EMOJI.test(String.fromCodePoint(cp)) ? 1 : 0;
  pictographEmoji = table;
  return table;
}

/** The code point of the lone-standing pictograph whose high surrogate is at i, or 0. */
function pictographAt(text: string, i: number): number {
  const high = text.charCodeAt(i);
  if (high < 0xd83c || high > 0xd83e) return 0;
  const low = text.charCodeAt(i + 1);
  if (!isLowSurrogate(low)) return 0;
  const cp = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  return cp >= PICTOGRAPHS_FROM && cp <= PICTOGRAPHS_TO && (cp < 0x1f3fb || cp > 0x1f3ff) ? cp : 0;
}

/**
 * Whether a grapheme always starts at a character with this UTF-16 code after a simple character
 * such as a space: the next one is simple too, or a control (GB5).
 */
export function startsGrapheme(code: number): boolean {
  return (classTable()[code] ?? COMPLEX) !== COMPLEX;
}

export interface Segmentation {
  /** UTF-16 index where each grapheme starts, ascending. */
  readonly starts: Uint32Array;
  /** Emoji graphemes as flat [start, end, start, end, …] UTF-16 ranges. */
  readonly emoji: readonly number[];
}

// Reused between calls: the composer segments a few hundred sentences per paste, and allocating a
// typed array costs more than segmenting a short sentence.
let scratch = new Uint32Array(1024);

export function segment(text: string): Segmentation {
  const n = text.length;
  const table = classTable();
  const emojiTable = pictographEmojiTable();
  if (scratch.length < n) scratch = new Uint32Array(Math.max(n, 2 * scratch.length));
  const starts = scratch;
  const emoji: number[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    // A lone pictograph breaks like a simple character on both sides.
    const first = pictographAt(text, i);
    let a = first === 0 ? (table[text.charCodeAt(i)] ?? COMPLEX) : SIMPLE;
    let j = first === 0 ? i + 1 : i + 2;
    let units = 1;
    while (j < n) {
      const code = text.charCodeAt(j);
      let b = table[code] ?? COMPLEX;
      const pictograph = b === COMPLEX && pictographAt(text, j) !== 0;
      if (pictograph) b = SIMPLE;
      if (a === CARRIAGE_RETURN ? code !== 0x0a : a === CONTROL || b >= CONTROL || (a === SIMPLE && b === SIMPLE))
        break;
      a = b;
      j += pictograph ? 2 : 1;
      units++;
    }
    if (units === 1 || (j - i === 2 && text.charCodeAt(i) === 0x0d)) {
      starts[count++] = i; // one character or pictograph, or CR LF: one grapheme either way
      if (first !== 0 && emojiTable[first - PICTOGRAPHS_FROM] === 1) emoji.push(i, i + 2);
    } else {
      for (const s of graphemeSegmenter().segment(text.slice(i, j))) {
        const start = i + s.index;
        starts[count++] = start;
        if (EMOJI.test(s.segment)) emoji.push(start, start + s.segment.length);
      }
    }
    i = j;
  }
  return { starts: starts.slice(0, count), emoji };
}

/** UTF-8 bytes of text[from, to); a lone surrogate is sent as U+FFFD (3 bytes). */
export function utf8Length(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function codePointLength(text: string): number {
  let pairs = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairs++;
      i++;
    }
  }
  return text.length - pairs;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** UTF-16 length of the code point starting at i (2 for a valid pair, else 1). */
export function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Number of grapheme starts strictly before UTF-16 index `index`. */
export function graphemesBefore(starts: Uint32Array, index: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? 0) < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the grapheme that contains UTF-16 index `index`, so a highlight never cuts one in two. */
export function graphemeStartAt(starts: Uint32Array, index: number): number {
  const k = graphemesBefore(starts, index + 1);
  return k === 0 ? 0 : (starts[k - 1] ?? 0);
}
