/**
 * Posts of one account closer together than the account's minimum gap. Networks punish bursts, so
 * the calendar puts a badge on both posts of such a pair.
 */
import type { Account, PostSummary } from '../model/index.js';

export interface GapConflict {
  accountId: string;
  /** The other post of the pair. */
  otherId: string;
  minutes: number;
  minGapMinutes: number;
}

type Dated = Pick<PostSummary, 'id' | 'plannedAt' | 'accounts' | 'status'>;

/** Each post id with the pairs it is part of. Archived posts do not go out and never conflict. */
export function gapConflicts(
  posts: readonly Dated[],
  accounts: readonly Pick<Account, 'id' | 'minGapMinutes'>[],
): Map<string, GapConflict[]> {
  const gapOf = new Map<string, number>(
    accounts.filter((account) => account.minGapMinutes > 0).map((a) => [a.id, a.minGapMinutes]),
  );
  const byAccount = new Map<string, { id: string; at: number }[]>();
  for (const post of posts) {
    if (post.plannedAt === null || post.status === 'archived') continue;
    const at = Date.parse(post.plannedAt);
    for (const accountId of post.accounts) {
      if (!gapOf.has(accountId)) continue;
      let list = byAccount.get(accountId);
      if (!list) byAccount.set(accountId, (list = []));
      list.push({ id: post.id, at });
    }
  }
  const conflicts = new Map<string, GapConflict[]>();
  const add = (id: string, conflict: GapConflict) => {
    const list = conflicts.get(id);
    if (list) list.push(conflict);
    else conflicts.set(id, [conflict]);
  };
  for (const [accountId, list] of byAccount) {
    const minGapMinutes = gapOf.get(accountId) ?? 0;
    list.sort((a, b) => a.at - b.at);
    // Sorted by time, a post closer than the gap to any other is closer to one of its neighbours.
    for (let index = 1; index < list.length; index += 1) {
      const before = list[index - 1]!;
      const after = list[index]!;
      const minutes = Math.round((after.at - before.at) / 60_000);
      if (minutes >= minGapMinutes) continue;
      add(before.id, { accountId, otherId: after.id, minutes, minGapMinutes });
      add(after.id, { accountId, otherId: before.id, minutes, minGapMinutes });
    }
  }
  return conflicts;
}
