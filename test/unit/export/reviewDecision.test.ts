import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../core/review/contentHash.js';
import { reviewDecisionPatch, statusAfterDecision } from '../../../core/review/decide.js';
import { post } from '../../helpers/exportFixtures.js';

describe('a review decision', () => {
  const inReview = post({ plannedAt: '2026-12-07T08:00:00.000Z', status: 'in_review', masterText: 'Bonjour' });

  it('records who, when, what and the content it was about', () => {
    const patch = reviewDecisionPatch(inReview, {
      by: ' Sophie Garnier ',
      at: '2026-12-05T10:00:00.000Z',
      decision: 'approved',
      note: ' Parfait ',
    });
    expect(patch.status).toBe('approved');
    expect(patch.approvals).toEqual([
      {
        by: 'Sophie Garnier',
        at: '2026-12-05T10:00:00.000Z',
        decision: 'approved',
        note: 'Parfait',
        contentHash: contentHash(inReview),
      },
    ]);
  });

  it('keeps earlier approvals and appends the new one', () => {
    const once = {
      ...inReview,
      ...reviewDecisionPatch(inReview, { by: 'A', at: '2026-12-05T10:00:00.000Z', decision: 'approved' }),
    };
    const twice = reviewDecisionPatch(once, { by: 'B', at: '2026-12-06T10:00:00.000Z', decision: 'rejected' });
    expect(twice.approvals.map((a) => [a.by, a.decision])).toEqual([
      ['A', 'approved'],
      ['B', 'rejected'],
    ]);
    expect(twice.status).toBe('changes_requested');
  });

  it('moves the status: approval approves, changes and refusal send the post back', () => {
    expect(statusAfterDecision('in_review', 'approved')).toBe('approved');
    expect(statusAfterDecision('draft', 'changes_requested')).toBe('changes_requested');
    expect(statusAfterDecision('approved', 'rejected')).toBe('changes_requested');
    expect(statusAfterDecision('scheduled', 'approved')).toBe('scheduled');
    expect(statusAfterDecision('scheduled', 'changes_requested')).toBe('changes_requested');
    expect(statusAfterDecision('published', 'rejected')).toBe('published');
  });

  it('hashes the words, not the date: moving a post keeps the hash, editing it does not', () => {
    expect(contentHash({ ...inReview, plannedAt: '2026-12-09T08:00:00.000Z' } as typeof inReview)).toBe(
      contentHash(inReview),
    );
    expect(contentHash({ ...inReview, masterText: 'Bonsoir' })).not.toBe(contentHash(inReview));
  });
});
