import { describe, expect, it } from 'vitest';
import {
  formatDateField,
  formatTimeField,
  parseDateField,
  parseTimeField,
} from '../../../renderer/src/i18n/dateFields.js';

const TODAY = '2026-11-25';

describe('the date field reads dates the way the UI language writes them', () => {
  it('French is day first, English month first', () => {
    expect(formatDateField('2026-11-03', 'fr')).toBe('03/11/2026');
    expect(formatDateField('2026-11-03', 'en')).toBe('11/03/2026');
    expect(parseDateField('03/11/2026', 'fr', TODAY)).toBe('2026-11-03');
    expect(parseDateField('11/03/2026', 'en', TODAY)).toBe('2026-11-03');
  });

  it('accepts short forms when the field is left: 3/11, 3.11.26, and ISO', () => {
    expect(parseDateField('3/11', 'fr', TODAY)).toBe('2026-11-03');
    expect(parseDateField('3.11.26', 'fr', TODAY)).toBe('2026-11-03');
    expect(parseDateField('2026-11-03', 'fr', TODAY)).toBe('2026-11-03');
  });

  it('while typing, a year is only taken once it has four digits', () => {
    expect(parseDateField('12/06/20', 'fr', TODAY, false)).toBeNull();
    expect(parseDateField('12/06/2026', 'fr', TODAY, false)).toBe('2026-06-12');
  });

  it('refuses what is not a date, and an empty field means no date', () => {
    expect(parseDateField('31/02/2026', 'fr', TODAY)).toBeNull();
    expect(parseDateField('demain', 'fr', TODAY)).toBeNull();
    expect(parseDateField('  ', 'fr', TODAY)).toBe('');
  });
});

describe('the time field', () => {
  it('shows 24 h in French and AM/PM in English', () => {
    expect(formatTimeField('09:05', 'fr')).toBe('09:05');
    expect(formatTimeField('00:30', 'en')).toBe('12:30 AM');
    expect(formatTimeField('18:00', 'en')).toBe('6:00 PM');
  });

  it('accepts how people type times: 9h30, 9 h, 09.30, 930, 6:15 pm', () => {
    expect(parseTimeField('9h30')).toBe('09:30');
    expect(parseTimeField('9 h')).toBe('09:00');
    expect(parseTimeField('09.30')).toBe('09:30');
    expect(parseTimeField('930')).toBe('09:30');
    expect(parseTimeField('6:15 pm')).toBe('18:15');
    expect(parseTimeField('12:00 AM')).toBe('00:00');
  });

  it('refuses impossible times, and waits for the minutes while typing', () => {
    expect(parseTimeField('24:00')).toBeNull();
    expect(parseTimeField('9:75')).toBeNull();
    expect(parseTimeField('13 pm')).toBeNull();
    expect(parseTimeField('9', false)).toBeNull();
    expect(parseTimeField('9:3', false)).toBeNull();
    expect(parseTimeField('9:30', false)).toBe('09:30');
  });
});
