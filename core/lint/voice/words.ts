import type { StyleSheet } from '../../model/index.js';
import type { TextRange } from '../../validate/problem.js';
import { findTerm, fold } from '../fold.js';
import type { LintIssue } from '../issue.js';
import { isProtected } from '../protect.js';

/** « Synergie » replaced by "collaboration" gives « Collaboration »: keep the capital of what was typed. */
function matchCase(typed: string, prefer: string): string {
  const first = typed[0];
  if (first === undefined || first === first.toLowerCase()) return prefer;
  if (typed.length > 1 && typed === typed.toUpperCase()) return prefer.toUpperCase();
  return prefer.charAt(0).toUpperCase() + prefer.slice(1);
}

/** Banned words (no fix, even in a hashtag) and preferred words (fix: the preferred one), whole words, any case or accent. */
export function wordIssues(text: string, style: StyleSheet, guarded: readonly TextRange[]): LintIssue[] {
  if (style.bannedWords.length === 0 && style.preferredWords.length === 0) return [];
  const folded = fold(text);
  const out: LintIssue[] = [];
  for (const word of style.bannedWords) {
    // A banned word is banned in a #hashtag too.
    for (const range of findTerm(folded, word)) {
      out.push({ code: 'voice_banned_word', severity: 'warning', params: { word }, range });
    }
  }
  for (const { avoid, prefer } of style.preferredWords) {
    for (const range of findTerm(folded, avoid)) {
      if (isProtected(guarded, range.start, range.end)) continue;
      const typed = text.slice(range.start, range.end);
      out.push({
        code: 'voice_preferred_word',
        severity: 'warning',
        params: { word: typed, prefer },
        range,
        fix: { ...range, insert: matchCase(typed, prefer) },
      });
    }
  }
  return out;
}
