/**
 * One time index per list of posts, kept across renders and visits of the screen: the calendar and
 * the mini-month read the same filtered list, which is then sorted once, not once each.
 */
import { indexByTime, type TimeIndex } from '../../../../core/calendar/visibleRange.js';
import type { PostSummary } from '../../../../core/model/index.js';

const timeIndexes = new WeakMap<readonly PostSummary[], TimeIndex>();

export function timeIndexOf(posts: readonly PostSummary[]): TimeIndex {
  let index = timeIndexes.get(posts);
  if (!index) timeIndexes.set(posts, (index = indexByTime(posts)));
  return index;
}
