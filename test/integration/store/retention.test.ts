import { describe, expect, it } from 'vitest';
import { backupsToPrune, type DatedBackup } from '../../../electron/backup/retention.js';

const ZONE = 'Europe/Paris';
const at = (iso: string, reason: DatedBackup['reason'] = 'scheduled'): DatedBackup => ({
  id: `${iso}-${reason}`,
  at: new Date(iso),
  reason,
});
const kept = (all: DatedBackup[], now: string) => {
  const pruned = new Set(backupsToPrune(all, new Date(now), ZONE));
  return all.filter((b) => !pruned.has(b.id)).map((b) => b.id);
};

describe('backup retention', () => {
  it('keeps the three newest of today', () => {
    const today = ['08:00', '08:15', '08:30', '08:45', '09:00'].map((t) => at(`2026-03-28T${t}:00.000Z`));
    expect(kept(today, '2026-03-28T10:00:00.000Z')).toEqual([today[2]?.id, today[3]?.id, today[4]?.id]);
  });

  it('keeps the newest of each earlier day for 30 days, and nothing older', () => {
    const all = [
      at('2026-03-27T08:00:00.000Z'),
      at('2026-03-27T17:00:00.000Z'),
      at('2026-03-01T09:00:00.000Z'),
      at('2026-02-26T09:00:00.000Z'),
      at('2026-02-20T09:00:00.000Z'),
    ];
    expect(kept(all, '2026-03-28T10:00:00.000Z')).toEqual([
      '2026-03-27T17:00:00.000Z-scheduled',
      '2026-03-01T09:00:00.000Z-scheduled',
      '2026-02-26T09:00:00.000Z-scheduled',
    ]);
  });

  it('counts days in the workspace zone, not in UTC', () => {
    // 23:30 UTC on the 27th is already the 28th in Paris: three of "today" plus this one.
    const all = [
      '2026-03-27T23:30:00.000Z',
      '2026-03-28T06:00:00.000Z',
      '2026-03-28T07:00:00.000Z',
      '2026-03-28T08:00:00.000Z',
    ].map((t) => at(t));
    expect(kept(all, '2026-03-28T10:00:00.000Z')).toHaveLength(3);
    expect(backupsToPrune(all, new Date('2026-03-28T10:00:00.000Z'), 'UTC')).toEqual([]);
  });

  it('keeps the copies taken before an import or a bulk delete on top of the routine ones', () => {
    const routine = ['08:00', '08:15', '08:30'].map((t) => at(`2026-03-28T${t}:00.000Z`));
    const before = [
      at('2026-03-28T07:00:00.000Z', 'before-import'),
      at('2026-03-20T07:00:00.000Z', 'before-bulk-delete'),
      at('2026-01-20T07:00:00.000Z', 'before-import'),
    ];
    expect(kept([...routine, ...before], '2026-03-28T10:00:00.000Z').sort()).toEqual(
      [...routine, before[0], before[1]].map((b) => b?.id).sort(),
    );
  });

  it('never removes the newest backup, however old', () => {
    const old = [at('2025-11-01T08:00:00.000Z'), at('2025-10-01T08:00:00.000Z')];
    expect(kept(old, '2026-03-28T10:00:00.000Z')).toEqual(['2025-11-01T08:00:00.000Z-scheduled']);
  });

  it('crosses the DST change without losing or doubling a day', () => {
    const days = ['2026-03-28T20:00:00.000Z', '2026-03-29T20:00:00.000Z', '2026-03-30T20:00:00.000Z'].map((t) => at(t));
    expect(kept(days, '2026-03-31T10:00:00.000Z')).toHaveLength(3);
  });
});
