import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../../../core/model/index.js';
import { summary } from '../../helpers/postSummary.js';
import {
  backlogOf,
  countsForNavigation,
  filterPosts,
  firstUpcomingDay,
  groupByDay,
  NO_FILTERS,
} from '../../../renderer/src/state/postQueries.js';

describe('the calendar list groups posts by day on the workspace clock', () => {
  it('a post at 23:30 UTC in summer falls on the next day in Paris, at 01:30', () => {
    const groups = groupByDay([summary({ id: 'late', plannedAt: '2026-06-09T23:30:00.000Z' })], 'Europe/Paris');
    expect(groups).toEqual([{ date: '2026-06-10', posts: [expect.objectContaining({ time: '01:30' })] }]);
  });

  it('the same instant stays on the 9th in Montreal', () => {
    const groups = groupByDay([summary({ id: 'late', plannedAt: '2026-06-09T23:30:00.000Z' })], 'America/Montreal');
    expect(groups.map((group) => group.date)).toEqual(['2026-06-09']);
  });

  it('orders days and the posts within a day by time, and leaves undated posts out', () => {
    const groups = groupByDay(
      [
        summary({ id: 'b', plannedAt: '2026-03-30T14:00:00.000Z' }),
        summary({ id: 'a', plannedAt: '2026-03-30T07:00:00.000Z' }),
        summary({ id: 'c', plannedAt: '2026-03-28T08:00:00.000Z' }),
        summary({ id: 'undated' }),
      ],
      'Europe/Paris',
    );
    expect(groups.map((group) => [group.date, group.posts.map((item) => `${item.post.id}@${item.time}`)])).toEqual([
      ['2026-03-28', ['c@09:00']],
      ['2026-03-30', ['a@09:00', 'b@16:00']],
    ]);
  });

  it('opens at today, or the next day with posts, or the last one when all are past', () => {
    const groups = [
      { date: '2026-03-01', posts: [] },
      { date: '2026-03-05', posts: [] },
    ];
    expect(firstUpcomingDay(groups, '2026-03-03')).toBe('2026-03-05');
    expect(firstUpcomingDay(groups, '2026-03-09')).toBe('2026-03-05');
  });
});

describe('filters narrow the list', () => {
  const posts = [
    summary({ id: 'x', accounts: ['acc-x'], status: 'draft', title: 'Été à Lyon' }),
    summary({ id: 'li', accounts: ['acc-li', 'acc-x'], status: 'approved', excerpt: 'Nouvelle boutique' }),
    summary({ id: 'ig', accounts: ['acc-ig'], status: 'in_review' }),
  ];
  const ids = (list: PostSummary[]) => list.map((post) => post.id);

  it('no filter keeps everything', () => {
    expect(ids(filterPosts(posts, NO_FILTERS))).toEqual(['x', 'li', 'ig']);
  });

  it('several accounts keep posts for any of them', () => {
    expect(ids(filterPosts(posts, { ...NO_FILTERS, accounts: ['acc-li', 'acc-ig'] as never[] }))).toEqual(['li', 'ig']);
  });

  it('several statuses keep posts in any of them, combined with accounts', () => {
    expect(ids(filterPosts(posts, { ...NO_FILTERS, statuses: ['draft', 'approved'] }))).toEqual(['x', 'li']);
    expect(
      ids(filterPosts(posts, { ...NO_FILTERS, statuses: ['draft', 'approved'], accounts: ['acc-li'] as never[] })),
    ).toEqual(['li']);
  });

  it('search ignores case and accents, in the title and the opening words', () => {
    expect(ids(filterPosts(posts, { ...NO_FILTERS, search: 'ete lyon' }))).toEqual(['x']);
    expect(ids(filterPosts(posts, { ...NO_FILTERS, search: 'BOUTIQUE' }))).toEqual(['li']);
  });

  it('the backlog holds undated posts, the most recently touched first', () => {
    const backlog = backlogOf([
      summary({ id: 'old', updatedAt: '2026-01-01T00:00:00.000Z' }),
      summary({ id: 'dated', plannedAt: '2026-03-01T00:00:00.000Z' }),
      summary({ id: 'new', updatedAt: '2026-02-01T00:00:00.000Z' }),
    ]);
    expect(ids(backlog)).toEqual(['new', 'old']);
  });
});

describe('the navigation’s badges', () => {
  it('count undated posts and posts awaiting review (in review or with changes requested)', () => {
    const counts = countsForNavigation([
      summary({ id: 'idea' }),
      summary({ id: 'asked', status: 'in_review' }),
      summary({ id: 'fix', status: 'changes_requested', plannedAt: '2026-03-10T08:00:00.000Z' }),
      summary({ id: 'ok', status: 'approved', plannedAt: '2026-03-11T08:00:00.000Z' }),
    ]);
    expect(counts).toEqual({ backlog: 2, review: 2 });
  });
});
