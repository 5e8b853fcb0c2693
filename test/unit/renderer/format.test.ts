import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatDayHeading,
  formatTime,
  relativeDay,
} from '../../../renderer/src/i18n/format.js';

describe('dates and times as each language writes them, on the workspace clock', () => {
  it('day headings: « Jeudi 26 novembre » in French, with the year only when it is not this year', () => {
    expect(formatDayHeading('2026-11-26', 'fr', 2026)).toBe('Jeudi 26 novembre');
    expect(formatDayHeading('2027-01-04', 'fr', 2026)).toBe('Lundi 4 janvier 2027');
    expect(formatDayHeading('2026-11-26', 'en', 2026)).toBe('Thursday, November 26');
  });

  it('today, tomorrow and yesterday are named; other days are not', () => {
    expect(relativeDay('2026-11-26', '2026-11-25', 'fr')).toBe('Demain');
    expect(relativeDay('2026-11-24', '2026-11-25', 'en')).toBe('Yesterday');
    expect(relativeDay('2026-11-28', '2026-11-25', 'fr')).toBeNull();
  });

  it('dates are dd/mm/yyyy in French and mm/dd/yyyy in English', () => {
    expect(formatDate('2026-03-09', 'fr')).toBe('09/03/2026');
    expect(formatDate('2026-03-09', 'en')).toBe('03/09/2026');
  });

  it('times are 24 h in French and 12 h in English, in the zone asked for, across DST', () => {
    expect(formatTime('2026-03-28T08:00:00.000Z', 'Europe/Paris', 'fr')).toBe('09:00');
    expect(formatTime('2026-03-29T07:00:00.000Z', 'Europe/Paris', 'fr')).toBe('09:00');
    expect(formatTime('2026-03-29T07:00:00.000Z', 'Europe/Paris', 'en')).toBe('9:00 AM');
    expect(formatDateTime('2026-11-10T17:30:00.000Z', 'America/Montreal', 'fr')).toBe('10/11/2026 12:30');
  });

  it('sizes use the language’s units and decimal mark', () => {
    expect(formatBytes(45_800, 'fr')).toMatch(/^45,8[\u00a0\u202f]ko$/);
    expect(formatBytes(45_800, 'en')).toBe('45.8 kB');
  });
});
