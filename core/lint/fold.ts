import type { TextRange } from '../validate/problem.js';

/**
 * A text folded for accent- and case-insensitive search (« Éclair » finds "eclair", "œuf" finds
 * "oeuf"), with a map from each folded UTF-16 unit back to where it came from in the original.
 */
export interface Folded {
  readonly text: string;
  /** origin[i] is the original index of folded unit i; origin[text.length] is the original length. */
  readonly origin: readonly number[];
}

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', '’': "'", ʼ: "'" };
const MARKS = /\p{M}/gu;

export function foldChar(c: string): string {
  const lower = c.toLowerCase();
  return LIGATURES[lower] ?? lower.normalize('NFD').replace(MARKS, '');
}

export function fold(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  for (const c of text) {
    const f = foldChar(c);
    out += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += c.length;
  }
  origin.push(text.length);
  return { text: out, origin };
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
    found.push({ start, end: folded.origin[last] ?? folded.origin.length - 1 });
  }
  return found;
}
