/**
 * The month, week and day views, drawn by FullCalendar 7 in the shown zone (the workspace's or an
 * account's — FullCalendar converts with Temporal, never with the browser's zone). FullCalendar gets
 * only the posts of the dates it shows; each post's event object is made once per summary, so a move
 * hands it one new object among the same others. The store stays the truth: a drop is undone in
 * FullCalendar at once and shown again through the saved (or optimistically moved) summaries.
 */
import FullCalendar, {
  type CalendarOptions,
  type CalendarRef,
  type DateClickInfo,
  type DatesSetInfo,
  type DayCellInfo,
  type DropInfo,
  type EventClickInfo,
  type EventDisplayInfo,
  type EventDragStopInfo,
  type EventDropInfo,
  type EventHoveringInfo,
  type EventInput,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import frLocale from '@fullcalendar/react/locales/fr';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gapConflicts, type GapConflict } from '../../../../core/calendar/gaps.js';
import { dropOnDate, moveManyByDays } from '../../../../core/calendar/moves.js';
import { stepBySlot } from '../../../../core/calendar/slots.js';
import { postsBetween } from '../../../../core/calendar/visibleRange.js';
import { dayOfInstant, instantToWallClock, wallClockOf } from '../../../../core/calendar/zonedTime.js';
import type { Account, Label, PostId, PostSummary } from '../../../../core/model/index.js';
import { dayName, gridTime } from './calendarFormat.js';
import { rememberedBy } from './rememberedBy.js';
import { selectFilteredPosts } from '../../state/postQueries.js';
import type { MoveOptions } from '../../state/calendarSlice.js';
import { actions, calepinStore, useCalepin } from '../../state/useCalepin.js';
import { boxUnderPoint, coversPoint } from '../../ui/pointHits.js';
import { useDelayedAction } from '../../ui/useDelayedAction.js';
import { useLanguage } from '../../ui/useLanguage.js';
import { accountLooks, CalendarContext, calendarWords } from './calendarContext.js';
import { GRID_VIEWS, shownRange, type GridView } from './calendarViews.js';
import { calendarDrew, eventOf, postOfEvent, sameEventsOr } from './calendarEvents.js';
import { PostEvent } from './PostEvent.js';
import { PostHoverCard, type HoverTarget } from './PostHoverCard.js';
import { SelectionBar } from './SelectionBar.js';
import { timeIndexOf } from './timeIndex.js';
import { hasMediaDrag, readMediaDrag } from '../library/mediaDrag.js';

const DAY_MS = 86_400_000;
type ArgOf<K extends keyof CalendarOptions> = Parameters<
  Extract<NonNullable<CalendarOptions[K]>, (...args: never[]) => unknown>
>[0];
const PLUGINS = [dayGridPlugin, timeGridPlugin, interactionPlugin, classicTheme];
const HOUR_MINUTE = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
/** Posts drawn in a day of the month view before « +N autres » (the others are not in the DOM). */
export const MONTH_POSTS_PER_DAY = 3;
/** How long the pointer rests on a post before its card shows (about a tooltip's delay). */
const HOVER_DELAY_MS = 350;
/** The hover card's width in calendar.css. */
const HOVER_CARD_WIDTH = 320;
/** Gap badges look this far beyond the shown dates, so a pair across the edge is still flagged. */
const GAP_MARGIN_MS = DAY_MS;

interface CalendarGridProps {
  view: GridView;
  date: string;
  zone: string;
  accounts: readonly Account[];
  labels: readonly Label[];
  readOnly: boolean;
  /** The backlog drawer: a calendar post dropped on it goes back to the backlog. */
  backlogElement: () => HTMLElement | null;
  onDragOverBacklog: (dragging: boolean) => void;
  /** FullCalendar moved to another date (the first day it shows). */
  onShownDate: (date: string) => void;
  /** The mini-month's day under the pointer, where a post let go outside the grid moves to. */
  miniMonthDayAt: (x: number, y: number) => string | null;
}

