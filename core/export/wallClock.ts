/**
 * Wall-clock date and time of an instant in a zone, for exports that do it thousands of times.
 * Same answer as core/calendar/zonedTime's instantToWallClock (the tests compare them, across DST
 * changes): the Temporal polyfill takes ~0.3 ms a call and Intl's formatToParts ~0.1 ms, which
 * made a 5,000-row export spend seconds on dates. So each zone's UTC offsets are worked out once
 * per year with Intl (a day-by-day scan, then a binary search to the minute for each change),
 * and every instant after that is plain arithmetic.
 */
import type { WallClock } from '../calendar/zonedTime.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let found = formatters.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(zone, found);
  }
  return found;
}

/** The zone's offset from UTC at `ms`, in minutes, asked of Intl. */
function offsetAt(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(ms)) parts[part.type] = Number(part.value);
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((local - Math.floor(ms / 1000) * 1000) / MINUTE);
}

interface YearOffsets {
  /** Instants from which `offsets[i]` applies, ascending; the first is the start of the scan. */
  starts: number[];
  offsets: number[];
}

const years = new Map<string, YearOffsets>();

function yearOffsets(zone: string, year: number): YearOffsets {
  const key = `${zone} ${year}`;
  let found = years.get(key);
  if (found) return found;
  const from = Date.UTC(year, 0, 1) - DAY;
  const to = Date.UTC(year + 1, 0, 1) + DAY;
  found = { starts: [from], offsets: [offsetAt(from, zone)] };
  for (let t = from + DAY; t <= to; t += DAY) {
    const offset = offsetAt(t, zone);
    if (offset === found.offsets.at(-1)) continue;
    // The change happened in the last day: find its minute.
    let low = t - DAY;
    let high = t;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetAt(middle, zone) === offset) high = middle;
      else low = middle;
    }
    found.starts.push(high);
    found.offsets.push(offset);
  }
  if (years.size > 500) years.clear();
  years.set(key, found);
  return found;
}

export interface WallClockWithSeconds extends WallClock {
  seconds: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function wallClockOf(instant: string | number, zone: string): WallClockWithSeconds {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  const table = yearOffsets(zone, new Date(ms).getUTCFullYear());
  let offset = table.offsets[0]!;
  for (let i = 1; i < table.starts.length && table.starts[i]! <= ms; i += 1) offset = table.offsets[i]!;
  const local = new Date(ms + offset * MINUTE);
  return {
    date: `${String(local.getUTCFullYear()).padStart(4, '0')}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    seconds: pad(local.getUTCSeconds()),
  };
}
