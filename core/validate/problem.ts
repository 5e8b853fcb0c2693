/**
 * What the composer and `calepin validate` report about a variant. Codes are stable strings: the UI
 * translates them (`problems.<code>` in the catalogs) with `params`, so never rename one.
 */

/** A UTF-16 range of the field's text, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning';

/** Which part of the variant a problem is about; a range is relative to that field's text. */
export type ProblemField = 'text' | 'threadPart' | 'firstComment' | 'media';

export const PROBLEM_CODES = [
  /** The text is longer than the network (or the Mastodon instance) allows. */
  'text_too_long',
  /** Bluesky: the text is within its graphemes but over its UTF-8 bytes. */
  'text_too_many_bytes',
  /** The network needs text when no media is attached. */
  'text_empty',
  /** A character the network refuses (X: U+FFFE, U+FEFF, U+FFFF). */
  'text_invalid_character',
  'too_many_hashtags',
  'too_many_mentions',
  'too_many_links',
  /** The variant has thread parts but the network has no threads. */
  'thread_not_supported',
  'thread_part_too_long',
  'thread_part_too_many_bytes',
  'first_comment_not_supported',
  'first_comment_too_long',
  'first_comment_too_many_bytes',
  /** Instagram, TikTok, YouTube, Pinterest: a post needs media. */
  'media_required',
  /** An attached media item is no longer in the library. */
  'media_not_found',
  'media_alt_missing',
  'media_alt_too_long',
  'too_many_media',
  /** More items of one kind than the network takes (X: one video). */
  'too_many_media_of_kind',
  /** Two kinds in one post where the network takes one kind at a time. */
  'media_kinds_mixed',
  'media_kind_not_supported',
  /**
   * An item that does not fit the network (core/media/fit.ts), one problem per reason, each with
   * `mediaId`, `index` (from 0), `name` and what was measured against the network's limit.
   * The file format (`mime`) is not among those the network takes (`accepted`, comma-separated).
   */
  'media_format_not_supported',
  /** The file (`bytes`) is over the network's size limit (`maxBytes`). */
  'media_file_too_large',
  /** The picture or video's `width`×`height` (`ratio` = width / height) is outside `minRatio`…`maxRatio`. */
  'media_ratio_not_supported',
  /** The video (`seconds`) is shorter than the network's `minSeconds`. */
  'media_duration_too_short',
  /** The video (`seconds`) is longer than the network's `maxSeconds`. */
  'media_duration_too_long',
  /** Control, bidi or zero-width character, at `range`. */
  'invisible_character',
  /** The variant's account is not in the workspace any more. */
  'account_not_found',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type ProblemParams = Readonly<Record<string, string | number>>;

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly field: ProblemField;
  readonly params: ProblemParams;
  readonly range?: TextRange;
}

export function problem(
  code: ProblemCode,
  severity: Severity,
  field: ProblemField,
  params: ProblemParams = {},
  range?: TextRange,
): Problem {
  return range === undefined ? { code, severity, field, params } : { code, severity, field, params, range };
}
