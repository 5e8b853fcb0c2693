/**
 * Which backups to keep (DESIGN.md §2): the 3 newest of today, the newest of each earlier day for
 * 30 days, and the copies taken before an import, a bulk delete, a restore or a migration (the 10
 * newest, for 30 days too) since the damage they guard against may be noticed days later.
 * Days are the user's days (the workspace zone), not UTC's. The newest backup is never removed,
 * so a workspace left alone for two months still has one.
 */
import { Temporal } from 'temporal-polyfill';
import type { BackupReason } from './backupFormat.js';

export interface RetentionPolicy {
  today: number;
  days: number;
  beforeOperations: number;
}

export const DEFAULT_POLICY: RetentionPolicy = { today: 3, days: 30, beforeOperations: 10 };

export interface DatedBackup {
  id: string;
  at: Date;
  reason: BackupReason;
}

function dayIn(zone: string, at: Date): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zone).toPlainDate();
}

const isRoutine = (reason: BackupReason) => reason === 'scheduled' || reason === 'manual';

/** The ids to delete. Pure: same input, same answer. */
export function backupsToPrune(
  backups: readonly DatedBackup[],
  now: Date,
  zone: string,
  policy: RetentionPolicy = DEFAULT_POLICY,
): string[] {
  const today = dayIn(zone, now);
  const oldestKept = today.subtract({ days: policy.days });
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
  const keep = new Set<string>();
  if (newestFirst[0]) keep.add(newestFirst[0].id);

  let keptToday = 0;
  let keptBeforeOps = 0;
  const daysKept = new Set<string>();
  for (const backup of newestFirst) {
    const day = dayIn(zone, backup.at);
    // A backup dated after today (clock moved back) counts as today's.
    const age = Temporal.PlainDate.compare(day, today) >= 0 ? 0 : day.until(today).days;
    if (Temporal.PlainDate.compare(day, oldestKept) < 0) continue;
    if (!isRoutine(backup.reason)) {
      if (keptBeforeOps < policy.beforeOperations) {
        keep.add(backup.id);
        keptBeforeOps += 1;
      }
    } else if (age === 0) {
      if (keptToday < policy.today) {
        keep.add(backup.id);
        keptToday += 1;
      }
    } else if (!daysKept.has(day.toString())) {
      daysKept.add(day.toString());
      keep.add(backup.id);
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup.id)).map((backup) => backup.id);
}
