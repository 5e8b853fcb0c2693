/**
 * One post on the grid: its time, its title (or opening words), one mark per target account, its
 * status colour and, as a stripe, its first label's colour; a badge when it sits closer to another
 * post of the same account than that account's minimum gap.
 */
import { memo } from 'react';
import type { PostSummary } from '../../../../core/model/index.js';
import { useCalepin } from '../../state/useCalepin.js';
import { useCalendarContext } from './calendarContext.js';
import { postLabel, postTitle } from './postLabel.js';

/**
 * FullCalendar calls its event hook for every event on screen whenever its events change (a move
 * hands it one new event among a thousand): memoised, only the post that changed draws again. The
 * words come translated from the calendar's context, so a post makes one translation call, not ten.
 */
export const PostEvent = memo(function PostEvent({ post, time }: { post: PostSummary; time: string }) {
  const { looks, labels, conflicts, words, t } = useCalendarContext();
  const selected = useCalepin((state) => state.selectedPosts.includes(post.id));
  const gaps = conflicts.get(post.id);
  const label = post.labels.map((id) => labels.get(id)).find(Boolean);
  const gapAccount = gaps?.[0] ? looks.get(gaps[0].accountId)?.account : undefined;
  return (
    <div
      className={`cal-post status-${post.status}${selected ? ' selected' : ''}`}
      style={label ? { borderInlineStartColor: label.colour } : undefined}
      aria-label={postLabel(post, time, looks, gaps !== undefined, words, t)}
      data-label={label?.name}
    >
      <span className="cal-post-head" aria-hidden="true">
        <span className="cal-post-time">{time}</span>
        <span className="cal-post-accounts">
          {post.accounts.map((id) => {
            const look = looks.get(id);
            // The same mark as the app's NetworkMark, from strings translated once per calendar.
            return look ? (
              <span key={id} className="network-mark" style={{ background: look.background, color: look.colour }}>
                {look.mark}
              </span>
            ) : null;
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
        {postTitle(post, words.untitled)}
      </span>
    </div>
  );
});
