/**
 * The mini-month beside the calendar: one month in the calendar's zone, today marked, the days the
 * big calendar shows highlighted, a dot per post (up to three) from the same filtered set. A click or
 * Enter on a day takes the big calendar there in its current view. While a post is dragged, its days
 * take the drop (the screen asks `dayAt` where the pointer was let go) and resting on ‹ or › turns
 * the month, so a post reaches any month without leaving the drag.
 */
import {
  memo,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarPreference } from '../../../../core/api.js';
import {
  addDays,
  addMonths,
  countByDay,
  gridSpan,
  monthOf,
  monthWeeks,
  shiftMonth,
  shownDays,
  type FirstDay,
} from '../../../../core/calendar/monthGrid.js';
import { postsBetween } from '../../../../core/calendar/visibleRange.js';
import { selectFilteredPosts } from '../../state/postQueries.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { Icon } from '../../ui/Icon.js';
import { useLanguage } from '../../ui/useLanguage.js';
import { dayName, monthCaption, weekdayNames } from './calendarFormat.js';
import { timeIndexOf } from './timeIndex.js';
import './miniMonth.css';
import { closestUnderPoint, coversPoint, rectHolds } from '../../ui/pointHits.js';

/** Weeks start on Monday, as in the big calendar. */
const FIRST_DAY: FirstDay = 1;
/** How long the pointer rests on ‹ or › during a drag before the month turns (and turns again). */
const FLIP_DELAY_MS = 600; // also the fill animation of .mini-month-flip.resting in miniMonth.css
const MAX_DOTS = 3;

export interface MiniMonthHandle {
  /** The day under a point of the window, or null (folded, or not over a day). */
  dayAt(x: number, y: number): string | null;
}

interface MiniMonthProps {
  ref?: Ref<MiniMonthHandle>;
  /** The zone the calendar shows (the workspace's, or an account's). */
  zone: string;
  today: string;
  shown: CalendarPreference;
  /** Takes the big calendar to a date. */
  onPick: (date: string) => void;
  /** A post or a backlog item is being dragged and may be let go here. */
  dragging: boolean;
}

type Hit = { date: string } | { flip: -1 | 1 } | null;

function sameHit(a: Hit, b: Hit): boolean {
  if (a === null || b === null) return a === b;
  return 'date' in a ? 'date' in b && a.date === b.date : 'flip' in b && a.flip === b.flip;
}

