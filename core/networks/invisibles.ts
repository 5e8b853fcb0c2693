/**
 * Characters a community manager cannot see but a network counts, refuses or renders oddly:
 * pasted from Word, a PDF or a chat, or planted (bidi overrides, "ASCII smuggling" tag characters).
 */
export type InvisibleKind = 'control' | 'bidi' | 'zero-width' | 'invalid';

export interface Invisible {
  /** UTF-16 index in the text. */
  readonly index: number;
  /** UTF-16 length (2 for an astral tag character). */
  readonly length: number;
  readonly codePoint: number;
  /** "U+200B" */
  readonly hex: string;
  /** Unicode name, or the label Unicode gives nameless code points ("<control-0085>"). */
  readonly name: string;
  readonly kind: InvisibleKind;
}

const C0 = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];

const NAMED: Readonly<Record<number, readonly [string, InvisibleKind]>> = {
  0x7f: ['DELETE', 'control'],
  0x85: ['NEXT LINE', 'control'],
  0xad: ['SOFT HYPHEN', 'zero-width'],
  0x34f: ['COMBINING GRAPHEME JOINER', 'zero-width'],
  0x61c: ['ARABIC LETTER MARK', 'bidi'],
  0x115f: ['HANGUL CHOSEONG FILLER', 'zero-width'],
  0x1160: ['HANGUL JUNGSEONG FILLER', 'zero-width'],
  0x180e: ['MONGOLIAN VOWEL SEPARATOR', 'zero-width'],
  0x200b: ['ZERO WIDTH SPACE', 'zero-width'],
  0x200c: ['ZERO WIDTH NON-JOINER', 'zero-width'],
  0x200d: ['ZERO WIDTH JOINER', 'zero-width'],
  0x200e: ['LEFT-TO-RIGHT MARK', 'bidi'],
  0x200f: ['RIGHT-TO-LEFT MARK', 'bidi'],
  0x2028: ['LINE SEPARATOR', 'control'],
  0x2029: ['PARAGRAPH SEPARATOR', 'control'],
  0x202a: ['LEFT-TO-RIGHT EMBEDDING', 'bidi'],
  0x202b: ['RIGHT-TO-LEFT EMBEDDING', 'bidi'],
  0x202c: ['POP DIRECTIONAL FORMATTING', 'bidi'],
  0x202d: ['LEFT-TO-RIGHT OVERRIDE', 'bidi'],
  0x202e: ['RIGHT-TO-LEFT OVERRIDE', 'bidi'],
  0x2060: ['WORD JOINER', 'zero-width'],
  0x2061: ['FUNCTION APPLICATION', 'zero-width'],
  0x2062: ['INVISIBLE TIMES', 'zero-width'],
  0x2063: ['INVISIBLE SEPARATOR', 'zero-width'],
  0x2064: ['INVISIBLE PLUS', 'zero-width'],
  0x2066: ['LEFT-TO-RIGHT ISOLATE', 'bidi'],
  0x2067: ['RIGHT-TO-LEFT ISOLATE', 'bidi'],
  0x2068: ['FIRST STRONG ISOLATE', 'bidi'],
  0x2069: ['POP DIRECTIONAL ISOLATE', 'bidi'],
  0x3164: ['HANGUL FILLER', 'zero-width'],
  0xfeff: ['ZERO WIDTH NO-BREAK SPACE', 'zero-width'],
  0xffa0: ['HALFWIDTH HANGUL FILLER', 'zero-width'],
  0xfff9: ['INTERLINEAR ANNOTATION ANCHOR', 'zero-width'],
  0xfffa: ['INTERLINEAR ANNOTATION SEPARATOR', 'zero-width'],
  0xfffb: ['INTERLINEAR ANNOTATION TERMINATOR', 'zero-width'],
  0xfffe: ['<noncharacter-FFFE>', 'invalid'],
  0xffff: ['<noncharacter-FFFF>', 'invalid'],
};

// Candidates, matched per UTF-16 unit (no `u` flag) so that lone surrogates are found too. Line feed
// is the one control a post legitimately holds; CR is judged below (CR LF is a Windows line end).
const CANDIDATE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- finding these is the point
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|\uDB40[\uDC01\uDC20-\uDC7F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const PICTOGRAPHIC_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const PICTOGRAPHIC_AFTER = /^\p{Extended_Pictographic}/u;
const NON_LATIN_LETTER_BEFORE = /(?!\p{Script=Latin})\p{L}[\p{M}]*$/u;
const BLACK_FLAG_TAGS_BEFORE = /\u{1F3F4}[\u{E0020}-\u{E007E}]*$/u;

function hex(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

const DIGITS = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

function tagName(cp: number): string {
  const ascii = cp - 0xe0000;
  const c = String.fromCharCode(ascii);
  if (cp === 0xe0001) return 'LANGUAGE TAG';
  if (cp === 0xe007f) return 'CANCEL TAG';
  if (ascii === 0x20) return 'TAG SPACE';
  if (/[A-Z]/.test(c)) return `TAG LATIN CAPITAL LETTER ${c}`;
  if (/[a-z]/.test(c)) return `TAG LATIN SMALL LETTER ${c.toUpperCase()}`;
  if (/[0-9]/.test(c)) return `TAG DIGIT ${DIGITS[ascii - 0x30] ?? c}`;
  return `TAG ${hex(ascii)}`;
}

function describe(cp: number): readonly [string, InvisibleKind] {
  if (cp < 0x20) return [C0[cp] ?? hex(cp), 'control'];
  if (cp >= 0x80 && cp < 0xa0 && cp !== 0x85) return [`<control-${hex(cp).slice(2)}>`, 'control'];
  if (cp >= 0xd800 && cp <= 0xdfff) return [`<surrogate-${hex(cp).slice(2)}>`, 'invalid'];
  if (cp >= 0xe0000) return [tagName(cp), 'zero-width'];
  return NAMED[cp] ?? [hex(cp), 'zero-width'];
}

/** Characters that a legitimate neighbourhood explains: emoji sequences, Persian ZWNJ, CR LF, flag tags. */
function isLegitimate(text: string, index: number, cp: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (cp === 0x0d) return text.charCodeAt(index + 1) === 0x0a;
  if (cp === 0x200d)
    return PICTOGRAPHIC_BEFORE.test(before) && PICTOGRAPHIC_AFTER.test(text.slice(index + 1, index + 3));
  if (cp === 0x200c) return NON_LATIN_LETTER_BEFORE.test(before);
  if (cp >= 0xe0020 && cp <= 0xe007f) return BLACK_FLAG_TAGS_BEFORE.test(before);
  return false;
}

export function findInvisibles(text: string): Invisible[] {
  const found: Invisible[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const cp = m[0].length === 2 ? (m[0].codePointAt(0) ?? 0) : m[0].charCodeAt(0);
    if (isLegitimate(text, m.index, cp)) continue;
    const [name, kind] = describe(cp);
    found.push({ index: m.index, length: m[0].length, codePoint: cp, hex: hex(cp), name, kind });
  }
  return found;
}
