/**
 * Calendrier, for now as the list of planned posts grouped by day on the workspace clock (the month
 * and week grids come with the calendar issue). Opens at today, or the next day with posts.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { todayIn } from '../../../../core/calendar/zonedTime.js';
import { filterPosts, firstUpcomingDay, groupByDay, hasActiveFilters } from '../../state/postQueries.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { FilterBar } from '../../ui/FilterBar.js';
import { Icon } from '../../ui/Icon.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { useWorkspace } from '../../ui/useWorkspace.js';
import { DayGroupSection } from './DayGroupSection.js';
import './calendar.css';

export function CalendarScreen() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { posts, filters, postsState } = useCalepin(
    useShallow((state) => ({ posts: state.posts, filters: state.filters, postsState: state.postsState })),
  );
  const zone = workspace?.settings.zone ?? 'UTC';
  const today = todayIn(zone, new Date());
  const planned = useMemo(() => posts.filter((post) => post.plannedAt !== null), [posts]);
  const groups = useMemo(() => groupByDay(filterPosts(planned, filters), zone), [planned, filters, zone]);
  const shown = groups.reduce((sum, group) => sum + group.posts.length, 0);
  const listRef = useRef<HTMLDivElement>(null);
  const scrolled = useRef(false);

  useEffect(() => {
    if (scrolled.current || groups.length === 0) return;
    scrolled.current = true;
    const day = firstUpcomingDay(groups, today);
    const list = listRef.current;
    const target = day ? list?.querySelector<HTMLElement>(`[data-date="${day}"]`) : null;
    // Scroll the list only (never the window), so the title and the filters stay in view.
    if (list && target) list.scrollTop = target.offsetTop;
  }, [groups, today]);

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.subtitle', { zone })}
        actions={
          <button type="button" className="button button-primary" onClick={() => void actions().newPost()}>
            <Icon name="plus" />
            {t('posts.new')}
          </button>
        }
      />
      <FilterBar resultLabel={t('calendar.shownCount', { count: shown, total: planned.length })} />
      <div className="list-scroll" ref={listRef}>
        <div className="day-list">
          {postsState === 'loading' && posts.length === 0 ? (
            <p className="loading-line" role="status">
              {t('common.loading')}
            </p>
          ) : groups.length > 0 ? (
            groups.map((group) => <DayGroupSection key={group.date} group={group} today={today} zone={zone} />)
          ) : hasActiveFilters(filters) ? (
            <EmptyState icon="filter" title={t('calendar.noMatch')}>
              <button type="button" className="button" onClick={() => actions().clearFilters()}>
                {t('filters.clear')}
              </button>
            </EmptyState>
          ) : (
            <EmptyState icon="calendar" title={t('calendar.empty')}>
              <button type="button" className="button button-primary" onClick={() => void actions().newPost()}>
                {t('posts.new')}
              </button>
            </EmptyState>
          )}
        </div>
      </div>
    </>
  );
}
