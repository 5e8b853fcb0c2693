import { describe, expect, it } from 'vitest';
import { shiftDate, shownRange, switchView } from '../../../renderer/src/features/calendar/calendarViews.js';

describe('moving around the calendar', () => {
  it('previous and next go by a month, a week or a day', () => {
    expect(shiftDate('2026-03-15', 'month', 1)).toBe('2026-04-01');
    expect(shiftDate('2026-01-31', 'list', -1)).toBe('2025-12-01');
    expect(shiftDate('2026-03-30', 'week', -1)).toBe('2026-03-23');
    expect(shiftDate('2026-03-31', 'day', 1)).toBe('2026-04-01');
  });

  it('switching view lands on today when today is shown, else keeps the period', () => {
    expect(switchView('day', { view: 'week', date: '2026-11-30' }, '2026-12-05')).toEqual({
      view: 'day',
      date: '2026-12-05',
    });
    expect(switchView('day', { view: 'week', date: '2026-11-23' }, '2026-12-05')).toEqual({
      view: 'day',
      date: '2026-11-23',
    });
    expect(switchView('week', { view: 'month', date: '2026-12-01' }, '2026-12-05').date).toBe('2026-12-05');
  });

  it('the month shown in Paris is six weeks from the Monday before the 1st, across the March change', () => {
    const { start, end } = shownRange('month', '2026-03-10', 'Europe/Paris');
    expect(start.toISOString()).toBe('2026-02-22T23:00:00.000Z');
    // 6 April 00:00 in Paris is in summer time.
    expect(end.toISOString()).toBe('2026-04-05T22:00:00.000Z');
  });
});