function sameConflicts(a: ReadonlyMap<string, GapConflict[]>, b: ReadonlyMap<string, GapConflict[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, pairs] of b) if (JSON.stringify(a.get(id)) !== JSON.stringify(pairs)) return false;
  return true;
}

/** The month grid's day under a point, if any: the grid's day cells are boxes side by side. */
function monthDayAt(root: HTMLElement | null, x: number, y: number): string | null {
  if (!root || !coversPoint(root, x, y)) return null;
  return boxUnderPoint(root.querySelectorAll<HTMLElement>('[role="cell"][data-date]'), x, y)?.dataset.date ?? null;
}

/** A drop saved as the post was let go, which FullCalendar's own drop then completes (see eventDragStop). */
interface EarlyDrop {
  id: PostId;
  day: string;
  options: MoveOptions;
}

/** The other posts selected with `id`, which a drag of it moves along; none when it is not selected. */
function othersSelectedWith(id: PostId): PostSummary[] {
  const state = calepinStore.getState();
  if (!state.selectedPosts.includes(id)) return [];
  return state.posts.filter((other) => other.id !== id && state.selectedPosts.includes(other.id));
}

/** The label each day cell was last given (language, day and count), so unchanged cells are skipped. */
const labelledCells = new WeakMap<Element, string>();

/** The store's summary of a post (the truth), or the event's own if the post is gone meanwhile. */
function currentPost(post: PostSummary): PostSummary {
  return calepinStore.getState().posts.find((other) => other.id === post.id) ?? post;
}

function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/**
 * A day takes library items dragged from the drawer's media strip: a new draft on that day with
 * them attached. Native listeners, because FullCalendar owns the cell; the read-only state is read
 * at drop time through a ref since the cell outlives renders.
 */
