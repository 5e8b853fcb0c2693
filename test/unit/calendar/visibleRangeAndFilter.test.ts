import { describe, expect, it } from 'vitest';
import { summary } from '../../helpers/postSummary.js';
import { NO_FILTERS, postPredicate, UNASSIGNED } from '../../../core/calendar/postFilter.js';
import { indexByTime, postsBetween, reindexByTime } from '../../../core/calendar/visibleRange.js';

describe('only the visible range goes to the calendar', () => {
  it('finds the posts of a range, whatever the instants’ precision, and leaves undated ones out', () => {
    const index = indexByTime([
      summary({ id: 'late', plannedAt: '2026-04-01T00:00:00Z' }),
      summary({ id: 'in', plannedAt: '2026-03-15T09:00:00.000Z' }),
      summary({ id: 'edge', plannedAt: '2026-03-01T00:00:00.000Z' }),
      summary({ id: 'before', plannedAt: '2026-02-28T23:59:59.999Z' }),
      summary({ id: 'undated' }),
    ]);
    const shown = postsBetween(index, new Date('2026-03-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z'));
    expect(shown.map((post) => post.id)).toEqual(['edge', 'in']);
  });
});

describe('filters combine across groups', () => {
  const networkOf = (id: string) => ({ insta: 'instagram', li: 'linkedin' })[id] as never;
  const posts = [
    summary({ id: 'a', accounts: ['insta'], labels: ['promo'], campaign: 'noel', assignee: 'lea', status: 'draft' }),
    summary({ id: 'b', accounts: ['li'], labels: [], campaign: null, assignee: null, title: 'Été à Lyon' }),
    summary({ id: 'c', accounts: ['insta', 'li'], labels: ['recette'], campaign: 'noel', status: 'approved' }),
  ];
  const pass = (filters: Partial<Record<keyof typeof NO_FILTERS, string | string[]>>) =>
    posts
      .filter(postPredicate({ ...NO_FILTERS, ...(filters as Partial<typeof NO_FILTERS>) }, networkOf))
      .map((post) => post.id);

  it('no filter lets everything through', () => expect(pass({})).toEqual(['a', 'b', 'c']));
  it('network: a post passes when one of its accounts is on the network', () =>
    expect(pass({ networks: ['linkedin'] })).toEqual(['b', 'c']));
  it('labels and campaigns together narrow', () =>
    expect(pass({ labels: ['promo', 'recette'], campaigns: ['noel'], statuses: ['approved'] })).toEqual(['c']));
  it('assignees, including nobody', () => expect(pass({ assignees: ['lea', UNASSIGNED] })).toEqual(['a', 'b', 'c']));
  it('assignee alone', () => expect(pass({ assignees: ['lea'] })).toEqual(['a']));
  it('text without accents, with another filter', () =>
    expect(pass({ search: 'ete lyon', accounts: ['li'] })).toEqual(['b']));
});

describe('a move patches the time index instead of sorting every post again', () => {
  const at = (day: number, hour = 9) =>
    `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const posts = Array.from({ length: 40 }, (_, i) =>
    summary({ id: `p${i}`, plannedAt: i % 7 === 0 ? null : at(1 + (i % 28), 8 + (i % 3)) }),
  );
  const ids = (index: ReturnType<typeof indexByTime>) => index.posts.map((post) => post.id);
  const patched = (next: typeof posts) => reindexByTime({ posts, index: indexByTime(posts) }, next);

  it('a post moved to another day is found there, in the same order a fresh index gives', () => {
    const next = posts.map((post) => (post.id === 'p3' ? { ...post, plannedAt: at(20, 9) } : post));
    expect(ids(patched(next))).toEqual(ids(indexByTime(next)));
    const shown = postsBetween(patched(next), new Date(at(20, 0)), new Date(at(21, 0)));
    expect(shown.map((post) => post.id)).toContain('p3');
  });

  it('planning a backlog post and unplanning another', () => {
    const next = posts.map((post) =>
      post.id === 'p7' ? { ...post, plannedAt: at(5, 9) } : post.id === 'p1' ? { ...post, plannedAt: null } : post,
    );
    const index = patched(next);
    expect(ids(index)).toEqual(ids(indexByTime(next)));
    expect([...index.times]).toEqual([...indexByTime(next).times]);
  });

  it('a saved post (same date, new revision) replaces the old object', () => {
    const next = posts.map((post) => (post.id === 'p2' ? { ...post, revision: post.revision + 1 } : post));
    expect(patched(next).posts).toContain(next[2]);
    expect(patched(next).posts).not.toContain(posts[2]);
  });

  it('posts moved onto the same instant as others keep the list order among them', () => {
    const same = posts[10]!.plannedAt;
    const next = posts.map((post) => (post.id === 'p30' || post.id === 'p3' ? { ...post, plannedAt: same } : post));
    expect(ids(patched(next))).toEqual(ids(indexByTime(next)));
  });

  it('a list of another length is indexed afresh', () => {
    const next = [...posts, summary({ id: 'new', plannedAt: at(2, 7) })];
    expect(ids(patched(next))).toEqual(ids(indexByTime(next)));
  });
});
