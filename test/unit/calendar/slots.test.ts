import { describe, expect, it } from 'vitest';
import { nextFreeSlot, stepBySlot, type SlotAccount } from '../../../core/calendar/slots.js';
import { instantToWallClock, wallClockToInstant } from '../../../core/calendar/zonedTime.js';

const WEEKDAYS = [1, 2, 3, 4, 5];
const paris: SlotAccount = {
  id: 'insta' as SlotAccount['id'],
  zone: 'Europe/Paris',
  slots: WEEKDAYS.flatMap((weekday) => ['18:00', '09:00', '12:30'].map((time) => ({ weekday, time }))),
  minGapMinutes: 120,
};
const fallback = { defaultTime: '10:00', zone: 'Europe/Paris' };
const at = (date: string, time: string, zone = 'Europe/Paris') => wallClockToInstant({ date, time }, zone);
const wall = (instant: string, zone = 'Europe/Paris') => instantToWallClock(instant, zone);

describe('the next free slot of an account on a day', () => {
  it('an empty Tuesday gives the first slot, 09:00 in the account’s zone', () => {
    const placed = nextFreeSlot(paris, '2026-03-10', [], fallback);
    expect(placed).toEqual({ plannedAt: at('2026-03-10', '09:00'), source: 'slot' });
  });

  it('skips a taken slot, and a slot closer than the minimum gap to another post', () => {
    // 09:00 is taken; a post at 11:00 is within 2 h of 12:30, so the next free slot is 18:00.
    const taken = [at('2026-03-10', '09:00'), at('2026-03-10', '11:00')];
    const placed = nextFreeSlot(paris, '2026-03-10', taken, fallback);
    expect(wall(placed.plannedAt)).toEqual({ date: '2026-03-10', time: '18:00' });
  });

  it('a full day, or a day without slots, takes the default time — the post is never refused', () => {
    const full = ['09:00', '12:30', '18:00'].map((time) => at('2026-03-10', time));
    expect(nextFreeSlot(paris, '2026-03-10', full, fallback)).toEqual({
      plannedAt: at('2026-03-10', '10:00'),
      source: 'default',
    });
    expect(nextFreeSlot(paris, '2026-03-14', [], fallback).source).toBe('default');
    expect(nextFreeSlot(null, '2026-03-10', [], fallback).plannedAt).toBe(at('2026-03-10', '10:00'));
  });

  it('slots stay at 09:00 on the Monday after the March change and after the October change', () => {
    expect(wall(nextFreeSlot(paris, '2026-03-30', [], fallback).plannedAt)).toEqual({
      date: '2026-03-30',
      time: '09:00',
    });
    expect(nextFreeSlot(paris, '2026-03-30', [], fallback).plannedAt).toBe('2026-03-30T07:00:00.000Z');
    expect(nextFreeSlot(paris, '2026-10-26', [], fallback).plannedAt).toBe('2026-10-26T08:00:00.000Z');
  });

  it('a Montréal account’s slots are in Montréal time', () => {
    const montreal = { ...paris, zone: 'America/Toronto' };
    const placed = nextFreeSlot(montreal, '2026-03-10', [], fallback);
    expect(wall(placed.plannedAt, 'America/Toronto')).toEqual({ date: '2026-03-10', time: '09:00' });
  });
});

describe('one slot later or earlier', () => {
  it('goes from 09:00 to 12:30, and from Friday 18:00 to Monday 09:00', () => {
    expect(wall(stepBySlot(at('2026-03-10', '09:00'), paris, 1))).toEqual({ date: '2026-03-10', time: '12:30' });
    expect(wall(stepBySlot(at('2026-03-27', '18:00'), paris, 1))).toEqual({ date: '2026-03-30', time: '09:00' });
  });

  it('goes back from Monday 09:00 after the March change to Friday 18:00 before it', () => {
    expect(wall(stepBySlot(at('2026-03-30', '09:00'), paris, -1))).toEqual({ date: '2026-03-27', time: '18:00' });
  });

  it('a time between slots goes to the neighbouring slot', () => {
    expect(wall(stepBySlot(at('2026-03-10', '10:15'), paris, -1))).toEqual({ date: '2026-03-10', time: '09:00' });
    expect(wall(stepBySlot(at('2026-03-10', '10:15'), paris, 1))).toEqual({ date: '2026-03-10', time: '12:30' });
  });

  it('without slots it moves by 30 minutes', () => {
    expect(wall(stepBySlot(at('2026-03-10', '10:15'), null, 1))).toEqual({ date: '2026-03-10', time: '10:45' });
    expect(wall(stepBySlot(at('2026-03-10', '00:15'), { ...paris, slots: [] }, -1))).toEqual({
      date: '2026-03-09',
      time: '23:45',
    });
  });
});
