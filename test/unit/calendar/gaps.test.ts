import { describe, expect, it } from 'vitest';
import { gapConflicts } from '../../../core/calendar/gaps.js';

const accounts = [
  { id: 'insta', minGapMinutes: 120 },
  { id: 'x', minGapMinutes: 0 },
] as never[];
const post = (id: string, plannedAt: string | null, accountIds: string[], status = 'scheduled') =>
  ({ id, plannedAt, accounts: accountIds, status }) as never;

describe('posts of one account closer than its minimum gap', () => {
  it('flags both posts of a pair 90 minutes apart, not a post 3 hours away', () => {
    const conflicts = gapConflicts(
      [
        post('a', '2026-03-10T08:00:00.000Z', ['insta']),
        post('b', '2026-03-10T09:30:00.000Z', ['insta', 'x']),
        post('c', '2026-03-10T12:30:00.000Z', ['insta']),
      ],
      accounts,
    );
    expect([...conflicts.keys()].sort()).toEqual(['a', 'b']);
    expect(conflicts.get('a')).toEqual([{ accountId: 'insta', otherId: 'b', minutes: 90, minGapMinutes: 120 }]);
  });

  it('ignores accounts without a gap, other accounts, undated and archived posts', () => {
    const conflicts = gapConflicts(
      [
        post('a', '2026-03-10T08:00:00.000Z', ['x']),
        post('b', '2026-03-10T08:10:00.000Z', ['x']),
        post('c', '2026-03-10T08:20:00.000Z', ['insta']),
        post('d', '2026-03-10T08:30:00.000Z', ['insta'], 'archived'),
        post('e', null, ['insta']),
      ],
      accounts,
    );
    expect(conflicts.size).toBe(0);
  });

  it('measures the gap in real time across the October change (01:30 and the second 02:10)', () => {
    // 25 October 2026: 02:00–03:00 happens twice in Paris. 00:30Z is 02:30 CEST, 01:10Z is 02:10 CET: 40 min apart.
    const conflicts = gapConflicts(
      [post('a', '2026-10-25T00:30:00.000Z', ['insta']), post('b', '2026-10-25T01:10:00.000Z', ['insta'])],
      accounts,
    );
    expect(conflicts.get('b')?.[0]?.minutes).toBe(40);
  });
});
