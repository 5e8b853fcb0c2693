/** What a screen reader says for a post on the calendar: time, title, status, accounts, gap warning. */
import type { TFunction } from 'i18next';
import type { Account, PostSummary } from '../../../../core/model/index.js';

export function postTitle(post: PostSummary, t: TFunction): string {
  return post.title.trim() || post.excerpt.trim() || t('posts.untitled');
}

export function postLabel(
  post: PostSummary,
  time: string,
  accounts: ReadonlyMap<string, Account>,
  hasGap: boolean,
  t: TFunction,
): string {
  const handles = post.accounts
    .map((id) => {
      const account = accounts.get(id);
      return account
        ? t('accounts.badgeLabel', { network: t(`networks.${account.network}`), handle: account.handle })
        : t('accounts.unknown');
    })
    .join(', ');
  const values = { time, title: postTitle(post, t), status: t(`status.${post.status}`), accounts: handles };
  return hasGap ? t('calendar.postLabelGap', values) : t('calendar.postLabel', values);
}
