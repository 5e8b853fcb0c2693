/**
 * Posting slots: where a post dropped on a day lands, and what "one slot later" means. Slots are an
 * account's weekly wall-clock times in the account's own zone (Mon–Fri 09:00, 12:30, 18:00), so a
 * slot stays at 09:00 on both sides of a daylight-saving change.
 */
import { Temporal } from 'temporal-polyfill';
import type { Account } from '../model/index.js';
import { instantToWallClock, wallClockToInstant } from './zonedTime.js';

export type SlotAccount = Pick<Account, 'id' | 'zone' | 'slots' | 'minGapMinutes'>;

export interface PlacedOnDay {
  plannedAt: string;
  /** `slot` when one of the account's slots was free, `default` for the workspace's default time. */
  source: 'slot' | 'default';
}

const MINUTE_MS = 60_000;

function isoWeekday(date: string): number {
  return Temporal.PlainDate.from(date).dayOfWeek;
}

/** The instants of an account's slots on one date (in the account's zone), earliest first. */
export function slotInstantsOn(account: SlotAccount, date: string): string[] {
  const weekday = isoWeekday(date);
  return account.slots
    .filter((slot) => slot.weekday === weekday)
    .map((slot) => slot.time)
    .sort()
    .map((time) => wallClockToInstant({ date, time }, account.zone));
}

/**
 * True when `instant` is at least the account's minimum gap away from every taken instant. A slot
 * already used by another post is taken even when the account has no minimum gap.
 */
export function isFree(instant: string, taken: readonly string[], minGapMinutes: number): boolean {
  const at = Date.parse(instant);
  const gap = Math.max(minGapMinutes, 1) * MINUTE_MS;
  return taken.every((other) => Math.abs(Date.parse(other) - at) >= gap);
}

/**
 * Where a post for `account` goes when dropped on `date` (a day of the account's zone): its first
 * slot that day that is free and far enough from the account's other posts (`taken`), else the
 * workspace's default time in `zone` (the post's own zone) — a full day still takes the post.
 */
export function nextFreeSlot(
  account: SlotAccount | null,
  date: string,
  taken: readonly string[],
  fallback: { defaultTime: string; zone: string },
): PlacedOnDay {
  if (account) {
    for (const instant of slotInstantsOn(account, date)) {
      if (isFree(instant, taken, account.minGapMinutes)) return { plannedAt: instant, source: 'slot' };
    }
  }
  return { plannedAt: wallClockToInstant({ date, time: fallback.defaultTime }, fallback.zone), source: 'default' };
}

/** Without slots, Alt+↑/↓ moves by this much. */
export const STEP_MINUTES = 30;

/**
 * One slot later (`+1`) or earlier (`-1`) than `instant` among the account's slots, looking up to
 * two weeks ahead; ±30 minutes when the account has no slots.
 */
export function stepBySlot(instant: string, account: SlotAccount | null, direction: 1 | -1): string {
  if (!account || account.slots.length === 0) {
    return new Date(Date.parse(instant) + direction * STEP_MINUTES * MINUTE_MS).toISOString();
  }
  const at = Date.parse(instant);
  let date = Temporal.PlainDate.from(instantToWallClock(instant, account.zone).date);
  for (let day = 0; day < 15; day += 1) {
    const candidates = slotInstantsOn(account, date.toString());
    const ordered = direction === 1 ? candidates : [...candidates].reverse();
    const found = ordered.find((candidate) => direction * (Date.parse(candidate) - at) > 0);
    if (found) return found;
    date = date.add({ days: direction });
  }
  return instant;
}
