import { describe, expect, it } from 'vitest';
import { summary } from '../../helpers/postSummary.js';
import { NO_FILTERS, postPredicate, UNASSIGNED } from '../../../core/calendar/postFilter.js';
import { indexByTime, postsBetween } from '../../../core/calendar/visibleRange.js';

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
