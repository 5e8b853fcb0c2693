/**
 * French typography, checked and fixed: a narrow no-break space (U+202F) before ; : ! ? and », and
 * after «; « guillemets » instead of "straight" or “curly” quotes; the typographic apostrophe ’; no
 * double spaces. Links, @mentions, #hashtags, `code`, emoticons and times (12:30) are left alone.
 * Those spaces are characters: every network counts them (X even counts U+202F as 2).
 */
import { applyFixes, type LintIssue, type TextEdit } from './issue.js';
import { isProtected, protectedRanges } from './protect.js';
import type { TextRange } from '../validate/problem.js';

export const NARROW_NBSP = '\u202F';
const NBSP = '\u00A0';

/** Spaces that may sit where the narrow no-break space belongs (a line break may not). */
const SPACE_LIKE = new Set([' ', '\t', NBSP, NARROW_NBSP, '\u2009', '\u2002', '\u2003', '\u2007']);
/** What a correct space before the punctuation looks like: U+202F, or U+00A0 as Word types it. */
const GOOD_SPACES = new Set([NARROW_NBSP, NBSP]);
const HIGH_PUNCTUATION = new Set([';', ':', '!', '?']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '«', '\n', '"', '“', '/', "'"]);

function issue(code: LintIssue['code'], range: TextRange, fix: TextEdit, params: LintIssue['params'] = {}): LintIssue {
  return { code, severity: 'warning', params, range, fix };
}

/** ; : ! ? and » want a narrow no-break space before them. */
function spaceBefore(text: string, guarded: readonly TextRange[]): LintIssue[] {
  const out: LintIssue[] = [];
  for (let p = 0; p < text.length; p++) {
    const c = text[p]!;
    if (!HIGH_PUNCTUATION.has(c) && c !== '»') continue;
    if (isProtected(guarded, p)) continue;
    if (c === ':' && text.startsWith('//', p + 1)) continue;
    let s = p;
    while (s > 0 && SPACE_LIKE.has(text[s - 1]!)) s--;
    const before = s === 0 ? undefined : text[s - 1];
    if (before === undefined || NO_SPACE_AFTER.has(before)) continue;
    const space = text.slice(s, p);
    // "?!" or "!!!": the space goes before the first mark only.
    if (space === '' && HIGH_PUNCTUATION.has(c) && HIGH_PUNCTUATION.has(before)) continue;
    if (GOOD_SPACES.has(space)) continue;
    const code = c === '»' ? 'typo_space_inside_guillemets' : 'typo_space_before_punctuation';
    out.push(issue(code, { start: s, end: p + 1 }, { start: s, end: p, insert: NARROW_NBSP }, { char: c }));
  }
  return out;
}

/** « wants a narrow no-break space after it. */
function spaceAfterOpening(text: string, guarded: readonly TextRange[]): LintIssue[] {
  const out: LintIssue[] = [];
  for (let p = text.indexOf('«'); p >= 0; p = text.indexOf('«', p + 1)) {
    if (isProtected(guarded, p)) continue;
    let e = p + 1;
    while (e < text.length && SPACE_LIKE.has(text[e]!)) e++;
    if (e === text.length || text[e] === '\n') continue;
    const space = text.slice(p + 1, e);
    if (GOOD_SPACES.has(space)) continue;
    out.push(
      issue(
        'typo_space_inside_guillemets',
        { start: p, end: e },
        { start: p + 1, end: e, insert: NARROW_NBSP },
        { char: '«' },
      ),
    );
  }
  return out;
}

const QUOTED = /"([^"\n]*\S[^"\n]*)"|“([^“”\n]*\S[^“”\n]*)”/g;

/** "Bonjour" and “Bonjour” become « Bonjour », inner spaces included. */
function straightQuotes(text: string, guarded: readonly TextRange[]): LintIssue[] {
  const out: LintIssue[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const end = m.index + m[0].length;
    if (isProtected(guarded, m.index) || isProtected(guarded, end - 1)) continue;
    const inner = (m[1] ?? m[2] ?? '').trim();
    out.push(
      issue(
        'typo_straight_quotes',
        { start: m.index, end },
        { start: m.index, end, insert: `«${NARROW_NBSP}${inner}${NARROW_NBSP}»` },
        { quote: m[0][0] ?? '"' },
      ),
    );
  }
  return out;
}

const APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;

function straightApostrophes(text: string, guarded: readonly TextRange[]): LintIssue[] {
  const out: LintIssue[] = [];
  for (const m of text.matchAll(APOSTROPHE)) {
    if (isProtected(guarded, m.index)) continue;
    const range = { start: m.index, end: m.index + 1 };
    out.push(issue('typo_straight_apostrophe', range, { ...range, insert: '’' }));
  }
  return out;
}

// Two or more spaces between words; the run before ; : ! ? » or after « is the rules above's.
const DOUBLE_SPACE = /(?<=[^\s«])[ \u00A0]{2,}(?=[^\s;:!?»])/gu;

function doubleSpaces(text: string, guarded: readonly TextRange[]): LintIssue[] {
  const out: LintIssue[] = [];
  for (const m of text.matchAll(DOUBLE_SPACE)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (isProtected(guarded, range.start, range.end)) continue;
    out.push(issue('typo_double_space', range, { ...range, insert: ' ' }, { length: m[0].length }));
  }
  return out;
}

/** Every typography issue of a French text, in text order, each with its fix. `guarded`: protectedRanges(text), when the caller has it. */
export function typographyIssues(text: string, guarded: readonly TextRange[] = protectedRanges(text)): LintIssue[] {
  if (text === '') return [];
  return [
    ...spaceBefore(text, guarded),
    ...spaceAfterOpening(text, guarded),
    ...straightQuotes(text, guarded),
    ...straightApostrophes(text, guarded),
    ...doubleSpaces(text, guarded),
  ].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/** Applies every typography fix. Idempotent: fixing a fixed text changes nothing. */
export function fixTypography(text: string): string {
  let current = text;
  // Quotes become guillemets first; the next pass fixes the punctuation they held.
  for (let pass = 0; pass < 4; pass++) {
    const edits = typographyIssues(current).flatMap((i) => (i.fix ? [i.fix] : []));
    if (edits.length === 0) break;
    current = applyFixes(current, edits);
  }
  return current;
}
