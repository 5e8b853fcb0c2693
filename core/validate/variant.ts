import type { Account, Post, Variant } from '../model/index.js';
import { analyseText, countFirstComment, countText, rulesFor } from '../networks/index.js';
import { checkMedia, type MediaLookup } from './media.js';
import { problem, type Problem } from './problem.js';
import { publishedParts } from './signature.js';
import { countProblems, entityProblems, invisibleProblems, TEXT_CODES } from './text.js';

/** The Mastodon instance's own limit, where the account sets one. */
function accountLimit(account: Account): number | undefined {
  return account.network === 'mastodon' ? account.instanceLimit : undefined;
}

function threadProblems(account: Account, parts: readonly string[]): Problem[] {
  const rules = rulesFor(account.network);
  const written = parts.filter((p) => p.trim() !== '');
  if (written.length === 0) return [];
  if (!rules.thread.supported) {
    return [problem('thread_not_supported', 'error', 'threadPart', { parts: written.length })];
  }
  const limit = accountLimit(account) ?? rules.thread.partLimit ?? undefined;
  return parts.flatMap((text, i) => {
    if (text.trim() === '') return [];
    // Part 1 is the post itself: thread parts are numbered from 2, as the reader sees them.
    const extra = { part: i + 2 };
    const count = countText(account.network, analyseText(text), limit === undefined ? {} : { limit });
    return [
      ...countProblems(
        account.network,
        text,
        count,
        'threadPart',
        { tooLong: 'thread_part_too_long', tooManyBytes: 'thread_part_too_many_bytes' },
        extra,
      ),
      ...entityProblems(rules, text, 'threadPart', extra),
      ...invisibleProblems(text, 'threadPart', extra),
    ];
  });
}

function firstCommentProblems(account: Account, text: string): Problem[] {
  if (text.trim() === '') return [];
  const rules = rulesFor(account.network);
  if (!rules.firstComment.supported) return [problem('first_comment_not_supported', 'error', 'firstComment')];
  const limit = accountLimit(account);
  const count = countFirstComment(account.network, analyseText(text), limit === undefined ? {} : { limit });
  const counted =
    count === null
      ? []
      : countProblems(account.network, text, count, 'firstComment', {
          tooLong: 'first_comment_too_long',
          tooManyBytes: 'first_comment_too_many_bytes',
        });
  return [...counted, ...invisibleProblems(text, 'firstComment')];
}

/**
 * Everything that would stop this variant going out as written on its account's network, or that
 * the community manager should see before it does (warnings). Pure and deterministic.
 */
export function validateVariant(
  post: Pick<Post, 'masterText'>,
  variant: Variant,
  account: Account,
  media: MediaLookup,
): Problem[] {
  const rules = rulesFor(account.network);
  // What goes out, signature included: the signature counts toward the limit like any other text.
  const [text = '', ...threadParts] = publishedParts(post, variant, account);
  const limit = accountLimit(account);
  const count = countText(account.network, analyseText(text), {
    ...(limit === undefined ? {} : { limit }),
    hasMedia: variant.media.length > 0,
  });
  return [
    ...countProblems(account.network, text, count, 'text', TEXT_CODES),
    ...entityProblems(rules, text, 'text'),
    ...invisibleProblems(text, 'text'),
    ...threadProblems(account, threadParts),
    ...firstCommentProblems(account, variant.firstComment),
    ...checkMedia(rules, variant.media, media),
  ];
}
