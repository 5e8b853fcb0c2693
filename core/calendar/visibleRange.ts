/**
 * The posts of a date range, found by binary search in an index sorted once by date: the calendar
 * hands FullCalendar only what it shows, so opening it costs the same at 1,000 or 20,000 posts.
 */
import type { PostSummary } from '../model/index.js';

export type DatedSummary = PostSummary & { plannedAt: string };

export interface TimeIndex {
  posts: DatedSummary[];
  /** Epoch milliseconds of `posts[i].plannedAt` (instants may be written with or without milliseconds). */
  times: Float64Array;
}

/** Dated posts in time order. */
export function indexByTime(posts: readonly PostSummary[]): TimeIndex {
  const dated = posts
    .filter((post): post is DatedSummary => post.plannedAt !== null)
    .map((post) => ({ post, at: Date.parse(post.plannedAt) }))
    .sort((a, b) => a.at - b.at);
  return { posts: dated.map((item) => item.post), times: Float64Array.from(dated, (item) => item.at) };
}

function firstAtOrAfter(times: Float64Array, at: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Posts with `start <= plannedAt < end`. */
export function postsBetween(index: TimeIndex, start: Date, end: Date): DatedSummary[] {
  return index.posts.slice(firstAtOrAfter(index.times, start.getTime()), firstAtOrAfter(index.times, end.getTime()));
}
