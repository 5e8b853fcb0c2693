/**
 * Pure questions asked of the post list: which posts pass the filters, how they fall into days in
 * the workspace zone, what sits in the backlog. No React: unit-tested as plain functions.
 */
import type { Account, AccountId, Network, PostStatus, PostSummary } from '../../../core/model/index.js';
import { wallClockOf } from '../../../core/calendar/zonedTime.js';
import { postPredicate, type PostFilters } from '../../../core/calendar/postFilter.js';
import type { CalepinState } from './store.js';

export {
  NO_FILTERS,
  UNASSIGNED,
  foldForSearch,
  hasActiveFilters,
  postPredicate,
  type PostFilters,
} from '../../../core/calendar/postFilter.js';

/** An account's network, looked up in the workspace's accounts. */
export function networkLookup(
  accounts: readonly Pick<Account, 'id' | 'network'>[],
): (id: AccountId) => Network | undefined {
  const networks = new Map<string, Network>(accounts.map((account) => [account.id, account.network]));
  return (id) => networks.get(id);
}

export function filterPosts(
  posts: readonly PostSummary[],
  filters: PostFilters,
  networkOf: (id: AccountId) => Network | undefined = () => undefined,
): PostSummary[] {
  return posts.filter(postPredicate(filters, networkOf));
}

let lastFiltered: { posts: unknown; filters: unknown; accounts: unknown; result: PostSummary[] } | null = null;

/**
 * The posts the filters let through, dated or not — what the calendar, the backlog and the exports
 * show. Remembered for the same posts, filters and accounts, so components can select it directly.
 */
export function selectFilteredPosts(state: CalepinState): PostSummary[] {
  const accounts = state.status?.workspace?.accounts;
  if (
    lastFiltered &&
    lastFiltered.posts === state.posts &&
    lastFiltered.filters === state.filters &&
    lastFiltered.accounts === accounts
  )
    return lastFiltered.result;
  const result = filterPosts(state.posts, state.filters, networkLookup(accounts ?? []));
  lastFiltered = { posts: state.posts, filters: state.filters, accounts, result };
  return result;
}

export interface DayGroup {
  /** YYYY-MM-DD in the workspace zone. */
  date: string;
  posts: { post: PostSummary; time: string }[];
}

/** Dated posts grouped by their day in `zone`, days in order and posts by time within a day. */
export function groupByDay(posts: readonly PostSummary[], zone: string): DayGroup[] {
  const byDay = new Map<string, DayGroup>();
  const dated = posts
    .filter((post): post is PostSummary & { plannedAt: string } => post.plannedAt !== null)
    .sort((a, b) => a.plannedAt.localeCompare(b.plannedAt) || a.title.localeCompare(b.title));
  for (const post of dated) {
    const { date, time } = wallClockOf(post.plannedAt, zone);
    let group = byDay.get(date);
    if (!group) {
      group = { date, posts: [] };
      byDay.set(date, group);
    }
    group.posts.push({ post, time });
  }
  return [...byDay.values()];
}

/** Undated posts, the most recently touched first. */
export function backlogOf(posts: readonly PostSummary[]): PostSummary[] {
  return posts.filter((post) => post.plannedAt === null).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The first day group on or after `today`, where the list opens; the last one if all are past. */
export function firstUpcomingDay(groups: readonly DayGroup[], today: string): string | null {
  const upcoming = groups.find((group) => group.date >= today);
  return upcoming?.date ?? groups.at(-1)?.date ?? null;
}

export const REVIEW_STATUSES: readonly PostStatus[] = ['in_review', 'changes_requested'];

const idSets = new WeakMap<readonly PostSummary[], ReadonlySet<string>>();

/** The ids of a list of posts, made once per list (selectors run on every store change). */
export function idsOf(posts: readonly PostSummary[]): ReadonlySet<string> {
  let ids = idSets.get(posts);
  if (!ids) idSets.set(posts, (ids = new Set(posts.map((post) => post.id))));
  return ids;
}

export interface NavigationCounts {
  backlog: number;
  review: number;
}

const navigationCounts = new WeakMap<readonly PostSummary[], NavigationCounts>();

/**
 * The navigation's badges: undated posts and posts awaiting review. Selected on every store change,
 * so counted once per list of posts (without sorting) — at 20,000 posts, sorting them again on each
 * change cost more than drawing the calendar.
 */
export function countsForNavigation(posts: readonly PostSummary[]): NavigationCounts {
  let counts = navigationCounts.get(posts);
  if (!counts) {
    counts = { backlog: 0, review: 0 };
    for (const post of posts) {
      if (post.plannedAt === null) counts.backlog += 1;
      if (REVIEW_STATUSES.includes(post.status)) counts.review += 1;
    }
    navigationCounts.set(posts, counts);
  }
  return counts;
}

export function awaitingReview(posts: readonly PostSummary[]): PostSummary[] {
  return posts
    .filter((post) => REVIEW_STATUSES.includes(post.status))
    .sort((a, b) => (a.plannedAt ?? '9999').localeCompare(b.plannedAt ?? '9999'));
}
