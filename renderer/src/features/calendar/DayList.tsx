/**
 * The list view: every planned post that passes the filters, day by day on the shown zone's clock.
 * Past a few hundred posts only the lines on screen are in the DOM (@tanstack/react-virtual, one
 * line per day heading and per post, so a busy day comes in row by row and 5,000 posts scroll as
 * lightly as 50); below that every day is drawn, so the browser's find-in-page and a screen reader's
 * list navigation see the whole plan. It opens on the shown date, or the next day with posts.
 *
 * Every line of the virtual list has a fixed height (the CSS clamps a post to one line, with an
 * ellipsis), so nothing is measured while scrolling: a measured line costs a layout, a re-render and
 * a new offset for every line after it, which is what dropped frames at 5,000 posts.
 *
 * The heading of the day being read stays pinned at the top of the list, as in FullCalendar's own
 * list or a phone's agenda, and the next day's heading pushes it up as it arrives. There is no
 * copy of it: that day's own heading line is drawn as tall as the whole day, transparent to the
 * pointer, with the heading inside it `position: sticky` — so the browser pins it and pushes it out
 * at the day's end on the compositor, with no script per frame, and a screen reader meets it once,
 * in its place. Which day that is comes from the virtualiser's visible range (the first line on
 * screen), which already re-renders the list when it changes; nothing is measured.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { firstUpcomingDay, groupByDay, type DayGroup } from '../../state/postQueries.js';
import type { PostSummary } from '../../../../core/model/index.js';
import { DayGroupSection, DayHeading, DayPostRow, dayClass } from './DayGroupSection.js';

/** A post's line and a day heading's line, each with the 2 px gap below it (calendar.css draws them to fit). */
const ROW_HEIGHT = 42;
const HEADING_HEIGHT = 42;
/** Lines drawn beyond each edge of the screen: about six frames of a fast wheel scroll ahead. */
const OVERSCAN = 12;
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

interface ListLines {
  lines: ListLine[];
  /** For each line, the index of its day's heading line: the day a line on top of the screen belongs to. */
  headingOf: Int32Array;
}

function linesOf(groups: readonly DayGroup[]): ListLines {
  const lines: ListLine[] = [];
  const headingOf: number[] = [];
  for (const group of groups) {
    const heading = lines.length;
    lines.push({ kind: 'day', group });
    headingOf.push(heading);
    for (const { post } of group.posts) {
      lines.push({ kind: 'post', post, date: group.date });
      headingOf.push(heading);
    }
  }
  return { lines, headingOf: Int32Array.from(headingOf) };
}

/** A day's lines, heading included: how far its pinned heading can travel before the next day's pushes it out. */
function dayHeight(group: DayGroup): number {
  return HEADING_HEIGHT + group.posts.length * ROW_HEIGHT;
}

function VirtualDayList({ posts, zone, today, date }: DayListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => groupByDay(posts, zone), [posts, zone]);
  const { lines, headingOf } = useMemo(() => linesOf(groups), [groups]);
  // Stable for as long as the lines are: a new getItemKey makes the virtualiser recompute the
  // offsets of every line, which on each scroll frame cost more than drawing the rows.
  const estimateSize = useCallback(
    (index: number) => (lines[index]?.kind === 'day' ? HEADING_HEIGHT : ROW_HEIGHT),
    [lines],
  );
  const getItemKey = useCallback(
    (index: number) => {
      const line = lines[index];
      return line === undefined ? index : line.kind === 'day' ? line.group.date : line.post.id;
    },
    [lines],
  );
  // The pinned heading is drawn even when its line is far above the overscan (deep in a busy day).
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const pinned = headingOf[range.startIndex];
      return pinned === undefined || pinned >= indexes[0]! ? indexes : [pinned, ...indexes];
    },
    [headingOf],
  );
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    rangeExtractor,
    // Rows coming in are drawn in a task of their own rather than inside the scroll event, so a
    // frame never holds both React's work and the browser's; with fixed heights and the overscan
    // nothing shows blank meanwhile.
    useFlushSync: false,
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

  const items = virtualizer.getVirtualItems();
  // Read after getVirtualItems(), which brings the range up to date with the scroll position.
  const pinnedIndex = headingOf[virtualizer.range?.startIndex ?? 0] ?? -1;

  return (
    <div className="list-scroll" ref={scrollRef}>
      <div className="day-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const line = lines[item.index]!;
          const day = line.kind === 'day' ? line.group.date : line.date;
          const pinned = item.index === pinnedIndex && line.kind === 'day';
          return (
            <div
              key={item.key}
              data-date={line.kind === 'day' ? day : undefined}
              className={`day-list-item ${dayClass(day, today)}${pinned ? ' pinned-day' : ''}`}
              // Placed by `top`: each line is a layer of its own already (calendar.css), and a line
              // placed by a transform style cost a third more main-thread time per scrolled frame.
              style={{ height: pinned ? dayHeight(line.group) : item.size, top: item.start }}
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
