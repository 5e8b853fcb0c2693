/**
 * Everything the composer says about one variant, in one list: the validation problems of
 * core/validate (what stops it going out) and the typography and voice lint of core/lint (the
 * writer's help), each tied to the field and thread part it concerns, with its position in that
 * field's text and, for lint, its one-click fix.
 */
import type { Account, StyleSheet, Variant } from '../../../../core/model/index.js';
import { foldTerm } from '../../../../core/lint/fold.js';
import { lintText, voiceIssues, type LintIssue, type TextEdit } from '../../../../core/lint/index.js';
import { rulesFor, type NetworkRules, type Sourced } from '../../../../core/networks/index.js';
import {
  extractHashtags,
  validateVariant,
  type MediaLookup,
  type Problem,
  type ProblemCode,
  type Severity,
  type TextRange,
} from '../../../../core/validate/index.js';
import { partsOf } from '../../state/editorDraft.js';

/** Where a finding sits: a thread part (0 is the post itself), the first comment, or the media. */
export type FindingPlace = { field: 'part'; part: number } | { field: 'firstComment' } | { field: 'media' };

export interface Finding {
  readonly source: 'problem' | 'lint';
  readonly code: string;
  readonly severity: Severity;
  readonly place: FindingPlace;
  readonly params: Readonly<Record<string, string | number>>;
  /** In the field's text as the writer sees it; absent when the finding has no position (or sits in the signature). */
  readonly range?: TextRange;
  /** True when the range falls in the signature added after the text. */
  readonly inSignature?: boolean;
  readonly fix?: TextEdit;
  /** The field's text the finding was made on: a fix applies only while the text is still this. */
  readonly basis: string;
  /** The network rule a limit-related problem comes from, for its source on hover. */
  readonly rule?: Sourced;
}

function ruleOf(rules: NetworkRules, code: ProblemCode): Sourced | undefined {
  if (code.startsWith('text_')) return code === 'text_invalid_character' ? undefined : rules.text;
  if (code.startsWith('thread_')) return rules.thread;
  if (code.startsWith('first_comment_')) return rules.firstComment;
  if (code === 'too_many_hashtags') return rules.hashtags;
  if (code === 'too_many_mentions') return rules.mentions;
  if (code === 'too_many_links') return rules.links;
  if (code.startsWith('media_alt_')) return rules.altText;
  if (code.includes('media')) return code === 'media_not_found' ? undefined : rules.media;
  return undefined;
}

function placeOf(problem: Problem): FindingPlace {
  switch (problem.field) {
    case 'text':
      return { field: 'part', part: 0 };
    case 'threadPart':
      // Validation numbers thread parts as the reader does: the post is 1, the first reply 2.
      return { field: 'part', part: Number(problem.params.part ?? 2) - 1 };
    case 'firstComment':
      return { field: 'firstComment' };
    case 'media':
      return { field: 'media' };
  }
}

/** The text of the field a finding points into, as it is edited (without the signature). */
export function fieldText(variant: Variant, place: FindingPlace): string {
  if (place.field === 'firstComment') return variant.firstComment;
  if (place.field === 'media') return '';
  return partsOf(variant)[place.part] ?? '';
}

function fromProblem(problem: Problem, variant: Variant, rules: NetworkRules): Finding {
  const place = placeOf(problem);
  const basis = fieldText(variant, place);
  const length = basis.length;
  const rule = ruleOf(rules, problem.code);
  const base = {
    source: 'problem' as const,
    code: problem.code,
    severity: problem.severity,
    place,
    params: problem.params,
    basis,
    ...(rule ? { rule } : {}),
  };
  if (!problem.range) return base;
  // Validation sees the signed text: a range past the writer's text is in the signature.
  if (problem.range.start >= length && problem.range.end > length) return { ...base, inSignature: true };
  return { ...base, range: { start: problem.range.start, end: Math.min(problem.range.end, length) } };
}

function fromLint(issue: LintIssue, place: FindingPlace, basis: string): Finding {
  return {
    basis,
    source: 'lint',
    code: issue.code,
    severity: issue.severity,
    place,
    params: issue.params,
    range: issue.range,
    ...(issue.fix ? { fix: issue.fix } : {}),
  };
}

export interface CheckInput {
  masterText: string;
  /** The variant as the editor holds it: a variant that follows the master has the master's text. */
  variant: Variant;
  account: Account;
  media: MediaLookup;
  /** French typography applies to French workspaces. */
  french: boolean;
  /** False until the library is loaded: media cannot be checked against it yet. */
  mediaKnown: boolean;
}

function lint(text: string, style: StyleSheet, french: boolean): LintIssue[] {
  return french ? lintText(text, style) : voiceIssues(text, style);
}

/**
 * The account's style for each field: required hashtags are asked once for the whole variant — of
 * its last part (where the fix appends them), and only those no other part nor the first comment
 * carries (on Instagram they often go in the first comment).
 */
function stylesFor(account: Account, parts: readonly string[], firstComment: string) {
  const { style } = account;
  const none: StyleSheet = { ...style, hashtags: { ...style.hashtags, required: [] } };
  if (style.hashtags.required.length === 0) return { part: () => style, comment: none };
  const elsewhere = new Set(
    [...parts.slice(0, -1), firstComment].flatMap((text) => extractHashtags(text).map((h) => foldTerm(h.value))),
  );
  const required = style.hashtags.required.filter((tag) => !elsewhere.has(foldTerm(tag.replace(/^[#＃]/u, ''))));
  const last: StyleSheet = { ...style, hashtags: { ...style.hashtags, required } };
  return { part: (index: number) => (index === parts.length - 1 ? last : none), comment: none };
}

export function checkVariant({ masterText, variant, account, media, french, mediaKnown }: CheckInput): Finding[] {
  const rules = rulesFor(account.network);
  const problems = validateVariant({ masterText }, variant, account, media)
    .filter((problem) => mediaKnown || problem.field !== 'media')
    .map((problem) => fromProblem(problem, variant, rules));
  const parts = partsOf(variant);
  const styles = stylesFor(account, parts, variant.firstComment);
  const lints = parts.flatMap((text, part) =>
    lint(text, styles.part(part), french).map((issue) => fromLint(issue, { field: 'part', part }, text)),
  );
  const comment =
    variant.firstComment.trim() === ''
      ? []
      : lint(variant.firstComment, styles.comment, french).map((issue) =>
          fromLint(issue, { field: 'firstComment' }, variant.firstComment),
        );
  // Errors first, then in the order of the text.
  return [...problems, ...lints, ...comment].sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'),
  );
}
