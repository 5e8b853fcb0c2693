/**
 * Moves of planned posts. A move by days keeps the wall-clock time in the post's own zone (09:00
 * stays 09:00 across a daylight-saving change); several posts move together by the same days.
 */
import { addDaysKeepingWallClock, instantToWallClock, wallClockToInstant } from './zonedTime.js';

export interface Movable {
  id: string;
  plannedAt: string | null;
  zone: string;
}

export interface PlannedMove {
  id: string;
  /** Where the post was, so the move can be undone exactly. */
  from: string | null;
  to: string | null;
}

export function moveByDays(post: Movable, days: number): PlannedMove {
  return {
    id: post.id,
    from: post.plannedAt,
    to: post.plannedAt === null ? null : addDaysKeepingWallClock(post.plannedAt, post.zone, days),
  };
}

/** Every dated post of the selection moved by the same number of days; undated ones are left out. */
export function moveManyByDays(posts: readonly Movable[], days: number): PlannedMove[] {
  return posts.filter((post) => post.plannedAt !== null && days !== 0).map((post) => moveByDays(post, days));
}

/**
 * A post dropped on another date (seen in `viewZone`) keeps its wall-clock time in its own zone: the
 * number of days between the two dates in the view is applied in the post's zone.
 */
export function moveToDate(post: Movable & { plannedAt: string }, date: string, viewZone: string): PlannedMove {
  const before = instantToWallClock(post.plannedAt, viewZone).date;
  return moveByDays(post, daysBetween(before, date));
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A wall-clock date and time in `zone` as an instant (a drop on a time of the week or day view). */
export function placeAt(date: string, time: string, zone: string): string {
  return wallClockToInstant({ date, time }, zone);
}

/**
 * A post dropped on a date of the view (a day of the month grid or of the mini-month) and the rest
 * of its selection: it keeps its wall-clock time in its own zone, and the others move by the same
 * number of days (counted in the view), each keeping its own time.
 */
export function dropOnDate(
  dragged: Movable & { plannedAt: string },
  others: readonly Movable[],
  date: string,
  viewZone: string,
): PlannedMove[] {
  const days = daysBetween(instantToWallClock(dragged.plannedAt, viewZone).date, date);
  return [moveByDays(dragged, days), ...moveManyByDays(others, days)];
}