function acceptMediaDrops(cell: HTMLElement, day: string, readOnly: { current: boolean }): void {
  cell.addEventListener('dragover', (event) => {
    if (readOnly.current || !hasMediaDrag(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  cell.addEventListener('drop', (event) => {
    if (readOnly.current || !hasMediaDrag(event)) return;
    event.preventDefault();
    const ids = readMediaDrag(event);
    if (ids.length > 0) void actions().startDraftWithMedia(ids, day);
  });
}

/**
 * Memoised: the screen around it re-renders when a drag crosses the backlog or a save starts, and
 * each render of FullCalendar reprocesses all its options — which would double the cost of a drop.
 */
export const CalendarGrid = memo(function CalendarGrid(props: CalendarGridProps) {
  const { view, date, zone, accounts, labels, readOnly } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const ref = useRef<CalendarRef>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<PostId | null>(null);
  const earlyDrop = useRef<EarlyDrop | null>(null);
  const readOnlyRef = useRef(readOnly);
  readOnlyRef.current = readOnly;
  const [range, setRange] = useState<{ start: Date; end: Date } | null>(() => shownRange(view, date, zone));
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const hoverIntent = useDelayedAction(HOVER_DELAY_MS);
  const allPosts = useCalepin((state) => state.posts);
  const filtered = useCalepin(selectFilteredPosts);

  const accountsById = useMemo(() => new Map(accounts.map((account) => [account.id as string, account])), [accounts]);
  const labelsById = useMemo(() => new Map(labels.map((label) => [label.id as string, label])), [labels]);
  const shownIndex = useMemo(() => timeIndexOf(filtered, 'filtered'), [filtered]);
  const allIndex = useMemo(() => timeIndexOf(allPosts, 'all'), [allPosts]);
  const shown = useMemo(() => (range ? postsBetween(shownIndex, range.start, range.end) : []), [shownIndex, range]);
  const lastEvents = useRef<EventInput[]>([]);
  const events = useMemo(() => (lastEvents.current = sameEventsOr(lastEvents.current, shown.map(eventOf))), [shown]);
  const lastConflicts = useRef<ReadonlyMap<string, GapConflict[]>>(new Map());
  const conflicts = useMemo(() => {
    if (!range) return new Map();
    // Every post counts for the gap, filtered out or not: it goes out all the same.
    const around = postsBetween(
      allIndex,
      new Date(range.start.getTime() - GAP_MARGIN_MS),
      new Date(range.end.getTime() + GAP_MARGIN_MS),
    );
    const next = gapConflicts(around, accounts);
    // Most moves change no gap: keeping the same map then spares every post on screen a re-render.
    if (!sameConflicts(lastConflicts.current, next)) lastConflicts.current = next;
    return lastConflicts.current;
  }, [allIndex, range, accounts]);
  const looks = useMemo(() => accountLooks(accounts, t), [accounts, t]);
  const words = useMemo(() => calendarWords(t), [t]);
  const context = useMemo(
    () => ({ zone, accounts: accountsById, looks, labels: labelsById, conflicts, words, t }),
    [zone, accountsById, looks, labelsById, conflicts, words, t],
  );
  const postCountOn = useMemo(() => {
    const counts = new Map<string, number>();
    for (const post of shown) {
      const day = dayOfInstant(post.plannedAt, zone);
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
    return counts;
  }, [shown, zone]);

  // The toolbar changed the view or the date: take FullCalendar there.
  useEffect(() => {
    const api = ref.current?.getApi();
    if (!api) return;
    if (api.view.type !== GRID_VIEWS[view]) api.changeView(GRID_VIEWS[view], date);
    else api.gotoDate(date);
  }, [view, date]);

  // Each day says what it holds to a screen reader (the cells are FullCalendar's; the counts are ours).
  useEffect(() => {
    const cells = rootRef.current?.querySelectorAll<HTMLElement>(
      '[role="cell"][data-date], [role="gridcell"][data-date]',
    );
    for (const cell of cells ?? []) {
      const day = cell.dataset.date!;
      const count = postCountOn.get(day) ?? 0;
      // A move changes the count of two days: the others keep their label, untranslated again.
      const key = `${language}|${day}|${count}`;
      if (labelledCells.get(cell) === key) continue;
      labelledCells.set(cell, key);
      cell.setAttribute('aria-label', t('calendar.dayLabel', { day: dayName(day, language), count }));
    }
  }, [postCountOn, language, date, t]);

  // A moved post is drawn anew (once when the move shows, again when it is saved): while the focus was
  // on it and has fallen to the page, give it back, so keyboard moves can follow one another.
  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id || !focusIsLost()) return;
    rootRef.current?.querySelector<HTMLElement>(`[data-post-id="${id}"]`)?.focus();
  });
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) focusAfterRender.current = null;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  const moveSelection = useCallback(
    (change: 'earlier' | 'later' | 'slotEarlier' | 'slotLater' | 'backlog') => {
      const state = calepinStore.getState();
      const selected = state.posts.filter((post) => state.selectedPosts.includes(post.id));
      if (selected.length === 0 || readOnly) return;
      focusAfterRender.current = selected[0]!.id;
      if (change === 'backlog') {
        void state.movePosts(selected.map((post) => ({ id: post.id, to: null })));
        return;
      }
      if (change === 'earlier' || change === 'later') {
        const moves = moveManyByDays(selected, change === 'later' ? 1 : -1);
        void state.movePosts(moves.map((move) => ({ id: move.id as PostId, to: move.to })));
        return;
      }
      const direction = change === 'slotLater' ? 1 : -1;
      const moves = selected
        .filter((post): post is PostSummary & { plannedAt: string } => post.plannedAt !== null)
        .map((post) => ({
          id: post.id,
          to: stepBySlot(post.plannedAt, accountsById.get(post.accounts[0] ?? '') ?? null, direction),
        }));
      void state.movePosts(moves);
    },
    [accountsById, readOnly],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-post-id]');
    if (!target) return;
    const id = target.dataset.postId as PostId;
    if (event.altKey) {
      const change = {
        ArrowLeft: 'earlier',
        ArrowRight: 'later',
        ArrowUp: 'slotEarlier',
        ArrowDown: 'slotLater',
      } as const;
      const which = change[event.key as keyof typeof change];
      if (!which) return;
      event.preventDefault();
      if (!calepinStore.getState().selectedPosts.includes(id)) actions().selectPosts([id]);
      moveSelection(which);
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      void actions().openPost(id);
    } else if (event.key === 'b' || event.key === 'B') {
      event.preventDefault();
      if (!calepinStore.getState().selectedPosts.includes(id)) actions().selectPosts([id]);
      moveSelection('backlog');
    } else if (event.key.startsWith('Arrow')) {
      // Arrows walk the posts in time order (the order FullCalendar draws them in).
      const all = [...(rootRef.current?.querySelectorAll<HTMLElement>('[data-post-id]') ?? [])];
      const ordered = all.sort((a, b) => Number(a.dataset.at) - Number(b.dataset.at));
      const index = ordered.indexOf(target);
      const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
      const next = ordered[index + step];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  };

  // « +N autres » for each full day, and « Nouvelle publication le … » on each day's number:
  // FullCalendar draws them again for every drop, so each is translated once.
  const moreText = useMemo(() => rememberedBy((count: number) => t('calendar.more', { count })), [t]);
  const addOnDayTitle = useMemo(
    () => rememberedBy((day: string) => t('calendar.addOnDay', { day: dayName(day, language) })),
    [t, language],
  );

  // FullCalendar redraws everything when an option changes, a handler included: the options are made
  // once per zone, language and view, and the handlers read the rest from `live`.
  const live = useRef({ props, date });
  live.current = { props, date };
  const options = useMemo(
    () =>
      ({
        plugins: PLUGINS,
        timeZone: zone,
        locale: language === 'fr' ? frLocale : 'en-gb',
        firstDay: 1,
        headerToolbar: false,
        dayMaxEvents: MONTH_POSTS_PER_DAY,
        moreLinkText: moreText,
        // Posts show their own time (gridTime, cached per instant); FullCalendar's would be formatted for nothing.
        displayEventTime: false,
        slotHeaderFormat: HOUR_MINUTE,
        scrollTime: '07:00:00',
        allDaySlot: false,
        nowIndicator: true,
        editable: !readOnly,
        eventDurationEditable: false,
        droppable: !readOnly,
        datesSet: (info: DatesSetInfo) => {
          setRange((before) =>
            before && before.start.getTime() === info.start.getTime() && before.end.getTime() === info.end.getTime()
              ? before
              : { start: info.start, end: info.end },
          );
          live.current.props.onShownDate(instantToWallClock(info.view.currentStart.toISOString(), zone).date);
        },
        // The time is where FullCalendar shows the post (a drop may be ahead of the summary).
        eventContent: (info: EventDisplayInfo) => (
          <PostEvent
            post={postOfEvent(info.event)}
            time={info.event.start ? gridTime(info.event.start.toISOString(), zone, language) : ''}
          />
        ),
        eventDidMount: (info: ArgOf<'eventDidMount'>) => {
          const post = postOfEvent(info.event);
          info.el.dataset.postId = post.id;
          info.el.dataset.at = String(info.event.start?.getTime() ?? '');
          info.el.tabIndex = 0;
          if (focusAfterRender.current === post.id && focusIsLost()) info.el.focus();
        },
        dayCellDidMount: (info: ArgOf<'dayCellDidMount'>) => {
          const day = wallClockOf(info.date, zone).date;
          info.el.dataset.date = day;
          acceptMediaDrops(info.el, day, readOnlyRef);
        },
        dayCellTopContent: (info: DayCellInfo) => {
          const day = wallClockOf(info.date, zone).date;
          // FullCalendar hides this corner from screen readers; the cell itself carries the day's label.
          return (
            <button
              type="button"
              className="cal-day-add"
              data-date={day}
              tabIndex={-1}
              title={addOnDayTitle(day)}
              disabled={readOnly}
              onClick={(event) => {
                event.stopPropagation();
                void actions().newPost({ date: day });
              }}
            >
              {info.dayNumberText}
            </button>
          );
        },
        dateClick: (info: DateClickInfo) => {
          if (readOnly) return;
          void actions().newPost({ date: instantToWallClock(info.date.toISOString(), zone).date });
        },
        eventClick: (info: EventClickInfo) => {
          info.jsEvent.preventDefault();
          const id = postOfEvent(info.event).id;
          if (info.jsEvent.detail >= 2) {
            void actions().openPost(id);
            return;
          }
          if (info.jsEvent.shiftKey || info.jsEvent.ctrlKey || info.jsEvent.metaKey) actions().toggleSelected(id);
          else actions().selectPosts([id]);
          // FullCalendar keeps the press for its drag, so the post does not take the focus by itself.
          info.el.focus();
        },
        eventMouseEnter: (info: EventHoveringInfo) => {
          // Only once the pointer rests on the post, as a tooltip does: crossing a busy month, or a
          // post landing under the pointer after a drop, neither flickers cards nor reads posts.
          hoverIntent.start(() => {
            const rect = info.el.getBoundingClientRect();
            // Beside the post, on the side with room for the card.
            const x =
              rect.right + HOVER_CARD_WIDTH + 12 < window.innerWidth
                ? rect.right + 6
                : rect.left - HOVER_CARD_WIDTH - 6;
            setHover({
              post: currentPost(postOfEvent(info.event)),
              x: Math.max(6, x),
              y: Math.min(rect.top, window.innerHeight - 200),
            });
          });
        },
        eventMouseLeave: () => {
          hoverIntent.cancel();
          setHover(null);
        },
        eventDragStart: () => {
          hoverIntent.cancel();
          setHover(null);
          live.current.props.onDragOverBacklog(true);
        },
        eventDragStop: (info: EventDragStopInfo) => {
          live.current.props.onDragOverBacklog(false);
          const { clientX, clientY } = info.jsEvent;
          const post = currentPost(postOfEvent(info.event));
          const state = calepinStore.getState();
          if (coversPoint(live.current.props.backlogElement(), clientX, clientY)) {
            const ids = state.selectedPosts.includes(post.id) ? state.selectedPosts : [post.id];
            void state.movePosts(ids.map((id) => ({ id, to: null })));
            return;
          }
          if (post.plannedAt === null) return;
          const dated = { ...post, plannedAt: post.plannedAt };
          // Let go over a day of the mini-month (outside FullCalendar, which takes its drawing back):
          // the same move as a drop on a day of the month, to any month.
          const miniDay = live.current.props.miniMonthDayAt(clientX, clientY);
          if (miniDay) {
            const moves = dropOnDate(dated, othersSelectedWith(post.id), miniDay, zone);
            void state.movePosts(moves.map((move) => ({ id: move.id as PostId, to: move.to })));
            return;
          }
          // Let go over a day of the month: FullCalendar draws the drop next, in this same task, and
          // only then says so (eventDrop). The save is sent now, so the disk works while FullCalendar
          // draws; eventDrop then only records the drawing, to take it back if the save fails.
          const day = view === 'month' ? monthDayAt(rootRef.current, clientX, clientY) : null;
          if (!day) return;
          const others = othersSelectedWith(post.id);
          const moves = dropOnDate(dated, others, day, zone);
          // FullCalendar draws the dragged post; the others of the selection show through the store.
          const drop: EarlyDrop = { id: post.id, day, options: { alreadyShown: others.length === 0 } };
          earlyDrop.current = drop;
          // eventDrop comes in this task or not at all (a drop FullCalendar refused).
          queueMicrotask(() => {
            if (earlyDrop.current === drop) earlyDrop.current = null;
          });
          void state.movePosts(
            moves.map((move) => ({ id: move.id as PostId, to: move.to })),
            drop.options,
          );
        },
        eventDrop: (info: EventDropInfo) => {
          // FullCalendar has drawn the post on its new day already; the store saves it, and the drawing
          // is taken back if the save fails.
          const post = currentPost(postOfEvent(info.event));
          const start = info.event.start;
          if (!start || post.plannedAt === null) return;
          const dropped = start.toISOString();
          const toDate = instantToWallClock(dropped, zone).date;
          const early = earlyDrop.current;
          if (early?.id === post.id) {
            earlyDrop.current = null;
            if (early.day === toDate) {
              const forgetDrawing = calendarDrew(post.id, start);
              early.options.undoDrawing = () => {
                forgetDrawing();
                info.revert();
              };
            } else {
              // FullCalendar saw another day than the one under the pointer, which was saved: its
              // drawing is taken back and the saved day shows when the save answers.
              info.revert();
            }
            return;
          }
          const dated = { ...post, plannedAt: post.plannedAt };
          const others = othersSelectedWith(post.id);
          // In the month view only the day changes, and the post keeps its time in its own zone; on a
          // time of the week or day view it takes that time. The rest of the selection follows by days.
          const moves = dropOnDate(dated, others, toDate, zone);
          if (view !== 'month') moves[0] = { id: post.id, from: post.plannedAt, to: dropped };
          // FullCalendar drew the dragged post already; the others of the selection show through the store.
          const alreadyShown = others.length === 0;
          const forgetDrawing = calendarDrew(post.id, start);
          const state = calepinStore.getState();
          void state.movePosts(
            moves.map((move) => ({ id: move.id as PostId, to: move.to })),
            // Not saved: FullCalendar's drawing is taken back, then the store shows the truth (or the post gone).
            {
              alreadyShown,
              undoDrawing: () => {
                forgetDrawing();
                info.revert();
              },
            },
          );
        },
        drop: (info: DropInfo) => {
          const id = info.draggedEl.dataset.postId as PostId | undefined;
          if (!id) return;
          const day = instantToWallClock(info.date.toISOString(), zone).date;
          // A drop on a day takes the account's next free slot; on a time of the week or day view, that time.
          if (info.allDay) void actions().planOnDay(id, day);
          else void actions().movePosts([{ id, to: info.date.toISOString() }]);
        },
      }) satisfies CalendarOptions,
    [zone, language, readOnly, view, t, moreText, addOnDayTitle, hoverIntent],
  );

  return (
    <CalendarContext.Provider value={context}>
      <div
        className="calendar-grid"
        ref={rootRef}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          // Tab or an arrow onto a post selects it, unless it is part of a larger selection already.
          // A press of the mouse focuses the post too, before its click: the click decides then (a
          // Ctrl or Shift click adds to the selection), so only a keyboard focus selects here.
          const target = event.target as HTMLElement;
          const id = target.closest<HTMLElement>('[data-post-id]')?.dataset.postId;
          focusAfterRender.current = (id as PostId | undefined) ?? null;
          if (id && target.matches(':focus-visible') && !calepinStore.getState().selectedPosts.includes(id as PostId))
            actions().selectPosts([id as PostId]);
        }}
      >
        <SelectionBar shown={shown} canSelectWeek={view === 'week'} readOnly={readOnly} />
        <FullCalendar
          ref={ref}
          {...options}
          initialView={GRID_VIEWS[view]}
          initialDate={date}
          // The month grows to show three posts a day (then « +N autres »), and scrolls; the week and day fill the screen.
          height={view === 'month' ? 'auto' : '100%'}
          events={events}
        />
        {hover ? <PostHoverCard target={hover} /> : null}
      </div>
    </CalendarContext.Provider>
  );
});
