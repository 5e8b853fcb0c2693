/**
 * The list view: every planned post that passes the filters, day by day on the shown zone's clock.
 * Past a few hundred posts only the lines on screen are in the DOM (@tanstack/react-virtual, one
 * line per day heading and per post, so a busy day comes in row by row and 5,000 posts scroll as
 * lightly as 50); below that every day is drawn, so the browser's find-in-page and a screen reader's
 * list navigation see the whole plan. It opens on the shown date, or the next day with posts.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { firstUpcomingDay, groupByDay, type DayGroup } from '../../state/postQueries.js';
import type { PostSummary } from '../../../../core/model/index.js';
import { DayGroupSection, DayHeading, DayPostRow, dayClass } from './DayGroupSection.js';

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

/** One line of the virtual list: a day's heading or one of its posts, so a day full of posts comes in row by row. */
type ListLine = { kind: 'day'; group: DayGroup } | { kind: 'post'; post: PostSummary; date: string };

function linesOf(groups: readonly DayGroup[]): ListLine[] {
  const lines: ListLine[] = [];
  for (const group of groups) {
    lines.push({ kind: 'day', group });
    for (const { post } of group.posts) lines.push({ kind: 'post', post, date: group.date });
  }
  return lines;
}

function VirtualDayList({ posts, zone, today, date }: DayListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => groupByDay(posts, zone), [posts, zone]);
  const lines = useMemo(() => linesOf(groups), [groups]);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (lines[index]?.kind === 'day' ? HEADING_HEIGHT : ROW_HEIGHT),
    overscan: 8,
    getItemKey: (index) => {
      const line = lines[index];
      return line === undefined ? index : line.kind === 'day' ? line.group.date : line.post.id;
    },
  });
  const hasGroups = groups.length > 0;

  // Opens on the shown date (and goes there again when the toolbar changes it), not on every edit.
  useEffect(() => {
    if (!hasGroups) return;
    const day = firstUpcomingDay(groups, date);
    const index = lines.findIndex((line) => line.kind === 'day' && line.group.date === day);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'start' });
    // Only a new date or the first posts move the list, never an edit.
  }, [date, hasGroups]);

  return (
    <div className="list-scroll" ref={scrollRef}>
      <div className="day-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const line = lines[item.index]!;
          const day = line.kind === 'day' ? line.group.date : line.date;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-date={line.kind === 'day' ? day : undefined}
              className={`day-list-item ${dayClass(day, today)}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {line.kind === 'day' ? (
                <DayHeading group={line.group} today={today} />
              ) : (
                <ul className="post-list">
                  <DayPostRow post={line.post} zone={zone} />
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
