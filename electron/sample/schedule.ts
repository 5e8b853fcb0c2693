/**
 * Places the sample in time. Stories say "3 days ago" or "day 30 of 45 ahead"; this turns that into
 * dates in the right zone, stretching days ahead so that the last one lands on the last day of next
 * month: the calendar is full this month and next, whatever day the sample is made.
 */
import { Temporal } from 'temporal-polyfill';
import { todayIn, wallClockToInstant } from '../../core/calendar/zonedTime.js';

/** The furthest day a story may name; it lands on the last day of next month. */
export const LAST_STORY_DAY = 45;
/** The earliest day a story may name; it lands early this month when this month has room for it. */
export const FIRST_STORY_DAY = -14;

export interface SampleSchedule {
  readonly now: Date;
  /** A story's day offset as real days from today (past days stay as they are). */
  days(storyDay: number): number;
  /** The calendar date `storyDay` days from today, as seen in `zone`. */
  date(storyDay: number, zone: string): string;
  /** The UTC instant of `time` on that date, in `zone`. */
  instant(storyDay: number, time: string, zone: string): string;
  /** `hours` before `instant`, never later than now (nothing in the sample happened in the future). */
  before(instant: string, hours: number): string;
  /** `hours` before now. */
  ago(hours: number): string;
}

export function sampleSchedule(now: Date, zone: string): SampleSchedule {
  const today = Temporal.PlainDate.from(todayIn(zone, now));
  const lastDay = today.with({ day: 1 }).add({ months: 2 }).subtract({ days: 1 });
  const daysAhead = today.until(lastDay, { largestUnit: 'days' }).days;
  // Early in a month there is no room behind today: published posts then spill into last month.
  const roomBehind = today.day - 1;
  const daysBehind = roomBehind >= 7 ? roomBehind : -FIRST_STORY_DAY;

  const days = (storyDay: number): number => {
    if (storyDay === 0) return 0;
    const room = storyDay < 0 ? daysBehind : daysAhead;
    const last = storyDay < 0 ? -FIRST_STORY_DAY : LAST_STORY_DAY;
    return Math.sign(storyDay) * Math.max(1, Math.round((Math.abs(storyDay) * room) / last));
  };
  const date = (storyDay: number, zoneOfDate: string): string =>
    Temporal.PlainDate.from(todayIn(zoneOfDate, now))
      .add({ days: days(storyDay) })
      .toString();
  const nowMs = now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();

  return {
    now,
    days,
    date,
    instant: (storyDay, time, zoneOfDate) => wallClockToInstant({ date: date(storyDay, zoneOfDate), time }, zoneOfDate),
    before: (instant, hours) => iso(Math.min(Date.parse(instant) - hours * 3_600_000, nowMs)),
    ago: (hours) => iso(nowMs - hours * 3_600_000),
  };
}
