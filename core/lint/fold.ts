import type { TextRange } from '../validate/problem.js';

/**
 * A text folded for accent- and case-insensitive search (« Éclair » finds "eclair", "œuf" finds
 * "oeuf"), with a map from each folded UTF-16 unit back to where it came from in the original.
 */
export interface Folded {
  readonly text: string;
  /** origin[i] is the original index of folded unit i; origin[text.length] is the original length. */
  readonly origin: Int32Array;
}

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', '’': "'", ʼ: "'" };
const MARKS = /\p{M}/gu;

export function foldChar(c: string): string {
  const lower = c.toLowerCase();
  return LIGATURES[lower] ?? lower.normalize('NFD').replace(MARKS, '');
}

const NON_ASCII = /\P{ASCII}+/gu;

export function fold(text: string): Folded {
  const parts: string[] = [];
  // Folding "ß" gives "ss"; no character is allowed more than 4 units per unit of its own.
  const origin = new Int32Array(text.length * 4 + 1);
  let length = 0;
  const ascii = (from: number, to: number) => {
    // ASCII, most of any French text, folds by lowercasing, unit for unit.
    parts.push(text.slice(from, to).toLowerCase());
    for (let i = from; i < to; i++) origin[length++] = i;
  };
  let from = 0;
  for (const m of text.matchAll(NON_ASCII)) {
    ascii(from, m.index);
    const end = m.index + m[0].length;
    for (let i = m.index; i < end;) {
      const c = String.fromCodePoint(text.codePointAt(i) ?? 0);
      const f = foldChar(c).slice(0, 4 * c.length);
      parts.push(f);
      for (let k = 0; k < f.length; k++) origin[length++] = i;
      i += c.length;
    }
    from = end;
  }
  ascii(from, text.length);
  origin[length] = text.length;
  return { text: parts.join(''), origin: origin.subarray(0, length + 1) };
}

export function foldTerm(term: string): string {
  return fold(term.trim()).text;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD = '\\p{L}\\p{N}_';

/**
 * Where `term` occurs as whole words in `folded`, as ranges of the original text. Spaces in the
 * term match any run of spaces (ordinary or no-break).
 */
export function findTerm(folded: Folded, term: string): TextRange[] {
  const needle = foldTerm(term);
  if (needle === '') return [];
  const pattern = needle.split(/\s+/u).map(escape).join('[\\s\\u00A0\\u202F]+');
  const re = new RegExp(`(?<![${WORD}])${pattern}(?![${WORD}])`, 'gu');
  const found: TextRange[] = [];
  for (const m of folded.text.matchAll(re)) {
    const start = folded.origin[m.index] ?? 0;
    const last = m.index + m[0].length;
    found.push({ start, end: folded.origin[last] ?? folded.origin[folded.origin.length - 1] ?? 0 });
  }
  return found;
}
