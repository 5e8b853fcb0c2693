import { describe, expect, it } from 'vitest';
import {
  addDaysKeepingWallClock,
  instantToWallClock,
  todayIn,
  wallClockToInstant,
} from '../../../core/calendar/zonedTime.js';

describe('planning in a zone', () => {
  it('09:00 in Paris in winter is 08:00 UTC, and in summer 07:00 UTC', () => {
    expect(wallClockToInstant({ date: '2026-01-15', time: '09:00' }, 'Europe/Paris')).toBe('2026-01-15T08:00:00.000Z');
    expect(wallClockToInstant({ date: '2026-07-15', time: '09:00' }, 'Europe/Paris')).toBe('2026-07-15T07:00:00.000Z');
  });

  it('a time skipped by the March change (02:30 on 29 March 2026) is planned at 03:30', () => {
    const instant = wallClockToInstant({ date: '2026-03-29', time: '02:30' }, 'Europe/Paris');
    expect(instantToWallClock(instant, 'Europe/Paris')).toEqual({ date: '2026-03-29', time: '03:30' });
  });

  it('the hour that happens twice in October (02:30 on 25 October 2026) takes the first one', () => {
    expect(wallClockToInstant({ date: '2026-10-25', time: '02:30' }, 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('a post moved by a day across the March change keeps its 09:00', () => {
    const saturday = wallClockToInstant({ date: '2026-03-28', time: '09:00' }, 'Europe/Paris');
    const sunday = addDaysKeepingWallClock(saturday, 'Europe/Paris', 1);
    expect(instantToWallClock(sunday, 'Europe/Paris')).toEqual({ date: '2026-03-29', time: '09:00' });
    expect(sunday).toBe('2026-03-29T07:00:00.000Z');
  });

  it('a Montreal post shows its own wall-clock time, whatever the computer zone', () => {
    const instant = wallClockToInstant({ date: '2026-11-10', time: '12:30' }, 'America/Montreal');
    expect(instantToWallClock(instant, 'America/Montreal')).toEqual({ date: '2026-11-10', time: '12:30' });
    expect(instantToWallClock(instant, 'Europe/Paris')).toEqual({ date: '2026-11-10', time: '18:30' });
  });

  it('today is the date in the workspace zone, not in UTC', () => {
    expect(todayIn('Europe/Paris', new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(todayIn('America/Montreal', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-24');
  });

  it('refuses something that is not a date and time rather than guessing', () => {
    expect(() => wallClockToInstant({ date: '24/11/2026', time: '9h' }, 'Europe/Paris')).toThrow(RangeError);
  });
});

describe('the fast wall clock used for rendering', () => {
  it('agrees with Temporal across both Paris changes, in Montréal and Tokyo', async () => {
    const { wallClockOf } = await import('../../../core/calendar/zonedTime.js');
    const start = Date.parse('2026-03-27T00:00:00.000Z');
    for (let hour = 0; hour < 24 * 250; hour += 7) {
      const instant = new Date(start + hour * 3_600_000 + 17 * 60_000).toISOString();
      for (const zone of ['Europe/Paris', 'America/Toronto', 'Asia/Tokyo'])
        expect(wallClockOf(instant, zone)).toEqual(instantToWallClock(instant, zone));
    }
  });

  it('remembers days per zone: the same instant is another day in Tokyo, asked twice or not', async () => {
    const { dayOfInstant } = await import('../../../core/calendar/zonedTime.js');
    // 23:30 in Paris on the night of the October change is already the next day in Tokyo.
    const instant = '2026-10-24T21:30:00.000Z';
    for (let ask = 0; ask < 2; ask += 1) {
      expect(dayOfInstant(instant, 'Europe/Paris')).toBe('2026-10-24');
      expect(dayOfInstant(instant, 'Asia/Tokyo')).toBe('2026-10-25');
      expect(dayOfInstant(instant, 'America/Toronto')).toBe('2026-10-24');
    }
    const start = Date.parse('2026-03-28T20:00:00.000Z');
    for (let hour = 0; hour < 48; hour += 1) {
      const at = new Date(start + hour * 3_600_000).toISOString();
      expect(dayOfInstant(at, 'Europe/Paris')).toBe(instantToWallClock(at, 'Europe/Paris').date);
    }
  });
});
