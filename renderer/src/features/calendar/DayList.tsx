/**
 * The list view: every planned post that passes the filters, day by day on the shown zone's clock.
 * Past a few hundred posts only the days on screen are in the DOM (@tanstack/react-virtual measures
 * each day as drawn), so 5,000 posts scroll as lightly as 50; below that every day is drawn, so the
 * browser's find-in-page and a screen reader's list navigation see the whole plan. It opens on the
 * shown date, or the next day with posts.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { firstUpcomingDay, groupByDay } from '../../state/postQueries.js';
import type { PostSummary } from '../../../../core/model/index.js';
import { DayGroupSection } from './DayGroupSection.js';

const ROW_HEIGHT = 46;
const HEADING_HEIGHT = 38;
/** Up to this many posts, drawing them all costs less than a frame's budget on these machines. */
export const VIRTUALISE_FROM = 400;

interface DayListProps {
  posts: PostSummary[];
  zone: string;
  today: string;
  date: string;
}

export function DayList(props: DayListProps) {
  return props.posts.length >= VIRTUALISE_FROM ? <VirtualDayList {...props} /> : <FullDayList {...props} />;
}

function FullDayList({ posts, zone, today, date }: DayListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => groupByDay(posts, zone), [posts, zone]);
  const hasGroups = groups.length > 0;
  useEffect(() => {
    if (!hasGroups) return;
    const day = firstUpcomingDay(groups, date);
    const list = scrollRef.current;
    const target = day ? list?.querySelector<HTMLElement>(`[data-date="${day}"]`) : null;
    // Scroll the list only (never the window), so the title and the filters stay in view.
    if (list && target) list.scrollTop = target.offsetTop;
    // Only a new date or the first posts move the list, never an edit.
  }, [date, hasGroups]);
  return (
    <div className="list-scroll" ref={scrollRef}>
      <div className="day-list full">
        {groups.map((group) => (
          <DayGroupSection key={group.date} group={group} today={today} zone={zone} />
        ))}
      </div>
    </div>
  );
}

function VirtualDayList({
  posts,
  zone,
  today,
  date,
}: {
  posts: PostSummary[];
  zone: string;
  today: string;
  date: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => groupByDay(posts, zone), [posts, zone]);
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => HEADING_HEIGHT + (groups[index]?.posts.length ?? 0) * ROW_HEIGHT,
    overscan: 3,
    getItemKey: (index) => groups[index]?.date ?? index,
  });
  const hasGroups = groups.length > 0;

  // Opens on the shown date (and goes there again when the toolbar changes it), not on every edit.
  useEffect(() => {
    if (!hasGroups) return;
    const day = firstUpcomingDay(groups, date);
    const index = groups.findIndex((group) => group.date === day);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'start' });
    // Only a new date or the first posts move the list, never an edit.
  }, [date, hasGroups]);

  return (
    <div className="list-scroll" ref={scrollRef}>
      <div className="day-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const group = groups[item.index]!;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="day-list-item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <DayGroupSection group={group} today={today} zone={zone} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
