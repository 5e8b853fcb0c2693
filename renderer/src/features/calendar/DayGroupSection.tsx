/** One day of the list: its heading (relative when close), a quick "add on this day", and its posts. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayHeading, relativeDay } from '../../i18n/format.js';
import { gridTime } from './calendarFormat.js';
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

/** Memoised: a scroll of the virtual list redraws only the days that come into view. */
export const DayGroupSection = memo(function DayGroupSection({ group, today, zone }: DayGroupSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = formatDayHeading(group.date, language, Number(today.slice(0, 4)));
  const relative = relativeDay(group.date, today, language);
  const headingId = `day-${group.date}`;
  const past = group.date < today;
  return (
    <section
      className={past ? 'day-group past' : group.date === today ? 'day-group today' : 'day-group'}
      aria-labelledby={headingId}
      data-date={group.date}
    >
      <header className="day-heading">
        <h2 id={headingId}>
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
      <ul className="post-list">
        {group.posts.map(({ post }) => (
          <PostRow
            key={post.id}
            post={post}
            time={post.plannedAt ? gridTime(post.plannedAt, zone, language) : null}
            onOpen={(item) => void actions().openPost(item.id)}
          />
        ))}
      </ul>
    </section>
  );
});
