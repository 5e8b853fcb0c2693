/** One day of the list: its heading (relative when close), a quick "add on this day", and its posts. */
import { memo } from 'react';
import { formatDayHeading, relativeDay } from '../../i18n/format.js';
import { useSharedTranslation } from '../../i18n/sharedTranslation.js';
import { gridTime } from './calendarFormat.js';
import type { PostSummary } from '../../../../core/model/index.js';
import type { DayGroup } from '../../state/postQueries.js';
import { actions } from '../../state/useCalepin.js';
import { Icon } from '../../ui/Icon.js';
import { PostRow } from '../../ui/PostRow.js';
import { useLanguage } from '../../ui/useLanguage.js';

interface DayGroupSectionProps {
  group: DayGroup;
  today: string;
  zone: string;
}

/** A day's heading: relative name when close, date, count and a quick "add on this day". */
export const DayHeading = memo(function DayHeading({ group, today }: { group: DayGroup; today: string }) {
  const { t, language } = useSharedTranslation();
  const heading = formatDayHeading(group.date, language, Number(today.slice(0, 4)));
  const relative = relativeDay(group.date, today, language);
  return (
    <header className="day-heading">
      <h2 id={`day-${group.date}`}>
        {relative ? <span className="day-relative">{relative}</span> : null}
        <span className="day-date">{heading}</span>
      </h2>
      <span className="day-count">{t('calendar.postCount', { count: group.posts.length })}</span>
      <button
        type="button"
        className="icon-button day-add"
        aria-label={t('calendar.addOnDay', { day: heading })}
        title={t('calendar.addOnDay', { day: heading })}
        onClick={() => void actions().newPost({ date: group.date })}
      >
        <Icon name="plus" size={15} />
      </button>
    </header>
  );
});

/** The class of a day's block: past days are muted, today is marked. */
export function dayClass(date: string, today: string): string {
  return date < today ? 'day-group past' : date === today ? 'day-group today' : 'day-group';
}

const openPost = (post: PostSummary) => void actions().openPost(post.id);

/** One post of the list, with its time on the shown zone's clock. */
export const DayPostRow = memo(function DayPostRow({ post, zone }: { post: PostSummary; zone: string }) {
  const language = useLanguage();
  return (
    <PostRow post={post} time={post.plannedAt ? gridTime(post.plannedAt, zone, language) : null} onOpen={openPost} />
  );
});

/** A whole day: its heading and its posts (the list view below the virtualising threshold). */
export const DayGroupSection = memo(function DayGroupSection({ group, today, zone }: DayGroupSectionProps) {
  return (
    <section className={dayClass(group.date, today)} aria-labelledby={`day-${group.date}`} data-date={group.date}>
      <DayHeading group={group} today={today} />
      <ul className="post-list">
        {group.posts.map(({ post }) => (
          <DayPostRow key={post.id} post={post} zone={zone} />
        ))}
      </ul>
    </section>
  );
});
