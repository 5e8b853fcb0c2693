/** One post in a list: time, title or opening words, one badge per target account, status. */
import type { PostSummary } from '../../../core/model/index.js';
import { AccountBadge } from './AccountBadge.js';
import { StatusChip } from './StatusChip.js';
import { useAccountsById } from './useWorkspace.js';
import { useSharedTranslation } from '../i18n/sharedTranslation.js';
import './PostRow.css';

interface PostRowProps {
  post: PostSummary;
  /** The time on the workspace clock, already formatted; `null` in the backlog, where posts have none. */
  time: string | null;
  onOpen: (post: PostSummary) => void;
}

export function PostRow({ post, time, onOpen }: PostRowProps) {
  const { t } = useSharedTranslation();
  const accounts = useAccountsById();
  const title = post.title.trim();
  const excerpt = post.excerpt.trim();
  return (
    <li className="post-row-item">
      <button
        type="button"
        className={time === null ? 'post-row undated' : 'post-row'}
        onClick={() => onOpen(post)}
        data-post-id={post.id}
      >
        {time === null ? null : <span className="post-time">{time}</span>}
        <span className="post-text">
          <span className={title ? 'post-title' : 'post-title untitled'}>
            {title || excerpt || t('posts.untitled')}
          </span>
          {title && excerpt ? <span className="post-excerpt">{excerpt}</span> : null}
        </span>
        <span className="post-accounts">
          {post.accounts.map((id) => {
            const account = accounts.get(id);
            return account ? (
              <AccountBadge key={id} account={account} compact />
            ) : (
              <span key={id} className="account-badge compact">
                {t('accounts.unknown')}
              </span>
            );
          })}
        </span>
        <span className="post-status">
          <StatusChip status={post.status} />
        </span>
      </button>
    </li>
  );
}
