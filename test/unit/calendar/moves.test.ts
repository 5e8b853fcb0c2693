import { describe, expect, it } from 'vitest';
import { daysBetween, dropOnDate, moveByDays, moveManyByDays, moveToDate } from '../../../core/calendar/moves.js';
import { instantToWallClock, wallClockToInstant } from '../../../core/calendar/zonedTime.js';

const at = (date: string, time: string, zone = 'Europe/Paris') => wallClockToInstant({ date, time }, zone);
const post = (id: string, plannedAt: string | null, zone = 'Europe/Paris') => ({ id, plannedAt, zone });

describe('moving posts by days keeps their wall-clock time in their own zone', () => {
  it('Saturday 28 March 09:00 moved two days is Monday 30 March 09:00, an hour less in UTC', () => {
    const move = moveByDays(post('a', at('2026-03-28', '09:00')), 2);
    expect(move.from).toBe('2026-03-28T08:00:00.000Z');
    expect(move.to).toBe('2026-03-30T07:00:00.000Z');
  });

  it('across the October change, back by a day, 18:00 stays 18:00', () => {
    const move = moveByDays(post('a', at('2026-10-26', '18:00')), -1);
    expect(instantToWallClock(move.to!, 'Europe/Paris')).toEqual({ date: '2026-10-25', time: '18:00' });
  });

  it('a Montréal post seen from Paris keeps its Montréal time', () => {
    const move = moveByDays(post('m', at('2026-03-07', '08:00', 'America/Toronto'), 'America/Toronto'), 1);
    // The US/Canada change is on 8 March: 08:00 in Montréal stays 08:00 there.
    expect(instantToWallClock(move.to!, 'America/Toronto')).toEqual({ date: '2026-03-08', time: '08:00' });
  });

  it('several posts move together; undated ones stay in the backlog', () => {
    const moves = moveManyByDays(
      [post('a', at('2026-03-27', '09:00')), post('b', null), post('c', at('2026-03-28', '12:30'))],
      3,
    );
    expect(moves.map((move) => [move.id, instantToWallClock(move.to!, 'Europe/Paris')])).toEqual([
      ['a', { date: '2026-03-30', time: '09:00' }],
      ['c', { date: '2026-03-31', time: '12:30' }],
    ]);
    expect(moveManyByDays([post('a', at('2026-03-27', '09:00'))], 0)).toEqual([]);
  });

  it('a drop on another date of the view applies the days in the post’s zone, across a month', () => {
    const montreal = post('m', at('2026-03-31', '20:00', 'America/Toronto'), 'America/Toronto');
    // Seen from Paris it sits on 1 April at 02:00; dropped on 2 April it is 1 April 20:00 in Montréal.
    const move = moveToDate({ ...montreal, plannedAt: montreal.plannedAt! }, '2026-04-02', 'Europe/Paris');
    expect(instantToWallClock(move.to!, 'America/Toronto')).toEqual({ date: '2026-04-01', time: '20:00' });
    expect(daysBetween('2026-03-31', '2026-04-02')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
  });
});

describe('a drop on a date far away (the mini-month)', () => {
  it('10 March 09:00 in Paris dropped on 20 April is 20 April 09:00, an hour earlier in UTC', () => {
    const [move] = dropOnDate(
      { id: 'a', plannedAt: at('2026-03-10', '09:00'), zone: 'Europe/Paris' },
      [],
      '2026-04-20',
      'Europe/Paris',
    );
    expect(move!.to).toBe('2026-04-20T07:00:00.000Z');
    expect(move!.from).toBe('2026-03-10T08:00:00.000Z');
  });

  it('the selection follows by the same days, each keeping its own zone’s time', () => {
    const dragged = { id: 'a', plannedAt: at('2026-10-20', '18:00'), zone: 'Europe/Paris' };
    const others = [post('t', at('2026-10-21', '08:00', 'America/Toronto'), 'America/Toronto'), post('n', null)];
    const moves = dropOnDate(dragged, others, '2026-11-03', 'Europe/Paris');
    expect(moves.map((move) => move.id)).toEqual(['a', 't']);
    expect(instantToWallClock(moves[0]!.to!, 'Europe/Paris')).toEqual({ date: '2026-11-03', time: '18:00' });
    expect(instantToWallClock(moves[1]!.to!, 'America/Toronto')).toEqual({ date: '2026-11-04', time: '08:00' });
  });
});
