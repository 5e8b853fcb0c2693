import type { StyleSheet } from '../../model/index.js';
import { analyseText } from '../../networks/index.js';
import type { LintIssue } from '../issue.js';

/** "few" means at most this many emoji in one text. */
export const FEW_EMOJI = 3;

/** Emoji graphemes as UTF-16 ranges (a family or a flag is one). */
export function emojiRanges(text: string): { start: number; end: number }[] {
  const flat = analyseText(text).emoji;
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i]!, end: flat[i + 1]! });
  return out;
}

/** The emoji policy: none (each emoji flagged, fix removes it) or few (each one past the third). */
export function emojiIssues(text: string, style: StyleSheet): LintIssue[] {
  if (style.emoji === 'free') return [];
  const found = emojiRanges(text);
  if (style.emoji === 'none') {
    return found.map((range) => {
      // Take one neighbouring space with it, so "Bon 🎉 appétit" becomes "Bon appétit".
      const spaceAfter = text[range.end] === ' ' && (range.start === 0 || text[range.start - 1] === ' ');
      return {
        code: 'voice_emoji_not_allowed',
        severity: 'warning',
        params: { emoji: text.slice(range.start, range.end) },
        range,
        fix: { start: range.start, end: spaceAfter ? range.end + 1 : range.end, insert: '' },
      };
    });
  }
  return found.slice(FEW_EMOJI).map((range) => ({
    code: 'voice_too_many_emoji',
    severity: 'warning',
    params: { count: found.length, max: FEW_EMOJI },
    range,
  }));
}
