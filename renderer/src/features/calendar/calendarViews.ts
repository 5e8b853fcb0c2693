/** The calendar's four views, FullCalendar's names for three of them, and moving the shown date. */
import { Temporal } from 'temporal-polyfill';
import type { CalendarView } from '../../../../core/api.js';

export const GRID_VIEWS = { month: 'dayGridMonth', week: 'timeGridWeek', day: 'timeGridDay' } as const;
export type GridView = keyof typeof GRID_VIEWS;

export function isGridView(view: CalendarView): view is GridView {
  return view !== 'list';
}

/** The date one period before or after `date` (a month in the month and list views). */
export function shiftDate(date: string, view: CalendarView, direction: 1 | -1): string {
  const day = Temporal.PlainDate.from(date);
  if (view === 'week') return day.add({ weeks: direction }).toString();
  if (view === 'day') return day.add({ days: direction }).toString();
  return day.with({ day: 1 }).add({ months: direction }).toString();
}

/**
 * The instants FullCalendar will show for `view` around `date` in `zone` (weeks start on Monday; a
 * month shows six weeks), so the first render already holds the posts instead of waiting for
 * FullCalendar to report its dates. FullCalendar's own report (datesSet) still has the last word.
 */
export function shownRange(view: GridView, date: string, zone: string): { start: Date; end: Date } {
  const day = Temporal.PlainDate.from(date);
  const monday = (of: Temporal.PlainDate) => of.subtract({ days: of.dayOfWeek - 1 });
  const [start, days] =
    view === 'month' ? [monday(day.with({ day: 1 })), 42] : view === 'week' ? [monday(day), 7] : [day, 1];
  const at = (plain: Temporal.PlainDate) => new Date(plain.toZonedDateTime({ timeZone: zone }).epochMilliseconds);
  return { start: at(start), end: at(start.add({ days })) };
}

/** Whether `today` is among the days `view` shows from `date` (its first shown day, as FullCalendar reports it). */
function shows(view: CalendarView, date: string, today: string): boolean {
  if (view === 'day') return date === today;
  if (view === 'week') {
    const start = Temporal.PlainDate.from(date);
    return today >= date && today < start.add({ days: 7 }).toString();
  }
  return date.slice(0, 7) === today.slice(0, 7);
}

/** Another view keeps the shown period, on today when today is in it (week → day opens on today, not Monday). */
export function switchView(view: CalendarView, from: { view: CalendarView; date: string }, today: string) {
  return { view, date: shows(from.view, from.date, today) ? today : from.date };
}
