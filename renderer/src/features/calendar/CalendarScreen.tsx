/**
 * Calendrier: month, week and day grids (FullCalendar 7) and a list of days, in the workspace's
 * zone whatever the computer's (or in an account's zone), with the backlog beside it to plan by
 * dragging and a mini-month to reach any date (and to drop posts on it). The view and the shown
 * date are remembered in the user's preferences.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { todayIn } from '../../../../core/calendar/zonedTime.js';
import type { PostId } from '../../../../core/model/index.js';
import { hasActiveFilters, selectFilteredPosts } from '../../state/postQueries.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { FilterBar } from '../../ui/FilterBar.js';
import { Icon } from '../../ui/Icon.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { useIsReadOnly, useWorkspace } from '../../ui/useWorkspace.js';
import { BacklogDrawer } from '../backlog/BacklogDrawer.js';
import { CalendarGrid } from './CalendarGrid.js';
import { CalendarToolbar } from './CalendarToolbar.js';
import { isGridView } from './calendarViews.js';
import { DayList } from './DayList.js';
import { MiniMonth, type MiniMonthHandle } from './MiniMonth.js';
import { useCalendarView } from './useCalendarView.js';
import './calendar.css';

export function CalendarScreen() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const readOnly = useIsReadOnly();
  const { posts, filtered, filters, postsState } = useCalepin(
    useShallow((state) => ({
      posts: state.posts,
      filtered: selectFilteredPosts(state),
      filters: state.filters,
      postsState: state.postsState,
    })),
  );
  const workspaceZone = workspace?.settings.zone ?? 'UTC';
  const accounts = useMemo(() => workspace?.accounts ?? [], [workspace]);
  const [zoneAccount, setZoneAccount] = useState('');
  const zone = accounts.find((account) => account.id === zoneAccount)?.zone ?? workspaceZone;
  const today = todayIn(zone, new Date());
  const [shown, setShown] = useCalendarView(today);
  const [receiving, setReceiving] = useState(false);
  const [backlogDragging, setBacklogDragging] = useState(false);
  const drawerRef = useRef<HTMLElement>(null);
  const backlogElement = useCallback(() => drawerRef.current, []);
  const miniMonthRef = useRef<MiniMonthHandle>(null);
  const miniMonthDayAt = useCallback((x: number, y: number) => miniMonthRef.current?.dayAt(x, y) ?? null, []);
  // A backlog item let go over a day of the mini-month is planned there, as on a day of the grid.
  const planOnMiniMonthDay = useCallback(
    (id: PostId, x: number, y: number) => {
      const day = miniMonthDayAt(x, y);
      if (day) void actions().planOnDay(id, day);
    },
    [miniMonthDayAt],
  );
  const showDate = useCallback((date: string) => setShown({ ...shown, date }), [shown, setShown]);
  const onShownDate = useCallback(
    (date: string) => {
      if (date !== shown.date) setShown({ ...shown, date });
    },
    // The date FullCalendar reports only matters against the current view.
    [shown, setShown],
  );

  // The hover card checks media and names the request a post came from.
  useEffect(() => {
    const state = actions();
    if (state.mediaState === 'idle') void state.loadMedia();
    if (state.requestsState === 'idle') void state.loadRequests();
  }, []);

  const planned = useMemo(() => filtered.filter((post) => post.plannedAt !== null), [filtered]);
  const totalPlanned = useMemo(() => posts.filter((post) => post.plannedAt !== null).length, [posts]);
  const empty = postsState !== 'loading' && planned.length === 0;

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
      <CalendarToolbar
        shown={shown}
        today={today}
        onChange={setShown}
        workspaceZone={workspaceZone}
        accounts={accounts}
        zoneAccount={zoneAccount}
        onZoneAccount={setZoneAccount}
      />
      <FilterBar resultLabel={t('calendar.shownCount', { count: planned.length, total: totalPlanned })} />
      <div className="calendar-layout">
        <div className="calendar-main">
          {isGridView(shown.view) ? (
            <>
              <CalendarGrid
                key={zone}
                view={shown.view}
                date={shown.date}
                zone={zone}
                accounts={accounts}
                labels={workspace?.labels ?? []}
                readOnly={readOnly}
                backlogElement={backlogElement}
                onDragOverBacklog={setReceiving}
                onShownDate={onShownDate}
                miniMonthDayAt={miniMonthDayAt}
              />
              <p className="calendar-keys">{t('calendar.keyboardHint')}</p>
            </>
          ) : postsState === 'loading' && posts.length === 0 ? (
            <p className="loading-line" role="status">
              {t('common.loading')}
            </p>
          ) : empty && hasActiveFilters(filters) ? (
            <EmptyState icon="filter" title={t('calendar.noMatch')}>
              <button type="button" className="button" onClick={() => actions().clearFilters()}>
                {t('filters.clear')}
              </button>
            </EmptyState>
          ) : empty ? (
            <EmptyState icon="calendar" title={t('calendar.empty')}>
              <button type="button" className="button button-primary" onClick={() => void actions().newPost()}>
                {t('posts.new')}
              </button>
            </EmptyState>
          ) : (
            <DayList posts={planned} zone={zone} today={today} date={shown.date} />
          )}
        </div>
        <div className="calendar-side">
          <MiniMonth
            ref={miniMonthRef}
            zone={zone}
            today={today}
            shown={shown}
            onPick={showDate}
            dragging={!readOnly && (receiving || backlogDragging)}
          />
          <BacklogDrawer
            ref={drawerRef}
            receiving={receiving}
            draggable={isGridView(shown.view) && !readOnly}
            onItemDrag={setBacklogDragging}
            onItemDropped={planOnMiniMonthDay}
          />
        </div>
      </div>
    </>
  );
}
