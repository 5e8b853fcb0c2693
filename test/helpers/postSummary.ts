/** A post summary with plain defaults, for tests of the calendar's and lists' pure logic. */
import type { PostSummary } from '../../core/model/index.js';

export function summary(over: Partial<Record<keyof PostSummary, unknown>>): PostSummary {
  return {
    id: 'p',
    title: '',
    status: 'draft',
    plannedAt: null,
    zone: 'Europe/Paris',
    accounts: [],
    labels: [],
    campaign: null,
    assignee: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    revision: 1,
    excerpt: '',
    ...over,
  } as PostSummary;
}
