import { useTranslation } from 'react-i18next';
import type { Post } from '../../../../core/model/index.js';
import { formatDateTime } from '../../i18n/format.js';
import { actions } from '../../state/useCalepin.js';
import { AccountBadge } from '../../ui/AccountBadge.js';
import { StatusChip } from '../../ui/StatusChip.js';
import { useLanguage } from '../../ui/useLanguage.js';
import { useAccountsById, useWorkspace } from '../../ui/useWorkspace.js';

export function ReviewCard({ post }: { post: Post }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const accounts = useAccountsById();
  const zone = useWorkspace()?.settings.zone ?? post.zone;
  const title = post.title.trim() || post.masterText.trim().slice(0, 80) || t('posts.untitled');
  return (
    <li className="review-card">
      <div className="review-head">
        <button type="button" className="review-title link-button" onClick={() => void actions().openPost(post.id)}>
          {title}
        </button>
        <StatusChip status={post.status} />
      </div>
      <p className="review-meta">
        {post.plannedAt ? formatDateTime(post.plannedAt, zone, language) : t('posts.noDate')}
        <span className="review-accounts">
          {post.accounts.map((id) => {
            const account = accounts.get(id);
            return account ? <AccountBadge key={id} account={account} compact /> : null;
          })}
        </span>
      </p>
      {post.masterText.trim() ? <p className="review-text">{post.masterText}</p> : null}
      {post.approvals.length === 0 ? (
        <p className="approvals-none">{t('review.noApprovals')}</p>
      ) : (
        <div className="approvals">
          <h3 className="approvals-title">{t('review.approvals')}</h3>
          <ul>
            {post.approvals.map((approval) => (
              <li key={`${approval.by}-${approval.at}`} className={`approval approval-${approval.decision}`}>
                <span className="approval-decision">{t(`review.decisions.${approval.decision}`)}</span>
                <span className="approval-by">
                  {t('review.by', { name: approval.by, when: formatDateTime(approval.at, zone, language) })}
                </span>
                {approval.note ? <q className="approval-note">{approval.note}</q> : null}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
