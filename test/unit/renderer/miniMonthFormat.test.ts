import { describe, expect, it } from 'vitest';
import { monthCaption, weekdayNames } from '../../../renderer/src/features/calendar/calendarFormat.js';

describe('the mini-month’s words', () => {
  it('names the month with a capital, in French and in English', () => {
    expect(monthCaption('2026-03', 'fr')).toBe('Mars 2026');
    expect(monthCaption('2026-10', 'en')).toBe('October 2026');
  });

  it('heads the columns from Monday (or Sunday), one letter shown and the whole name for screen readers', () => {
    expect(weekdayNames(1, 'fr').map((day) => day.narrow)).toEqual(['L', 'M', 'M', 'J', 'V', 'S', 'D']);
    expect(weekdayNames(1, 'fr')[0]!.long).toBe('lundi');
    expect(weekdayNames(1, 'en')[6]!.long).toBe('Sunday');
    expect(weekdayNames(7, 'en')[0]!.long).toBe('Sunday');
  });
});
