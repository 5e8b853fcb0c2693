/**
 * Posts as FullCalendar events. FullCalendar compares its `events` array item by item and, when one
 * item is a new object, parses and redraws all of them (about as long as the drop itself for a month
 * of 1,000 posts). So each post keeps its event object while it looks the same and sits where
 * FullCalendar shows it. A drag and drop is drawn by FullCalendar itself: the post's event is moved
 * there in place at once, so when the store catches up with the saved move there is nothing to
 * redraw, and any later parse still finds the post where it is shown.
 */
import type { EventInput } from '@fullcalendar/react';
import type { PostSummary } from '../../../../core/model/index.js';

type DatedSummary = PostSummary & { plannedAt: string };

interface CachedEvent {
  /** What the post shows apart from its time. */
  content: string;
  /** Where FullCalendar shows the post (epoch ms). */
  at: number;
  event: EventInput & { start: string; extendedProps: { post: PostSummary } };
}

const cache = new Map<string, CachedEvent>();

/** What a post's event shows besides its time; a new revision with the same content keeps its event. */
function contentOf(post: PostSummary): string {
  return [post.title, post.status, post.excerpt, post.accounts.join(), post.labels.join()].join('\u0000');
}

export function eventOf(post: DatedSummary): EventInput {
  const known = cache.get(post.id);
  // The same summary where FullCalendar shows it: the usual case, at every opening of the calendar.
  if (known && known.event.extendedProps.post === post && known.event.start === post.plannedAt) return known.event;
  const content = contentOf(post);
  const at = Date.parse(post.plannedAt);
  if (known && known.content === content && known.at === at) {
    // FullCalendar reads these only when it parses its events again; nothing to redraw now.
    known.event.start = post.plannedAt;
    known.event.extendedProps.post = post;
    return known.event;
  }
  const event = {
    id: post.id,
    start: post.plannedAt,
    allDay: false,
    title: post.title,
    // A published post went out: it stays where it went.
    startEditable: post.status !== 'published',
    extendedProps: { post },
  };
  cache.set(post.id, { content, at, event });
  return event;
}

/**
 * FullCalendar drew `id` at `start` after a drop. Returns how to take that back (the save failed and
 * FullCalendar's drawing is reverted).
 */
export function calendarDrew(id: string, start: Date): () => void {
  const known = cache.get(id);
  if (!known) return () => undefined;
  const before = { at: known.at, start: known.event.start };
  known.at = start.getTime();
  known.event.start = start.toISOString();
  return () => {
    known.at = before.at;
    known.event.start = before.start;
  };
}

/**
 * The summary a post's event was made from, for what it shows (title, status, accounts): its time
 * may lag behind a drop, so the time shown comes from the event's start and handlers that move the
 * post read the store.
 */
export function postOfEvent(event: { extendedProps: Record<string, unknown> }): PostSummary {
  return event.extendedProps.post as PostSummary;
}

/**
 * `next`, or `previous` when it holds the same events in another order: a move changes the post's
 * place in time order, and FullCalendar, which compares item by item, would parse everything again.
 */
export function sameEventsOr(previous: EventInput[], next: EventInput[]): EventInput[] {
  if (previous.length !== next.length) return next;
  const known = new Set(previous);
  return next.every((event) => known.has(event)) ? previous : next;
}
