import { Variant, type Account, type Post } from '../model/index.js';
import { mediaLookup, type MediaFacts, type MediaLookup } from './media.js';
import { problem, type Problem } from './problem.js';
import { validateVariant } from './variant.js';

export interface VariantProblems {
  readonly accountId: string;
  /** Undefined when the post targets an account the workspace no longer has. */
  readonly account?: Account;
  readonly problems: readonly Problem[];
}

/**
 * Validates the variant of every account the post targets, in the order of `post.accounts`. A
 * target without a variant yet publishes the master text with no media.
 */
export function validatePost(
  post: Pick<Post, 'accounts' | 'variants' | 'masterText'>,
  accounts: readonly Account[],
  media: readonly MediaFacts[] | MediaLookup,
): VariantProblems[] {
  const lookup = typeof media === 'function' ? media : mediaLookup(media);
  return post.accounts.map((accountId) => {
    const account = accounts.find((a) => a.id === accountId);
    if (account === undefined) {
      return { accountId, problems: [problem('account_not_found', 'error', 'text', { accountId })] };
    }
    const variant = post.variants.find((v) => v.accountId === accountId) ?? Variant.parse({ accountId });
    return { accountId, account, problems: validateVariant(post, variant, account, lookup) };
  });
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
