/**
 * One post on the grid: its time, its title (or opening words), one mark per target account, its
 * status colour and, as a stripe, its first label's colour; a badge when it sits closer to another
 * post of the same account than that account's minimum gap.
 */
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../../core/model/index.js';
import { useCalepin } from '../../state/useCalepin.js';
import { NetworkMark } from '../../ui/AccountBadge.js';
import { useCalendarContext } from './calendarContext.js';
import { postLabel, postTitle } from './postLabel.js';

export function PostEvent({ post, time }: { post: PostSummary; time: string }) {
  const { t } = useTranslation();
  const { accounts, labels, conflicts } = useCalendarContext();
  const selected = useCalepin((state) => state.selectedPosts.includes(post.id));
  const gaps = conflicts.get(post.id);
  const label = post.labels.map((id) => labels.get(id)).find(Boolean);
  const gapAccount = gaps?.[0] ? accounts.get(gaps[0].accountId) : undefined;
  return (
    <div
      className={`cal-post status-${post.status}${selected ? ' selected' : ''}`}
      style={label ? { borderInlineStartColor: label.colour } : undefined}
      aria-label={postLabel(post, time, accounts, gaps !== undefined, t)}
      data-label={label?.name}
    >
      <span className="cal-post-head" aria-hidden="true">
        <span className="cal-post-time">{time}</span>
        <span className="cal-post-accounts">
          {post.accounts.map((id) => {
            const account = accounts.get(id);
            return account ? <NetworkMark key={id} account={account} /> : null;
          })}
        </span>
        {gaps && gaps[0] ? (
          <span
            className="cal-post-gap"
            title={t('calendar.gapBadge', {
              gap: gaps[0].minGapMinutes,
              minutes: gaps[0].minutes,
              account: gapAccount?.handle ?? '',
            })}
          >
            {t('calendar.gapShort')}
          </span>
        ) : null}
      </span>
      <span className="cal-post-title" aria-hidden="true">
        {postTitle(post, t)}
      </span>
    </div>
  );
}
