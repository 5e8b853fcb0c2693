import type { Severity, TextRange } from '../validate/problem.js';

/** Replace `[start, end)` of the text by `insert`. An insertion has start === end. */
export interface TextEdit extends TextRange {
  readonly insert: string;
}

/**
 * Something the typography or voice lint noticed in a text. Codes are stable strings the UI
 * translates (`lint.<code>`); `fix`, where there is one, is the one-click correction.
 */
export interface LintIssue {
  readonly code: LintCode;
  readonly severity: Severity;
  readonly params: Readonly<Record<string, string | number>>;
  readonly range: TextRange;
  readonly fix?: TextEdit;
}

export const LINT_CODES = [
  // French typography
  'typo_space_before_punctuation',
  'typo_space_inside_guillemets',
  'typo_straight_quotes',
  'typo_straight_apostrophe',
  'typo_double_space',
  // The account's voice
  'voice_address_vous',
  'voice_address_tu',
  'voice_address_mixed',
  'voice_emoji_not_allowed',
  'voice_too_many_emoji',
  'voice_banned_word',
  'voice_preferred_word',
  'voice_too_many_hashtags',
  'voice_required_hashtags_missing',
] as const;
export type LintCode = (typeof LINT_CODES)[number];

export function applyFix(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

/**
 * Applies several edits made on the same text, skipping any that overlaps one already taken
 * (by start order), so the result never depends on edits that could not both hold.
 */
export function applyFixes(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.insert;
    at = edit.end;
  }
  return out + text.slice(at);
}
