/**
 * The account's voice: its style sheet lints a text as it is typed. Tu or vous, the emoji policy,
 * banned and preferred words and the hashtag policy. (The signature is not linted: it is added to
 * what the variant publishes, see core/validate/signature.ts.) Each issue has a range and,
 * where one exists, a fix (a pure text edit: apply it with applyFix).
 */
import type { StyleSheet } from '../model/index.js';
import type { TextRange } from '../validate/problem.js';
import type { LintIssue } from './issue.js';
import { protectedRanges } from './protect.js';
import { addressIssues } from './voice/address.js';
import { emojiIssues } from './voice/emoji.js';
import { hashtagIssues } from './voice/hashtags.js';
import { wordIssues } from './voice/words.js';

export function voiceIssues(
  text: string,
  style: StyleSheet,
  guarded: readonly TextRange[] = protectedRanges(text),
): LintIssue[] {
  return [
    ...addressIssues(text, style, guarded),
    ...emojiIssues(text, style),
    ...wordIssues(text, style, guarded),
    ...hashtagIssues(text, style),
  ].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}