/** Memoised: the screen re-renders as a save starts and ends, which changes nothing here. */
export const MiniMonth = memo(function MiniMonth({ ref, zone, today, shown, onPick, dragging }: MiniMonthProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const captionId = useId();
  const gridId = useId();
  const collapsed = useCalepin((state) => state.status?.preferences.miniMonth?.collapsed ?? false);
  const filtered = useCalepin(selectFilteredPosts);
  const rootRef = useRef<HTMLElement>(null);
  const focusCursor = useRef(false);
  const [month, setMonth] = useState(() => monthOf(shown.date));
  const [cursor, setCursor] = useState(shown.date);
  const [hovered, setHovered] = useState<Hit>(null);

  // The big calendar went to dates this month does not show: follow it (adjusted while rendering, as
  // React advises, rather than in an effect that would draw the old month once).
  const range = shownDays(shown.view, shown.date);
  const [followed, setFollowed] = useState(shown.date);
  if (followed !== shown.date) {
    setFollowed(shown.date);
    if (monthOf(range.first) !== month && monthOf(range.last) !== month) setMonth(monthOf(shown.date));
  }

  const weeks = useMemo(() => monthWeeks(month, FIRST_DAY), [month]);
  const weekdays = useMemo(() => weekdayNames(FIRST_DAY, language), [language]);
  const counts = useMemo(() => {
    const span = gridSpan(month, zone, FIRST_DAY);
    const posts = postsBetween(timeIndexOf(filtered), span.start, span.end);
    return countByDay(
      posts.map((post) => post.plannedAt),
      zone,
    );
  }, [filtered, month, zone]);
  // The one day of the grid reached by Tab; the arrows move it.
  const tabStop = monthOf(cursor) === month ? cursor : monthOf(today) === month ? today : `${month}-01`;

  const hitAt = (x: number, y: number): Hit => {
    const target = closestUnderPoint(rootRef.current, x, y, '[data-mini-date], [data-mini-flip]');
    if (target?.dataset.miniDate) return { date: target.dataset.miniDate };
    if (target?.dataset.miniFlip) return { flip: target.dataset.miniFlip === '1' ? 1 : -1 };
    return null;
  };

  useImperativeHandle(ref, () => ({
    dayAt: (x, y) => {
      // Asked at every drop: the page is hit-tested only when the pointer is over the mini-month.
      const hit = collapsed || !coversPoint(rootRef.current, x, y) ? null : hitAt(x, y);
      return hit && 'date' in hit ? hit.date : null;
    },
  }));

  // During a drag: which day or arrow is under the pointer; resting on an arrow turns the month.
  useEffect(() => {
    if (!dragging || collapsed) return;
    let flip: -1 | 1 | null = null;
    let timer: number | undefined;
    // Measured once: the side column does not move during a drag, and asking the page what lies
    // under the pointer at every move would lay the page out again while FullCalendar draws the drag.
    const box = rootRef.current?.getBoundingClientRect();
    const onMove = (event: PointerEvent) => {
      const { clientX: x, clientY: y } = event;
      const hit = rectHolds(box, x, y) ? hitAt(x, y) : null;
      // Most moves stay over the same day: keep the same state, so the grid is not drawn again.
      setHovered((before) => (sameHit(before, hit) ? before : hit));
      const over = hit && 'flip' in hit ? hit.flip : null;
      if (over === flip) return;
      window.clearInterval(timer);
      flip = over;
      if (over !== null)
        timer = window.setInterval(() => setMonth((current) => shiftMonth(current, over)), FLIP_DELAY_MS);
    };
    window.addEventListener('pointermove', onMove, true);
    return () => {
      window.removeEventListener('pointermove', onMove, true);
      window.clearInterval(timer);
    };
    // hitAt reads only the DOM, through a ref: a new render needs no new listener.
  }, [dragging, collapsed]);
  const hover = dragging ? hovered : null;

  // A keyboard move drew a new day (maybe in another month): give it the focus.
  useEffect(() => {
    if (!focusCursor.current) return;
    focusCursor.current = false;
    rootRef.current?.querySelector<HTMLElement>(`[data-mini-date="${tabStop}"] button`)?.focus();
  });

  const goTo = (date: string) => {
    setCursor(date);
    setMonth(monthOf(date));
    focusCursor.current = true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const column = (weeks.flat().find((cell) => cell.date === tabStop)!.weekday - FIRST_DAY + 7) % 7;
    const next: Record<string, () => string> = {
      ArrowLeft: () => addDays(tabStop, -1),
      ArrowRight: () => addDays(tabStop, 1),
      ArrowUp: () => addDays(tabStop, -7),
      ArrowDown: () => addDays(tabStop, 7),
      Home: () => addDays(tabStop, -column),
      End: () => addDays(tabStop, 6 - column),
      PageUp: () => addMonths(tabStop, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(tabStop, event.shiftKey ? 12 : 1),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setCursor(tabStop);
      onPick(tabStop);
    } else if (next[event.key]) {
      event.preventDefault();
      goTo(next[event.key]!());
    }
  };

  const toggle = () => void actions().setPreferences({ miniMonth: { collapsed: !collapsed } });
  const className = ['mini-month', collapsed ? 'collapsed' : '', dragging && !collapsed ? 'receiving' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <section ref={rootRef} className={className} aria-label={t('miniMonth.label')}>
      <header className="mini-month-head">
        <button
          type="button"
          className="icon-button mini-month-toggle"
          aria-expanded={!collapsed}
          aria-controls={gridId}
          aria-label={collapsed ? t('miniMonth.expand') : t('miniMonth.collapse')}
          title={collapsed ? t('miniMonth.expand') : t('miniMonth.collapse')}
          onClick={toggle}
        >
          <Icon name="chevronDown" />
        </button>
        <h2 id={captionId} className="mini-month-caption" aria-live="polite">
          {monthCaption(month, language)}
        </h2>
        {collapsed ? null : (
          <>
            {([-1, 1] as const).map((direction) => {
              const name = direction === 1 ? t('miniMonth.next') : t('miniMonth.previous');
              const resting = hover !== null && 'flip' in hover && hover.flip === direction;
              return (
                <button
                  key={direction}
                  type="button"
                  className={resting ? 'icon-button mini-month-flip resting' : 'icon-button mini-month-flip'}
                  data-mini-flip={direction}
                  aria-label={name}
                  title={`${name}. ${t('miniMonth.flipHint')}`}
                  onClick={() => setMonth((current) => shiftMonth(current, direction))}
                >
                  <Icon name={direction === 1 ? 'chevron-right' : 'chevron-left'} />
                </button>
              );
            })}
          </>
        )}
      </header>
      {collapsed ? null : (
        <table
          id={gridId}
          role="grid"
          className="mini-month-grid"
          aria-labelledby={captionId}
          aria-describedby={`${gridId}-keys`}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              {weekdays.map((weekday) => (
                <th key={weekday.long} scope="col" abbr={weekday.long}>
                  <span aria-hidden="true">{weekday.narrow}</span>
                  <span className="visually-hidden">{weekday.long}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]!.date}>
                {week.map((cell) => {
                  const count = counts.get(cell.date) ?? 0;
                  const isToday = cell.date === today;
                  const inRange = cell.date >= range.first && cell.date <= range.last;
                  const name = dayName(cell.date, language);
                  const classes = [
                    cell.inMonth ? '' : 'outside',
                    inRange ? 'in-range' : '',
                    hover !== null && 'date' in hover && hover.date === cell.date ? 'drop-target' : '',
                  ];
                  return (
                    <td
                      key={cell.date}
                      role="gridcell"
                      data-mini-date={cell.date}
                      aria-selected={inRange}
                      className={classes.filter(Boolean).join(' ') || undefined}
                    >
                      <button
                        type="button"
                        tabIndex={cell.date === tabStop ? 0 : -1}
                        aria-label={t('miniMonth.dayLabel', {
                          day: isToday ? t('miniMonth.today', { day: name }) : name,
                          count,
                        })}
                        aria-current={isToday ? 'date' : undefined}
                        onClick={() => {
                          setCursor(cell.date);
                          onPick(cell.date);
                        }}
                      >
                        {Number(cell.date.slice(8))}
                        {count > 0 ? (
                          <span className="mini-month-dots" aria-hidden="true">
                            {Array.from({ length: Math.min(count, MAX_DOTS) }, (_, index) => (
                              <span key={index} />
                            ))}
                          </span>
                        ) : null}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {collapsed ? null : (
        <p id={`${gridId}-keys`} className="visually-hidden">
          {t('miniMonth.keys')}
        </p>
      )}
    </section>
  );
});
