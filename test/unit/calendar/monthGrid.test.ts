import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  countByDay,
  gridSpan,
  gridStart,
  monthOf,
  monthWeeks,
  shiftMonth,
  shownDays,
} from '../../../core/calendar/monthGrid.js';
import { wallClockToInstant } from '../../../core/calendar/zonedTime.js';

const at = (date: string, time: string, zone = 'Europe/Paris') => wallClockToInstant({ date, time }, zone);

describe('the weeks of a month', () => {
  it('March 2026 starts on Monday 23 February and shows six whole weeks, Monday first', () => {
    const weeks = monthWeeks('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7 && week[0]!.weekday === 1 && week[6]!.weekday === 7)).toBe(true);
    expect(weeks[0]![0]).toEqual({ date: '2026-02-23', inMonth: false, weekday: 1 });
    expect(weeks[0]![6]).toEqual({ date: '2026-03-01', inMonth: true, weekday: 7 });
    // The daylight-saving Sunday is an ordinary cell: 29 March sits at the end of the fifth week.
    expect(weeks[4]![6]).toEqual({ date: '2026-03-29', inMonth: true, weekday: 7 });
    expect(weeks[5]!.map((day) => day.date)).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(31);
  });

  it('a month starting on a Monday leads with no day of the month before', () => {
    expect(gridStart('2026-06')).toBe('2026-06-01');
    expect(monthWeeks('2026-06')[0]![0]).toEqual({ date: '2026-06-01', inMonth: true, weekday: 1 });
  });

  it('weeks can start on Sunday', () => {
    const weeks = monthWeeks('2026-10', 7);
    expect(weeks[0]![0]).toEqual({ date: '2026-09-27', inMonth: false, weekday: 7 });
    expect(weeks.flat().find((day) => day.date === '2026-10-25')?.weekday).toBe(7);
  });

  it('months go forward and back across years; a bad month is refused', () => {
    expect(monthOf('2026-12-31')).toBe('2026-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-03', 13)).toBe('2027-04');
    expect(() => shiftMonth('2026-13', 1)).toThrow(RangeError);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
  });
});

describe('the instants the grid covers, and the posts of each day', () => {
  it('in Paris, March 2026 runs from 23 February 00:00 (UTC+1) to 6 April 00:00 (UTC+2)', () => {
    const span = gridSpan('2026-03', 'Europe/Paris');
    expect(span.start.toISOString()).toBe('2026-02-22T23:00:00.000Z');
    expect(span.end.toISOString()).toBe('2026-04-05T22:00:00.000Z');
  });

  it('October 2026 in Paris ends an hour later in UTC than it started (the 25 October change)', () => {
    const span = gridSpan('2026-10', 'Europe/Paris');
    expect(span.start.toISOString()).toBe('2026-09-27T22:00:00.000Z');
    expect(span.end.toISOString()).toBe('2026-11-08T23:00:00.000Z');
  });

  it('posts on the daylight-saving days count on their Paris day, the short and the long one', () => {
    const counts = countByDay(
      [
        at('2026-03-29', '00:30'),
        at('2026-03-29', '03:30'),
        at('2026-03-29', '23:59'),
        at('2026-03-30', '00:00'),
        // Twice 02:30 on 25 October: before and after the clocks go back.
        '2026-10-25T00:30:00.000Z',
        '2026-10-25T01:30:00.000Z',
        at('2026-10-25', '23:30'),
      ],
      'Europe/Paris',
    );
    expect(Object.fromEntries(counts)).toEqual({ '2026-03-29': 3, '2026-03-30': 1, '2026-10-25': 3 });
  });

  it('the workspace zone decides the day, not the computer’s', () => {
    // 03:00 UTC on 10 March: still 9 March in Los Angeles, already 10 March in Paris and Tokyo.
    const instants = ['2026-03-10T03:00:00.000Z'];
    expect([...countByDay(instants, 'America/Los_Angeles').keys()]).toEqual(['2026-03-09']);
    expect([...countByDay(instants, 'Asia/Tokyo').keys()]).toEqual(['2026-03-10']);
    const span = gridSpan('2026-03', 'Pacific/Auckland');
    // Midnight of Monday 23 February in Auckland (UTC+13 in its summer).
    expect(span.start.toISOString()).toBe('2026-02-22T11:00:00.000Z');
  });
});

describe('the days the big calendar shows', () => {
  it('the month, the week from Monday, or the day (the list opens on one day)', () => {
    expect(shownDays('month', '2026-02-01')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(shownDays('month', '2028-02-10')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(shownDays('list', '2026-03-15')).toEqual({ first: '2026-03-15', last: '2026-03-15' });
    expect(shownDays('week', '2026-10-28')).toEqual({ first: '2026-10-26', last: '2026-11-01' });
    expect(shownDays('day', '2026-10-25')).toEqual({ first: '2026-10-25', last: '2026-10-25' });
  });
});
