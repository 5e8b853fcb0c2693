import type { StyleSheet } from '../model/index.js';
import type { LintIssue } from './issue.js';
import { protectedRanges } from './protect.js';
import { typographyIssues } from './typography.js';
import { voiceIssues } from './voice.js';

export { applyFix, applyFixes, LINT_CODES, type LintCode, type LintIssue, type TextEdit } from './issue.js';
export { fixTypography, typographyIssues, NARROW_NBSP } from './typography.js';
export { voiceIssues } from './voice.js';
export { protectedRanges } from './protect.js';
export { FEW_EMOJI } from './voice/emoji.js';

/** Everything the composer underlines in a French variant: typography, then the account's voice. */
export function lintText(text: string, style: StyleSheet): LintIssue[] {
  const guarded = protectedRanges(text);
  return [...typographyIssues(text, guarded), ...voiceIssues(text, style, guarded)].sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end,
  );
}
