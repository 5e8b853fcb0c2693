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
