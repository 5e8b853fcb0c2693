import type { Network } from '../model/index.js';
import { findInvisibles, rulesFor, type CountResult, type NetworkRules } from '../networks/index.js';
import { extractEntities, uniqueLinks, type Entity } from './entities.js';
import { problem, type Problem, type ProblemCode, type ProblemField } from './problem.js';

/** The three codes a counted field reports, per field. */
export interface CountCodes {
  readonly tooLong: ProblemCode;
  readonly tooManyBytes: ProblemCode;
  readonly empty?: ProblemCode;
  readonly invalid?: ProblemCode;
}

export const TEXT_CODES: CountCodes = {
  tooLong: 'text_too_long',
  tooManyBytes: 'text_too_many_bytes',
  empty: 'text_empty',
  invalid: 'text_invalid_character',
};

const REFUSED_BY_X = /[\uFFFE\uFEFF\uFFFF]/;

/** Turns a count into at most one problem, with the overflowing part as its range. */
export function countProblems(
  network: Network,
  text: string,
  count: CountResult,
  field: ProblemField,
  codes: CountCodes,
  extra: Readonly<Record<string, number>> = {},
): Problem[] {
  switch (count.problem) {
    case null:
      return [];
    case 'too_long':
      return [
        problem(
          codes.tooLong,
          'error',
          field,
          { ...extra, length: count.length, limit: count.limit, over: count.length - count.limit },
          { start: count.overflowFrom ?? text.length, end: text.length },
        ),
      ];
    case 'too_many_bytes':
      return [
        problem(codes.tooManyBytes, 'error', field, { ...extra, maxBytes: rulesFor(network).text.maxBytes ?? 0 }),
      ];
    case 'empty':
      return codes.empty === undefined ? [] : [problem(codes.empty, 'error', field, extra)];
    case 'invalid_character': {
      if (codes.invalid === undefined) return [];
      const at = REFUSED_BY_X.exec(text)?.index ?? 0;
      return [problem(codes.invalid, 'error', field, extra, { start: at, end: at + 1 })];
    }
  }
}

function capProblem(
  code: ProblemCode,
  found: readonly Entity[],
  max: number | null,
  field: ProblemField,
  extra: Readonly<Record<string, number>>,
): Problem[] {
  if (max === null || found.length <= max) return [];
  const first = found[max];
  const last = found[found.length - 1];
  const range = first && last ? { start: first.start, end: last.end } : undefined;
  return [problem(code, 'error', field, { ...extra, count: found.length, max }, range)];
}

/** Hashtag, mention and link caps of the network; the range runs from the first entity over the cap. */
export function entityProblems(
  rules: NetworkRules,
  text: string,
  field: ProblemField,
  extra: Readonly<Record<string, number>> = {},
): Problem[] {
  if (rules.hashtags.max === null && rules.mentions.max === null && rules.links.max === null) return [];
  const { hashtags, mentions, links } = extractEntities(text);
  return [
    ...capProblem('too_many_hashtags', hashtags, rules.hashtags.max, field, extra),
    ...capProblem('too_many_mentions', mentions, rules.mentions.max, field, extra),
    ...capProblem('too_many_links', uniqueLinks(links), rules.links.max, field, extra),
  ];
}

/** Control, bidi and zero-width characters, each at its position. Broken surrogates are errors. */
export function invisibleProblems(
  text: string,
  field: ProblemField,
  extra: Readonly<Record<string, number>> = {},
): Problem[] {
  return findInvisibles(text).map((c) =>
    problem(
      'invisible_character',
      c.kind === 'invalid' ? 'error' : 'warning',
      field,
      { ...extra, hex: c.hex, name: c.name, kind: c.kind, index: c.index },
      { start: c.index, end: c.index + c.length },
    ),
  );
}
