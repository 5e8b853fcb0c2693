import type { StyleSheet } from '../../model/index.js';
import type { TextRange } from '../../validate/problem.js';
import type { LintIssue } from '../issue.js';
import { isProtected } from '../protect.js';

const W = '\\p{L}\\p{N}_';
// Whole words, any case; t’ and t' only before a letter (t’inscrire, t'as).
const TU = new RegExp(`(?<![${W}])(?:(?:tu|te|toi|ton|ta|tes)(?![${W}'’])|t['’](?=\\p{L}))`, 'giu');
const VOUS = new RegExp(`(?<![${W}])(?:vous|votre|vos)(?![${W}])`, 'giu');

function find(re: RegExp, text: string, guarded: readonly TextRange[]): TextRange[] {
  return [...text.matchAll(re)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter((r) => !isProtected(guarded, r.start, r.end));
}

/**
 * Tu or vous, as the account's style sheet says. An account that allows either is told when one
 * text mixes both. No automatic fix: the verbs change too.
 */
export function addressIssues(text: string, style: StyleSheet, guarded: readonly TextRange[]): LintIssue[] {
  const tu = find(TU, text, guarded);
  const vous = find(VOUS, text, guarded);
  const each = (code: LintIssue['code'], ranges: TextRange[]) =>
    ranges.map((range) => ({
      code,
      severity: 'warning' as const,
      params: { word: text.slice(range.start, range.end), expected: style.address },
      range,
    }));
  switch (style.address) {
    case 'tu':
      return each('voice_address_vous', vous);
    case 'vous':
      return each('voice_address_tu', tu);
    case 'either': {
      const [first] = tu.length > 0 && vous.length > 0 ? (tu.length <= vous.length ? tu : vous) : [];
      return first === undefined
        ? []
        : [
            {
              code: 'voice_address_mixed',
              severity: 'warning',
              params: { tu: tu.length, vous: vous.length },
              range: first,
            },
          ];
    }
  }
}
