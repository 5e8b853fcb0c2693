/**
 * Dates and names as the document's language writes them. Short dates and statuses come from
 * core/export/format.ts (shared with every format: dd/mm/yyyy and « Programmé » in French); the
 * long forms (« lundi 16 mars », « mars 2026 ») from Intl, with the date read as a calendar date,
 * never through the computer's zone.
 */
import { instantToWallClock } from '../../calendar/zonedTime.js';
import type { Locale } from '../../model/index.js';
import { formatExportDate } from '../format.js';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

function atNoonUtc(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function shortDate(date: string, locale: Locale): string {
  return formatExportDate(date, locale);
}

/** « Mars 2026 », "March 2026". */
export function monthTitle(month: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return capitalise(format.format(atNoonUtc(`${month}-01`)));
}

/** « Lundi 16 mars », "Monday 16 March". */
export function dayTitle(date: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return capitalise(format.format(atNoonUtc(date)).replace(',', ''));
}

/** An instant as a date and a 24-hour time in a zone. */
export function dateAndTime(instant: string, zone: string, locale: Locale): { date: string; time: string } {
  const wall = instantToWallClock(instant, zone);
  return { date: formatExportDate(wall.date, locale), time: wall.time };
}
