/**
 * One time index per list of posts, kept across renders and visits of the screen: the calendar and
 * the mini-month read the same filtered list, which is then sorted once, not once each. The list a
 * move or a save replaces patches the index of the list before it (all posts, filtered posts)
 * rather than sorting every post again.
 */
import { indexByTime, reindexByTime, type TimeIndex } from '../../../../core/calendar/visibleRange.js';
import type { PostSummary } from '../../../../core/model/index.js';

const timeIndexes = new WeakMap<readonly PostSummary[], TimeIndex>();
const lastIndexed = new Map<'all' | 'filtered', { posts: readonly PostSummary[]; index: TimeIndex }>();

export function timeIndexOf(posts: readonly PostSummary[], which: 'all' | 'filtered' = 'filtered'): TimeIndex {
  let index = timeIndexes.get(posts);
  if (!index) {
    const last = lastIndexed.get(which);
    index = last ? reindexByTime(last, posts) : indexByTime(posts);
    timeIndexes.set(posts, index);
  }
  lastIndexed.set(which, { posts, index });
  return index;
}
