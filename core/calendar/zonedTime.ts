/**
 * Wall-clock time ↔ UTC instants in a named zone. A CM plans "Tuesday 09:00 in Paris"; the store
 * keeps the UTC instant and the zone, so a move can keep the wall-clock time across a DST change.
 * All zone arithmetic goes through Temporal (temporal-polyfill), never the computer's own zone.
 */
import { Temporal } from 'temporal-polyfill';

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, 24-hour */
  time: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The UTC instant of a wall-clock time in `zone`. A time that does not exist (skipped by a spring
 * DST change, e.g. 02:30 on 29 March 2026 in Paris) moves forward by the gap, as calendars do; an
 * ambiguous one (the autumn hour that happens twice) takes the earlier of the two.
 */
export function wallClockToInstant(wall: WallClock, zone: string): string {
  if (!DATE.test(wall.date) || !TIME.test(wall.time))
    throw new RangeError(`not a wall-clock time: ${wall.date} ${wall.time}`);
  const plain = Temporal.PlainDateTime.from(`${wall.date}T${wall.time}`);
  const zoned = plain.toZonedDateTime(zone, { disambiguation: 'compatible' });
  return zoned.toInstant().toString({ smallestUnit: 'millisecond' });
}

/** The wall-clock date and time of a UTC instant seen from `zone`. */
export function instantToWallClock(instant: string, zone: string): WallClock {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(zone);
  return {
    date: zoned.toPlainDate().toString(),
    time: `${pad(zoned.hour)}:${pad(zoned.minute)}`,
  };
}

/** Moves an instant by whole days keeping its wall-clock time in `zone` (so 09:00 stays 09:00 across DST). */
export function addDaysKeepingWallClock(instant: string, zone: string, days: number): string {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(zone);
  return zoned.add({ days }).toInstant().toString({ smallestUnit: 'millisecond' });
}

/** Today's date in `zone`, from an injected clock. */
export function todayIn(zone: string, now: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(zone).toPlainDate().toString();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

// Building an Intl.DateTimeFormat costs far more than formatting with one; a calendar converts
// thousands of instants per render in a handful of zones, so one formatter per zone is kept.
const wallFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The same answer as `instantToWallClock`, for rendering many posts: Intl with a cached formatter
 * instead of Temporal (several times faster). Swedish writes dates and times as ISO does.
 */
export function wallClockOf(instant: string | number | Date, zone: string): WallClock {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    wallFormats.set(zone, format);
  }
  const text = format.format(typeof instant === 'string' ? new Date(instant) : instant);
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
}

/** Days already worked out, per zone and instant; dropped whole past a bound so it cannot grow forever. */
const knownDays = new Map<string, string>();
const KNOWN_DAYS_BOUND = 200_000;

/**
 * The date (YYYY-MM-DD) of an instant seen from `zone`, remembered: the calendar, the mini-month and
 * the day labels count their posts by day at every change of the store, mostly for the same posts.
 */
export function dayOfInstant(instant: string, zone: string): string {
  const key = `${zone}|${instant}`;
  let day = knownDays.get(key);
  if (day === undefined) {
    if (knownDays.size >= KNOWN_DAYS_BOUND) knownDays.clear();
    day = wallClockOf(instant, zone).date;
    knownDays.set(key, day);
  }
  return day;
}
