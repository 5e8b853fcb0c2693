import type { StyleSheet } from '../../model/index.js';
import { extractHashtags } from '../../validate/entities.js';
import { foldTerm } from '../fold.js';
import type { LintIssue } from '../issue.js';
import { appendBlock } from './append.js';

const ONLY_HASHTAGS = /(?:^|\n)(?:[ \t]*#[^\s#]+)+[ \t]*$/u;

/**
 * The account's hashtag policy: at most `max` (each one past it flagged) and the required ones
 * present (compared without case or accents; the fix appends the missing ones, on the line of
 * hashtags that ends the text if there is one).
 */
export function hashtagIssues(text: string, style: StyleSheet): LintIssue[] {
  const { max, required } = style.hashtags;
  const found = extractHashtags(text);
  const out: LintIssue[] = found.slice(max).map((h) => ({
    code: 'voice_too_many_hashtags',
    severity: 'warning',
    params: { count: found.length, max },
    range: { start: h.start, end: h.end },
  }));
  const present = new Set(found.map((h) => foldTerm(h.value)));
  const missing = required
    .map((tag) => tag.trim().replace(/^[#＃]/, ''))
    .filter((tag) => tag !== '' && !present.has(foldTerm(tag)));
  if (missing.length > 0) {
    const tags = missing.map((tag) => `#${tag}`).join(' ');
    const trimmed = text.replace(/\s+$/u, '');
    const fix = ONLY_HASHTAGS.test(trimmed)
      ? { start: trimmed.length, end: text.length, insert: ` ${tags}` }
      : appendBlock(text, tags);
    out.push({
      code: 'voice_required_hashtags_missing',
      severity: 'warning',
      params: { missing: tags, count: missing.length },
      range: { start: text.length, end: text.length },
      fix,
    });
  }
  return out;
}
