/**
 * The mini-month beside the calendar: one month's weeks as day cells, the instants its grid covers in
 * a zone (to count the posts of each day), and which days the big calendar shows. Always six weeks,
 * so the grid keeps its size when its month changes under a dragging pointer.
 */
import { Temporal } from 'temporal-polyfill';
import type { CalendarView } from '../api.js';
import { dayOfInstant } from './zonedTime.js';

/** YYYY-MM */
export type Month = string;

/** 1 = Monday … 7 = Sunday (ISO weekdays), the day a week starts on. */
export type FirstDay = 1 | 7;

export interface DayCell {
  /** YYYY-MM-DD */
  date: string;
  /** Whether the day belongs to the month shown (the others lead in or trail out). */
  inMonth: boolean;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
}

export const WEEKS_SHOWN = 6;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthOf(date: string): Month {
  return date.slice(0, 7);
}

/** The month `count` months after (or before, when negative) `month`. */
export function shiftMonth(month: Month, count: number): Month {
  return Temporal.PlainYearMonth.from(checked(month)).add({ months: count }).toString();
}

/** The first day the grid of `month` shows: the start of the week holding the 1st. */
export function gridStart(month: Month, firstDay: FirstDay = 1): string {
  const first = Temporal.PlainDate.from(`${checked(month)}-01`);
  const back = (first.dayOfWeek - firstDay + 7) % 7;
  return first.subtract({ days: back }).toString();
}

/** Six weeks of seven days from the week holding the 1st of `month`. */
export function monthWeeks(month: Month, firstDay: FirstDay = 1): DayCell[][] {
  let day = Temporal.PlainDate.from(gridStart(month, firstDay));
  const weeks: DayCell[][] = [];
  for (let week = 0; week < WEEKS_SHOWN; week += 1) {
    const cells: DayCell[] = [];
    for (let index = 0; index < 7; index += 1) {
      cells.push({ date: day.toString(), inMonth: monthOf(day.toString()) === month, weekday: day.dayOfWeek });
      day = day.add({ days: 1 });
    }
    weeks.push(cells);
  }
  return weeks;
}

/**
 * The instants the grid of `month` covers in `zone`: from midnight of its first day to midnight after
 * its last, so a day that is 23 or 25 hours long (a daylight-saving change) is counted whole.
 */
export function gridSpan(month: Month, zone: string, firstDay: FirstDay = 1): { start: Date; end: Date } {
  const start = Temporal.PlainDate.from(gridStart(month, firstDay));
  const at = (day: Temporal.PlainDate) => new Date(day.toZonedDateTime({ timeZone: zone }).epochMilliseconds);
  return { start: at(start), end: at(start.add({ days: WEEKS_SHOWN * 7 })) };
}

/** How many of `instants` fall on each date (YYYY-MM-DD) seen from `zone`. */
export function countByDay(instants: Iterable<string>, zone: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const instant of instants) {
    const day = dayOfInstant(instant, zone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/**
 * The first and last dates the big calendar shows in `view` from `date` (weeks start on Monday, as
 * the grid's do): the month, the week, or the day. The list holds every planned post and opens on
 * `date`: that day is the one it shows.
 */
export function shownDays(view: CalendarView, date: string): { first: string; last: string } {
  const day = Temporal.PlainDate.from(date);
  if (view === 'day' || view === 'list') return { first: date, last: date };
  if (view === 'week') {
    const monday = day.subtract({ days: day.dayOfWeek - 1 });
    return { first: monday.toString(), last: monday.add({ days: 6 }).toString() };
  }
  const first = day.with({ day: 1 });
  return { first: first.toString(), last: first.add({ months: 1 }).subtract({ days: 1 }).toString() };
}

/** The day `days` after `date` (negative: before), for keyboard moves across the grid. */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** The same day of the month `count` months away, clamped to the month's last day (31 Jan → 28 Feb). */
export function addMonths(date: string, count: number): string {
  return Temporal.PlainDate.from(date).add({ months: count }, { overflow: 'constrain' }).toString();
}

function checked(month: Month): Month {
  if (!MONTH.test(month)) throw new RangeError(`not a month: ${month}`);
  return month;
}
