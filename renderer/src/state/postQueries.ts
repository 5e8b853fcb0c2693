/**
 * Pure questions asked of the post list: which posts pass the filters, how they fall into days in
 * the workspace zone, what sits in the backlog. No React, no store: unit-tested as plain functions.
 */
import type { AccountId, PostStatus, PostSummary } from '../../../core/model/index.js';
import { instantToWallClock } from '../../../core/calendar/zonedTime.js';

export interface PostFilters {
  /** Empty means every account. A post passes when any of its accounts is selected. */
  accounts: AccountId[];
  /** Empty means every status. */
  statuses: PostStatus[];
  search: string;
}

export const NO_FILTERS: PostFilters = { accounts: [], statuses: [], search: '' };

export function hasActiveFilters(filters: PostFilters): boolean {
  return filters.accounts.length > 0 || filters.statuses.length > 0 || filters.search.trim() !== '';
}

/** Lower case without accents, so « ete » finds « Été » as a French user expects. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function filterPosts(posts: readonly PostSummary[], filters: PostFilters): PostSummary[] {
  const accounts = new Set<string>(filters.accounts);
  const statuses = new Set<string>(filters.statuses);
  const words = foldForSearch(filters.search).split(/\s+/).filter(Boolean);
  return posts.filter((post) => {
    if (statuses.size > 0 && !statuses.has(post.status)) return false;
    if (accounts.size > 0 && !post.accounts.some((id) => accounts.has(id))) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch(`${post.title} ${post.excerpt}`);
    return words.every((word) => haystack.includes(word));
  });
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
    const { date, time } = instantToWallClock(post.plannedAt, zone);
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

export function awaitingReview(posts: readonly PostSummary[]): PostSummary[] {
  return posts
    .filter((post) => REVIEW_STATUSES.includes(post.status))
    .sort((a, b) => (a.plannedAt ?? '9999').localeCompare(b.plannedAt ?? '9999'));
}
