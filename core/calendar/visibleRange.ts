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

function firstAtOrAfter(times: ArrayLike<number>, at: number): number {
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

/** Past this many changed posts, sorting everything again is as quick as patching the index. */
const MAX_PATCHED = 32;

/**
 * The index of `posts` made from the index of `previous`, the list it replaced: a move or a save
 * changes one post of thousands, so the changed posts are taken out and put back in order rather
 * than every post sorted again. Lists of another length, or with many changes, are indexed afresh.
 */
export function reindexByTime(
  previous: { posts: readonly PostSummary[]; index: TimeIndex },
  posts: readonly PostSummary[],
): TimeIndex {
  if (previous.posts.length !== posts.length) return indexByTime(posts);
  const changed: [before: PostSummary, after: PostSummary][] = [];
  for (let i = 0; i < posts.length; i += 1) {
    if (previous.posts[i] === posts[i]) continue;
    changed.push([previous.posts[i]!, posts[i]!]);
    if (changed.length > MAX_PATCHED) return indexByTime(posts);
  }
  const dated = [...previous.index.posts];
  const times = [...previous.index.times];
  for (const [before] of changed) {
    if (before.plannedAt === null) continue;
    const at = firstAtOrAfter(times, Date.parse(before.plannedAt));
    const where = dated.indexOf(before as DatedSummary, at);
    if (where < 0) return indexByTime(posts);
    dated.splice(where, 1);
    times.splice(where, 1);
  }
  let positions: Map<PostSummary, number> | undefined;
  for (const [, after] of changed) {
    if (after.plannedAt === null) continue;
    const at = Date.parse(after.plannedAt);
    let where = firstAtOrAfter(times, at);
    // Among posts of the same instant, in list order, as the stable sort of indexByTime leaves them.
    if (times[where] === at) {
      positions ??= new Map(posts.map((post, i) => [post, i]));
      const mine = positions.get(after)!;
      while (where < times.length && times[where] === at && positions.get(dated[where]!)! < mine) where += 1;
    }
    dated.splice(where, 0, after as DatedSummary);
    times.splice(where, 0, at);
  }
  return { posts: dated, times: Float64Array.from(times) };
}
